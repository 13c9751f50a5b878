import { LitElement, css, html, type PropertyValues, type TemplateResult } from 'lit';

/**
 * One step of a scrollytelling story: a few paragraphs of the article. When it crosses the
 * reading line of its `<story-scrolly>`, it becomes active and the event it names is shown in the
 * graphic. Without JavaScript it is plain article text.
 *
 * @summary A passage of the article that drives the timeline as it is read.
 *
 * @slot - The step's prose: paragraphs, headings, figures.
 *
 * @csspart base - The box around the prose, with the rule beside it.
 *
 * @cssproperty --story-progress - Set by `<story-scrolly>` on the active step: how far the reading line has got through it (its space after included), 0 to 1.
 * @cssproperty --story-step-gap - Space at the end of the step (part of it), so that each has its moment at the reading line. Default `40vh`.
 * @cssproperty --story-accent - Colour of the active step's rule.
 * @cssproperty --story-border - Colour of the rule beside a step that is not active.
 */
export class StoryStep extends LitElement {
  static override styles = css`
    :host {
      --_accent: var(--story-accent, #b3261e);
      --_rule: var(--story-border, #d9d4cc);
      display: block;
      /* Space, not margin: the step stays active until the next one reaches the line. */
      padding-block: 0 var(--story-step-gap, 40vh);
    }

    :host([hidden]) {
      display: none;
    }

    .base {
      display: flow-root;
      position: relative;
      padding-inline-start: 1.25rem;
    }

    /* The rule beside the prose, and over it the share already read (the step's progress). */
    .base::before,
    .base::after {
      content: '';
      position: absolute;
      inset-inline-start: 0;
      inset-block-start: 0;
      inline-size: 3px;
      border-radius: 2px;
    }

    .base::before {
      block-size: 100%;
      background: var(--_rule);
      transition: background-color 200ms;
    }

    .base::after {
      block-size: calc(var(--story-progress, 0) * 100%);
      background: var(--_accent);
      opacity: 0;
      transition: opacity 200ms;
    }

    :host([active]) .base::before {
      background: color-mix(in srgb, var(--_accent) 25%, var(--_rule));
    }

    :host([active]) .base::after {
      opacity: 1;
    }

    @media (prefers-reduced-motion: reduce) {
      .base::before,
      .base::after {
        transition: none;
      }
    }

    @media (forced-colors: active) {
      :host([active]) .base::after {
        background: Highlight;
        forced-color-adjust: none;
      }
    }
  `;

  // The reactive properties, declared below (`declare`) with their defaults set in the constructor.
  // Not decorators: no browser runs them yet, and compiled they made every #private member of the
  // class a WeakMap lookup (and took 2 KB of the bundle).
  static override properties = {
    event: { reflect: true },
    active: { type: Boolean, reflect: true },
    progress: { attribute: false },
  };

  /** The id of the story event this step is about; shown in the graphic while the step is active. */
  declare event: string;

  /** True while the step is at the reading line (set by `<story-scrolly>`; reflected). */
  declare active: boolean;

  /** How far the reading line has got through the step, 0 to 1 (set by `<story-scrolly>`). */
  declare progress: number;

  constructor() {
    super();
    this.event = '';
    this.active = false;
    this.progress = 0;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('active')) {
      if (this.active) this.setAttribute('aria-current', 'step');
      else this.removeAttribute('aria-current');
    }
  }

  override render(): TemplateResult {
    return html`<div part="base" class="base"><slot></slot></div>`;
  }
}
