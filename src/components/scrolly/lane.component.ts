import { LitElement, css } from 'lit';
import { property } from 'lit/decorators.js';
import { parseActorList, type Lane } from './lanes.js';

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

  /** The lane's name on the axis. */
  @property({ reflect: true }) accessor label = '';

  /** Space-separated actor ids (from the story's `actors`) the lane follows. */
  @property({ reflect: true }) accessor actors = '';

  /** The lane as data. */
  toLane(): Lane {
    return {
      label: this.getAttribute('label') ?? '',
      actors: parseActorList(this.getAttribute('actors')),
    };
  }
}
