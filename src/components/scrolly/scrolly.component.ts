import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { parseIdList } from '../../core/text.js';
import type { ParsedStory } from '../../core/types.js';
import { emit, type ActiveChangeDetail } from '../../events.js';
import { FocusKeeper } from '../../internal/controllers/focus-keeper.js';
import { followInFrame } from '../../internal/controllers/frame-follow.js';
import { ReadingLine } from '../../internal/controllers/reading-line.js';
import { StorySource, type Loaded } from '../../internal/controllers/story-source.js';
import { errorBox, failureText } from '../../internal/error-box.js';
import { hydrateWhenIdle } from '../../internal/hydration.js';
import { Language } from '../../internal/language.js';
import { rememberLast } from '../../internal/memo.js';
import { theme as themeStyles } from '../../internal/theme.styles.js';
import { compactCard } from '../shared/compact-card.js';
import { creditLine } from '../shared/event-card.js';
import { StoryElement } from '../shared/story-element.js';
import { scrollyAxis } from './axis.js';
import type { Lane } from './lanes.js';
import { styles } from './scrolly.styles.js';
import type { StoryStep } from './step.component.js';
import { Steps } from './steps.js';

/**
 * Scrollytelling: the article drives the timeline. The `<story-step>` children (the prose) scroll
 * past while a sticky graphic (the time axis, in lanes, with the active event's card) stays in
 * view: beside the prose on wide layouts, on top of it on narrow ones. When a step crosses the
 * reading line, the event it names becomes active in the graphic.
 *
 * @summary A long read whose steps move a sticky timeline as they are read.
 *
 * @slot - The article: `<story-step>` elements (directly or inside sections), headings between them, `<story-lane>` elements naming the axis's lanes, and optionally a `<script type="application/json">` (or `text/csv`) holding the story.
 *
 * @event {CustomEvent<StepDetail>} story-step-enter - A step reached the reading line. Fired on the step; bubbles, composed.
 * @event {CustomEvent<StepDetail>} story-step-exit - The active step left the reading line (never with `once`). Fired on the step; bubbles, composed.
 * @event {CustomEvent<StepProgressDetail>} story-step-progress - The reading line moved through the active step; at most once a frame while scrolling, and once more with 0 or 1 when the step exits. Fired on the step; bubbles, composed.
 * @event {CustomEvent<ActiveChangeDetail>} story-active-change - The event shown in the graphic changed. Bubbles, composed.
 * @event {CustomEvent<StoryErrorDetail>} story-error - The story could not be loaded, or has invalid parts. Bubbles, composed.
 *
 * @csspart base - The layout: graphic and prose.
 * @csspart graphic - The sticky graphic: the axis and the card.
 * @csspart axis - The time axis, with its lanes.
 * @csspart lane - One lane (row) of the axis.
 * @csspart lane-label - The name of a lane.
 * @csspart mark - One event's mark on the axis (also named `axis-mark`, as on the timeline).
 * @csspart axis-mark - The same as `mark`.
 * @csspart tick - A tick label on the axis.
 * @csspart era - An era's band on the axis.
 * @csspart marker - The line at the active event, with its date.
 * @csspart card - The active event's card (also named `event`, as on the timeline; before the first step, the story's title).
 * @csspart event - The active event's card, as `card`.
 * @csspart chip - One actor on the card.
 * @csspart date - The date on the card.
 * @csspart title - The title on the card.
 * @csspart summary - The summary on the card.
 * @csspart sources - The sources on the card.
 * @csspart credit - The story's source, before the first step.
 * @csspart steps - The column that holds the prose.
 * @csspart error - The error message.
 *
 * @cssproperty [--story-font=inherit] - Font of the graphic's text.
 * @cssproperty [--story-heading-font=Georgia, serif] - Font of the card's title.
 * @cssproperty --story-fg - Text colour.
 * @cssproperty --story-muted - Secondary text colour.
 * @cssproperty [--story-bg=Canvas] - Background of the graphic (it must hide the prose scrolling under it on narrow layouts).
 * @cssproperty --story-card-bg - Background of the card.
 * @cssproperty --story-border - Colour of rules and lane lines.
 * @cssproperty --story-accent - Colour of the active event, the marker and the active step.
 * @cssproperty --story-focus - Colour of the focus ring.
 * @cssproperty --story-era-bg - Colour of era bands.
 * @cssproperty [--story-sticky-top=0px] - Distance from the top of the viewport at which the graphic sticks (for fixed site headers).
 * @cssproperty [--story-viewport-height=100dvh] - Height the graphic fills on wide layouts.
 * @cssproperty [--story-graphic-width=min(46%, 34rem)] - Width of the graphic column on wide layouts.
 * @cssproperty [--story-graphic-height=min(55vh, 26rem)] - Height of the graphic on narrow layouts, where it sits above the prose (fixed, so that the prose never moves under it).
 */
export class StoryScrolly extends StoryElement {
  static override styles = [themeStyles, styles];

  static override properties = {
    once: { type: Boolean },
    lanes: { attribute: false },
    zoom: { type: Boolean },
  };

  /** Each step enters once and never exits: scrolling back does not undo the story. */
  declare once: boolean;

  /** Lanes of the axis, each a label and a set of actor ids. Wins over `<story-lane>` children. */
  declare lanes: Lane[];

  /** Zooms the axis to the active event's neighbourhood (a few events either side). */
  declare zoom: boolean;

  constructor() {
    super();
    // In an iframe: the reading line follows the host page's viewport, and the graphic stays in view.
    followInFrame(this, this.#readingLine, '.graphic');
    hydrateWhenIdle(this, () => this.#source.prepare());
    this.once = false;
    this.lanes = [];
    this.zoom = false;
  }

  // ---- controllers ---------------------------------------------------------------------------

  #source = new StorySource(this);
  /** Words, dates, story text and direction, in the reader's language. */
  #language = new Language(this, () => this.#source.story?.language);
  #readingLine: ReadingLine = new ReadingLine(this, {
    onCross: (entries) => this.#steps.handleCross(entries),
    onChange: () => this.#steps.update(),
  });
  #steps: Steps = new Steps(this, {
    readingLine: () => this.#readingLine,
    events: () => this.#source.events,
    activate: (id) => this.#activate(id),
    onLightChange: () => this.#readLanes(),
  });
  /** The card is drawn anew for each event (its entrance animation): focus in it stays in it. */
  // Never read: it acts on the host's updates.
  // eslint-disable-next-line no-unused-private-class-members
  #focus = new FocusKeeper(this, () => this.renderRoot.querySelector<HTMLElement>('.graphic [part~="card"]'));
  /** Lanes read from `<story-lane>` children. */
  #childLanes: Lane[] = [];
  /** The axis's width, for the room between its tick labels. */
  #axisWidth = 0;
  #axisSize?: ResizeObserver;
  #warned = new Set<string>();

  // ---- lifecycle -----------------------------------------------------------------------------

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#axisSize?.disconnect();
  }

  protected override updated(changed: PropertyValues<this>): void {
    const axis = this.renderRoot.querySelector('.axis');
    if (axis) {
      this.#axisSize ??= new ResizeObserver(([entry]) => {
        const width = Math.round(entry?.contentRect.width ?? 0);
        if (width !== this.#axisWidth) {
          this.#axisWidth = width;
          this.requestUpdate();
        }
      });
      this.#axisSize.observe(axis);
    }
    const story = this.#source.story;
    if (story && (changed.has('activeId') || changed.has('data') || changed.has('src')))
      this.#checkSteps(story);
  }

  /** Reads the `<story-lane>` children. */
  #readLanes(): void {
    const lanes = [...this.querySelectorAll(':scope > story-lane')].map((element) => ({
      label: element.getAttribute('label') ?? '',
      actors: parseIdList(element.getAttribute('actors')),
    }));
    if (JSON.stringify(lanes) !== JSON.stringify(this.#childLanes)) {
      this.#childLanes = lanes;
      this.requestUpdate();
    }
  }

  /** Warns once about steps naming events the story does not have. */
  #checkSteps(story: ParsedStory): void {
    const ids = new Set(story.events.map((event) => event.id));
    for (const step of this.steps) {
      if (step.event && !ids.has(step.event) && !this.#warned.has(step.event)) {
        this.#warned.add(step.event);
        console.warn(`story-scrolly: a step names the event "${step.event}", which the story does not have`);
      }
    }
  }

  /** Makes an event active: shows it in the graphic and fires `story-active-change`. */
  #activate(id: string): void {
    if (id === this.activeId) return;
    this.activeId = id;
    const events = this.#source.events;
    const index = events.findIndex((event) => event.id === id);
    const event = events[index];
    if (event) emit<ActiveChangeDetail>(this, 'story-active-change', { id, index, event });
  }

  // ---- public API ----------------------------------------------------------------------------

  /** The `<story-step>` elements of this scrolly, in document order (nested scrollies keep theirs). */
  get steps(): StoryStep[] {
    return [...this.querySelectorAll<StoryStep>('story-step')].filter(
      (step) => step.parentElement?.closest('story-scrolly') === this,
    );
  }

  /** The step at the reading line, or null between steps. */
  get activeStep(): StoryStep | null {
    return this.#steps.active;
  }

  /** The story after validation, or null while loading or when it could not be loaded. */
  get story(): ParsedStory | null {
    return this.#source.story;
  }

  // ---- rendering -----------------------------------------------------------------------------

  override render(): TemplateResult {
    // Until the language is known, dates and words would flash in English: wait for both.
    const { words, ready } = this.#language;
    const loading = html`<p class="status" role="status">${words.loading}</p>`;
    const graphic = this.#source.render({
      initial: () => nothing,
      pending: () => (this.#source.value && ready ? this.#renderGraphic(this.#source.value) : loading),
      complete: (loaded) => (ready ? this.#renderGraphic(loaded) : loading),
      error: (error) => errorBox(words, failureText(words, error), []),
    });
    return html`<div part="base" class="base" lang=${this.#language.code} dir=${this.#language.dir}>
      <div part="graphic" class="graphic" role="group" aria-label=${words.timeline}>${graphic}</div>
      <div part="steps" class="steps"><slot></slot></div>
    </div>`;
  }

  #actorsById = rememberLast((story: ParsedStory) => new Map(story.actors.map((actor) => [actor.id, actor])));

  #renderGraphic({ story, errors, elements }: Loaded): TemplateResult {
    const language = this.#language;
    const { words } = language;
    if (!story) return errorBox(words, words.errorTitle, errors);
    const { events, eras } = story;
    const active = events.find((event) => event.id === this.activeId);
    const lanes = this.lanes.length ? this.lanes : this.#childLanes;
    const options = {
      actors: this.#actorsById(story),
      active: false,
      slotted: !!active && !!elements?.has(active.id),
      ...(story.source && { storySource: story.source }),
    };
    return html`
      ${errors.length ? errorBox(words, words.errorTitle, errors, events.length) : nothing}
      ${scrollyAxis({ events, eras, active, lanes, zoom: this.zoom, width: this.#axisWidth, language })}
      ${keyed(active?.id ?? '', active ? compactCard(active, language, options) : this.#renderIntro(story))}
    `;
  }

  #renderIntro(story: ParsedStory): TemplateResult {
    const language = this.#language;
    return html`<div part="card event" class="card compact intro" tabindex="-1">
      <p part="title" class="title">${language.text(story.title)}</p>
      ${story.description ? html`<p part="summary" class="summary">${language.text(story.description)}</p>` : nothing}
      ${story.source ? creditLine(story.source, language) : nothing}
    </div>`;
  }
}
