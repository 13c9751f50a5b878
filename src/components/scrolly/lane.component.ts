import { LitElement, css } from 'lit';

/**
 * One lane (row) of a `<story-scrolly>` axis, written in HTML as a child of the scrolly:
 * `<story-lane label="China–Russia" actors="china russia"></story-lane>`. Each event goes to the
 * lane that shares the most actors with it. Shows nothing itself.
 *
 * @summary Names a thread of the story and the actors that make it up.
 */
export class StoryLane extends LitElement {
  static override styles = css`
    :host {
      display: none;
    }
  `;

  // The reactive properties, declared below (`declare`) with their defaults set in the constructor.
  // Not decorators: no browser runs them yet, and compiled they made every #private member of the
  // class a WeakMap lookup (and took 2 KB of the bundle).
  static override properties = {
    label: { reflect: true },
    actors: { reflect: true },
  };

  /** The lane's name on the axis. */
  declare label: string;

  /** Actor ids, space- or comma-separated, (from the story's `actors`) the lane follows. */
  declare actors: string;

  constructor() {
    super();
    this.label = '';
    this.actors = '';
  }
}
