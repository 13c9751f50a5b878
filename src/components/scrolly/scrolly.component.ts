import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { cssVars } from '../../internal/css-vars.js';
import { errorBox, failureText } from '../../internal/error-box.js';
import { theme as themeStyles } from '../../internal/theme.styles.js';
import { ProblemReporter } from '../../internal/report.js';
import { keyed } from 'lit/directives/keyed.js';
import { Task, TaskStatus } from '@lit/task';
import { toYearValue, toYearValueEnd } from '../../core/dates.js';
import { isAbsoluteHttpUrl } from '../../core/safety.js';
import { createTimeScale, storySpans, type Tick, type TimeScale } from '../../core/scale.js';
import type { Actor, Issue, ParsedEra, ParsedEvent, ParsedStory, Story } from '../../core/types.js';
import { parseStory } from '../../core/validate.js';
import { emit, type ActiveChangeDetail, type StepDetail, type StepProgressDetail } from '../../events.js';
import { loadStory, LoadError } from '../../internal/load.js';
import { Language } from '../../internal/language.js';
import { findScrollRoot } from '../../internal/scroll-root.js';
import type { Messages } from '../../i18n/index.js';
import { groupByLane, parseActorList, type Lane } from './lanes.js';
import {
  enterDirection,
  exitDirection,
  lineIn,
  neighbourhood,
  parseOffset,
  progressAt,
  rootMarginFor,
} from './reading-line.js';
import { styles } from './scrolly.styles.js';
import type { StoryStep } from './step.component.js';

interface Loaded {
  story: ParsedStory | null;
  errors: Issue[];
  warnings: Issue[];
}

/** Below this width (px) the graphic sits on top of the prose; keep in step with the styles' container query. */
const NARROW = 720;
/** The least room (px) between two tick labels on the axis. */
const TICK_ROOM = 46;
/** How many events either side of the active one the axis shows when it zooms. */
const ZOOM_RADIUS = 3;
/** How many problems the error box lists; the rest are counted. */

/** `offset="0.3"` is a share of the height, `offset="120px"` a distance from the top. */
const offsetConverter = {
  fromAttribute: (value: string | null): number | string =>
    value !== null && /px\s*$/i.test(value) ? value.trim() : Number(value ?? 0.5),
  toAttribute: (value: number | string): string => String(value),
};

/**
 * Scrollytelling: the article drives the timeline. The `<story-step>` children (the prose) scroll
 * past while a sticky graphic (the time axis, in lanes, with the active event's card) stays in
 * view: beside the prose on wide layouts, on top of it on narrow ones. When a step crosses the
 * reading line, the event it names becomes active in the graphic.
 *
 * @summary A long read whose steps move a sticky timeline as they are read.
 *
 * @slot - The article: `<story-step>` elements (directly or inside sections), headings between them, `<story-lane>` elements naming the axis's lanes, and optionally a `<script type="application/json">` holding the story.
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
 * @csspart mark - One event's mark on the axis.
 * @csspart tick - A tick label on the axis.
 * @csspart era - An era's band on the axis.
 * @csspart marker - The line at the active event, with its date.
 * @csspart card - The active event's card (or, before the first step, the story's title).
 * @csspart date - The date on the card.
 * @csspart title - The title on the card.
 * @csspart summary - The summary on the card.
 * @csspart sources - The sources on the card.
 * @csspart steps - The column that holds the prose.
 * @csspart error - The error message.
 *
 * @cssproperty --story-font - Font of the graphic's text. Default: the page's.
 * @cssproperty --story-heading-font - Font of the card's title.
 * @cssproperty --story-fg - Text colour.
 * @cssproperty --story-muted - Secondary text colour.
 * @cssproperty --story-bg - Background of the graphic (it must hide the prose scrolling under it on narrow layouts). Default `Canvas`.
 * @cssproperty --story-card-bg - Background of the card.
 * @cssproperty --story-border - Colour of rules and lane lines.
 * @cssproperty --story-accent - Colour of the active event, the marker and the active step.
 * @cssproperty --story-era-bg - Colour of era bands.
 * @cssproperty --story-sticky-top - Distance from the top of the viewport at which the graphic sticks (for fixed site headers). Default `0px`.
 * @cssproperty --story-viewport-height - Height the graphic fills on wide layouts. Default `100dvh`.
 * @cssproperty --story-graphic-width - Width of the graphic column on wide layouts. Default `min(46%, 34rem)`.
 */
export class StoryScrolly extends LitElement {
  static override styles = [themeStyles, styles];

  #observer?: IntersectionObserver;
  #observed: StoryStep[] = [];
  #root: Element | null = null;
  #margin = '';
  /** The root's scroll position at the last crossing: the reader's direction, when it moved. */
  #lastScroll = 0;
  #active: StoryStep | null = null;
  #entered = new WeakSet<StoryStep>();
  #frame = 0;
  #scrollTarget: EventTarget | null = null;
  #warned = new Set<string>();
  #reporter = new ProblemReporter(this);

  // The reactive properties, declared below (`declare`) with their defaults set in the constructor.
  // Not decorators: no browser runs them yet, and compiled they made every #private member of the
  // class a WeakMap lookup (and took 2 KB of the bundle). The private ones are internal state
  // (`attribute: false`, which is all Lit's `state: true` does, and what the manifest reads).
  static override properties = {
    data: { attribute: false },
    src: {},
    offset: { converter: offsetConverter },
    once: { type: Boolean },
    lanes: { attribute: false },
    zoom: { type: Boolean },
    activeId: { attribute: 'active-id', reflect: true },
    theme: { reflect: true },
    timeout: { type: Number },
    locale: {},
    messages: { attribute: false },
    inline: { attribute: false },
    childLanes: { attribute: false },
    narrow: { attribute: false },
    axisWidth: { attribute: false },
  };

  /** The story as an object. Takes precedence over `src` and an inline script. */
  declare data: Story | null;

  /** URL of a story JSON document. */
  declare src: string;

  /** The reading line: a share of the viewport (or scrolling container) height from the top (`0.5`), or pixels (`"120px"`). */
  declare offset: number | string;

  /** Each step enters once and never exits: scrolling back does not undo the story. */
  declare once: boolean;

  /** Lanes of the axis, each a label and a set of actor ids. Wins over `<story-lane>` children. */
  declare lanes: Lane[];

  /** Zooms the axis to the active event's neighbourhood (a few events either side). */
  declare zoom: boolean;

  /** The id of the event shown in the graphic (reflected). Set by the steps as they are read. */
  declare activeId: string;

  /** `light` or `dark` forces a colour scheme; by default it follows the reader's. */
  declare theme: 'light' | 'dark' | 'auto';

  /** Milliseconds before a `src` load gives up. */
  declare timeout: number;

  /**
   * The language of dates and of the component's words (BCP 47). When absent: the closest `lang`
   * attribute, then the story's `language`. Each language but English loads on demand.
   */
  declare locale: string;

  /** Replaces some of the component's words, e.g. `{ other: 'Elsewhere' }`. */
  declare messages: Partial<Messages>;

  declare private inline: string | null;

  /** Lanes read from `<story-lane>` children. */
  declare private childLanes: Lane[];

  declare private narrow: boolean;

  declare private axisWidth: number;

  constructor() {
    super();
    this.data = null;
    this.src = '';
    this.offset = 0.5;
    this.once = false;
    this.lanes = [];
    this.zoom = false;
    this.activeId = '';
    this.theme = 'auto';
    this.timeout = 15000;
    this.locale = '';
    this.messages = {};
    this.inline = null;
    this.childLanes = [];
    this.narrow = false;
    this.axisWidth = 0;
  }

  #resizeObserver = new ResizeObserver((entries) => {
    for (const entry of entries) {
      if (entry.target === this) this.narrow = entry.contentRect.width < NARROW;
      else if (entry.target === this.#root) this.#handleResize();
      else this.axisWidth = Math.round(entry.contentRect.width);
    }
  });

  /** Watches the active step's own size (late fonts, images): its progress is re-read. */
  #stepResizeObserver = new ResizeObserver(() => this.#updateProgress());

  #mutationObserver = new MutationObserver(() => this.#readLight());

  #task = new Task(this, {
    args: () => [this.data, this.src, this.inline, this.timeout] as const,
    task: async ([data, src, inline, timeout], { signal }): Promise<Loaded> => {
      if (data) return parseStory(data);
      if (src) return parseStory(await loadStory(src, { signal, timeout }));
      if (inline !== null) {
        try {
          return parseStory(JSON.parse(inline));
        } catch (error) {
          throw new LoadError('json', `The inline story is not valid JSON: ${(error as Error).message}`);
        }
      }
      return { story: null, errors: [], warnings: [] };
    },
  });

  /** Words, dates, story text and direction, in the reader's language. */
  #language = new Language(this, () => this.#task.value?.story?.language);

  // ---- lifecycle ---------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readLight();
    this.#mutationObserver.observe(this, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['event', 'label', 'actors'],
    });
    this.#resizeObserver.observe(this);
    window.addEventListener('resize', this.#handleResize);
    window.visualViewport?.addEventListener('resize', this.#handleResize);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#mutationObserver.disconnect();
    this.#resizeObserver.disconnect();
    window.removeEventListener('resize', this.#handleResize);
    window.visualViewport?.removeEventListener('resize', this.#handleResize);
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#observed = [];
    this.#stopListening();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.#observer || changed.has('offset') || changed.has('once')) this.#observe(true);
    const axis = this.renderRoot.querySelector('.axis');
    if (axis) this.#resizeObserver.observe(axis);
    const loaded = this.#task.value;
    if (this.#task.status === TaskStatus.COMPLETE && loaded) {
      this.#reporter.problems(loaded);
      if (changed.has('activeId') || changed.has('data') || changed.has('src')) this.#checkActive(loaded);
    }
    if (this.#task.status === TaskStatus.ERROR) this.#reporter.failure(this.#task.error);
  }

  // ---- the light DOM: steps, lanes and an inline story --------------------------------------

  /** The `<story-step>` elements of this scrolly, in document order (nested scrollies keep theirs). */
  get steps(): StoryStep[] {
    return [...this.querySelectorAll<StoryStep>('story-step')].filter(
      (step) => step.parentElement?.closest('story-scrolly') === this,
    );
  }

  /** The step at the reading line, or null between steps. */
  get activeStep(): StoryStep | null {
    return this.#active;
  }

  /** The story after validation, or null while loading or when it could not be loaded. */
  get story(): ParsedStory | null {
    return this.#task.value?.story ?? null;
  }

  #readLight(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    const inline = script ? (script.textContent ?? '') : null;
    if (inline !== this.inline) this.inline = inline;
    const lanes = [...this.querySelectorAll(':scope > story-lane')].map((element) => ({
      label: element.getAttribute('label') ?? '',
      actors: parseActorList(element.getAttribute('actors')),
    }));
    if (JSON.stringify(lanes) !== JSON.stringify(this.childLanes)) this.childLanes = lanes;
    if (this.hasUpdated) this.#observe();
    // A step's `event` may have changed while it is active.
    if (this.#active?.event && this.#active.event !== this.activeId) this.#show(this.#active.event);
  }

  get #lanes(): Lane[] {
    return this.lanes.length ? this.lanes : this.childLanes;
  }

  // ---- errors ------------------------------------------------------------------------------

  /** Warns once about steps naming events the story does not have. */
  #checkActive(loaded: Loaded): void {
    const ids = new Set(loaded.story?.events.map((event) => event.id));
    for (const step of this.steps) {
      if (step.event && !ids.has(step.event) && !this.#warned.has(step.event)) {
        this.#warned.add(step.event);
        console.warn(`story-scrolly: a step names the event "${step.event}", which the story does not have`);
      }
    }
  }

  // ---- the reading line --------------------------------------------------------------------

  /**
   * Watches the steps crossing the reading line: a zero-height band `offset` down the scroll
   * root. The root is the nearest scrolling ancestor, or this document's viewport (`root:
   * document`, so that inside an iframe the line is in the iframe, not in the top page).
   */
  #observe(force = false): void {
    if (!this.isConnected) return;
    const steps = this.steps.filter((step) => !(this.once && this.#entered.has(step)));
    const root = findScrollRoot(this);
    const margin = rootMarginFor(parseOffset(this.offset), this.#rootHeight(root));
    const same =
      steps.length === this.#observed.length && steps.every((step, i) => step === this.#observed[i]);
    if (!force && this.#observer && same && root === this.#root && margin === this.#margin) return;
    this.#observer?.disconnect();
    if (this.#root && this.#root !== root) this.#resizeObserver.unobserve(this.#root);
    this.#root = root;
    this.#margin = margin;
    if (root) this.#resizeObserver.observe(root);
    if (this.#active && !this.#active.isConnected) this.#active = null;
    this.#observer = new IntersectionObserver(this.#handleIntersect, {
      root: root ?? document,
      rootMargin: margin,
      threshold: 0,
    });
    for (const step of steps) this.#observer.observe(step);
    this.#observed = steps;
    this.#lastScroll = this.#scrollPosition();
  }

  #scrollPosition(): number {
    return this.#root ? this.#root.scrollTop : window.scrollY;
  }

  /** Which way the reader scrolled since the last crossing; null when only the layout changed. */
  #scrollDirection(): 'up' | 'down' | null {
    const position = this.#scrollPosition();
    const delta = position - this.#lastScroll;
    this.#lastScroll = position;
    return delta > 0 ? 'down' : delta < 0 ? 'up' : null;
  }

  #rootHeight(root: Element | null): number {
    return root ? root.clientHeight : document.documentElement.clientHeight;
  }

  /** Where the line is now, in viewport coordinates. */
  #line(): number {
    const offset = parseOffset(this.offset);
    const root = this.#root;
    if (!root) return lineIn(offset, document.documentElement.clientHeight);
    return root.getBoundingClientRect().top + root.clientTop + lineIn(offset, root.clientHeight);
  }

  #handleIntersect = (entries: IntersectionObserverEntry[]): void => {
    // The scroll position says which way the reader went; when it has not moved (a resize, a
    // new offset), the geometry of the crossing does.
    const scrolled = this.#scrollDirection();
    let exited = false;
    for (const entry of entries) {
      if (entry.isIntersecting || entry.target !== this.#active) continue;
      const { top, bottom } = entry.boundingClientRect;
      const direction = scrolled ?? exitDirection(entry.rootBounds?.top ?? this.#line(), top, bottom);
      this.#exit(this.#active, direction);
      exited = true;
    }
    const order = this.steps;
    const entering = entries
      .filter((entry) => entry.isIntersecting && entry.target !== this.#active)
      .map((entry) => {
        const { top, bottom } = entry.boundingClientRect;
        const direction = scrolled ?? enterDirection(entry.rootBounds?.top ?? this.#line(), top, bottom);
        return {
          step: entry.target as StoryStep,
          direction,
          index: order.indexOf(entry.target as StoryStep),
        };
      });
    // Two steps can touch the line together (one ends where the next begins): the one the reader is heading into wins.
    entering.sort((a, b) => (a.direction === 'down' ? a.index - b.index : b.index - a.index));
    for (const { step, direction } of entering) this.#enter(step, direction);
    if (exited && !this.#active) this.#enterStepAtLine();
  };

  /** After an exit, a step that already straddled the line (and so reported no change) takes over. */
  #enterStepAtLine(): void {
    const line = this.#line();
    for (const step of this.#observed) {
      const { top, bottom } = step.getBoundingClientRect();
      if (top <= line && bottom >= line) {
        this.#enter(step, enterDirection(line, top, bottom));
        return;
      }
    }
  }

  #enter(step: StoryStep, direction: 'up' | 'down'): void {
    const previous = this.#active;
    if (previous === step) return;
    if (previous) {
      if (this.once) this.#deactivate(previous);
      else this.#exit(previous, direction);
    }
    this.#active = step;
    step.active = true;
    if (this.once) {
      this.#entered.add(step);
      this.#observer?.unobserve(step);
      this.#observed = this.#observed.filter((s) => s !== step);
    }
    emit<StepDetail>(step, 'story-step-enter', this.#detail(step, direction));
    if (step.event) this.#show(step.event);
    this.#startListening(step);
    this.#updateProgress();
  }

  #exit(step: StoryStep, direction: 'up' | 'down'): void {
    this.#deactivate(step);
    // Leave the step's progress at the end it left by, so CSS resting states are exact.
    this.#setProgress(step, direction === 'down' ? 1 : 0);
    emit<StepDetail>(step, 'story-step-exit', this.#detail(step, direction));
  }

  #deactivate(step: StoryStep): void {
    step.active = false;
    if (this.#active === step) {
      this.#active = null;
      this.#stopListening();
    }
  }

  #detail(step: StoryStep, direction: 'up' | 'down'): StepDetail {
    const event = this.story?.events.find((e) => e.id === step.event);
    return { step, index: this.steps.indexOf(step), direction, ...(event && { event }) };
  }

  /** Shows an event in the graphic. */
  #show(id: string): void {
    if (id === this.activeId) return;
    this.activeId = id;
    const events = this.story?.events ?? [];
    const index = events.findIndex((event) => event.id === id);
    const event = events[index];
    if (event) emit<ActiveChangeDetail>(this, 'story-active-change', { id, index, event });
  }

  // ---- progress within the active step ----------------------------------------------------

  /** Listens to scrolling only while a step is active, passively. */
  #startListening(step: StoryStep): void {
    this.#stepResizeObserver.disconnect();
    this.#stepResizeObserver.observe(step);
    if (this.#scrollTarget) return;
    this.#scrollTarget = this.#root ?? window;
    this.#scrollTarget.addEventListener('scroll', this.#handleScroll, { passive: true });
  }

  #stopListening(): void {
    this.#scrollTarget?.removeEventListener('scroll', this.#handleScroll);
    this.#scrollTarget = null;
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#stepResizeObserver.disconnect();
  }

  #handleScroll = (): void => {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#updateProgress();
    });
  };

  /** Reads the one active step's box and sets its progress. */
  #updateProgress(): void {
    const step = this.#active;
    if (!step) return;
    const { top, height } = step.getBoundingClientRect();
    this.#setProgress(step, progressAt(this.#line(), top, height));
  }

  #setProgress(step: StoryStep, progress: number): void {
    const value = Math.round(progress * 10000) / 10000;
    if (value === step.progress && step.style.getPropertyValue('--story-progress') !== '') return;
    step.progress = value;
    step.style.setProperty('--story-progress', String(value));
    emit<StepProgressDetail>(step, 'story-step-progress', {
      step,
      index: this.steps.indexOf(step),
      progress: value,
    });
  }

  /** Resizes, zoom and the mobile address bar: pixel offsets need a new margin; progress is re-read. */
  #handleResize = (): void => {
    this.#observe();
    this.#updateProgress();
  };

  // ---- rendering ---------------------------------------------------------------------------

  get #words(): Messages {
    return this.#language.words;
  }

  override render(): TemplateResult {
    // Until the language is known, dates and words would flash in English: wait for both.
    const loading = html`<p class="status" role="status">${this.#words.loading}</p>`;
    const ready = this.#language.ready;
    const graphic = this.#task.render({
      initial: () => nothing,
      pending: () => (this.#task.value && ready ? this.#renderGraphic(this.#task.value) : loading),
      complete: (loaded) => (ready ? this.#renderGraphic(loaded) : loading),
      error: (error) => errorBox(this.#words, failureText(this.#words, error), []),
    });
    return html`<div part="base" class="base" lang=${this.#language.code} dir=${this.#language.dir}>
      <div part="graphic" class="graphic" role="group" aria-label=${this.#words.timeline}>${graphic}</div>
      <div part="steps" class="steps"><slot></slot></div>
    </div>`;
  }

  #renderGraphic({ story, errors }: Loaded): TemplateResult {
    if (!story) return errorBox(this.#words, this.#words.errorTitle, errors);
    const events = story.events;
    const active = events.find((event) => event.id === this.activeId);
    return html`
      ${errors.length ? errorBox(this.#words, this.#words.errorTitle, errors, events.length) : nothing}
      ${this.#renderAxis(events, story.eras, active)}
      ${keyed(active?.id ?? '', active ? this.#renderCard(active, story.actors) : this.#renderIntro(story))}
    `;
  }

  /** The axis's scale, and the stretch of time it shows when zoomed (events outside are hidden). */
  #buildScale(
    events: readonly ParsedEvent[],
    eras: readonly ParsedEra[],
    active?: ParsedEvent,
  ): { scale: TimeScale; window?: [number, number] } {
    let spans = storySpans(events, eras);
    const width = this.axisWidth || 480;
    const options = { range: [0, 100] as [number, number], minTickGap: Math.min(TICK_ROOM / width, 0.5) };
    if (!this.zoom || !active) return { scale: createTimeScale(spans, options) };
    const values = events.map((event) => toYearValue(event.start));
    const [lo, hi] = neighbourhood(values, events.indexOf(active), ZOOM_RADIUS);
    spans = spans
      .filter(([a, b]) => b >= lo && a <= hi)
      .map(([a, b, w]) => [Math.max(a, lo), Math.min(b, hi), w ?? 1] as const);
    const scale = createTimeScale([...spans, [lo, hi, 0]], { ...options, breakRatio: Infinity });
    return { scale, window: [lo, hi] };
  }

  #renderAxis(
    events: readonly ParsedEvent[],
    eras: readonly ParsedEra[],
    active?: ParsedEvent,
  ): TemplateResult {
    const { scale, window } = this.#buildScale(events, eras, active);
    const inView = (value: number) => !window || (value >= window[0] && value <= window[1]);
    const at = (value: number) => `${scale(value).toFixed(3)}%`;
    const rows = groupByLane(events, this.#lanes);
    const first = events[0];
    const last = events.at(-1);
    const from = first ? this.#language.date(first.start) : '';
    const to = last ? this.#language.date(last.finish ?? last.start) : '';
    const label = active
      ? this.#words.axisSpanAt(from, to, this.#dateText(active))
      : this.#words.axisSpan(from, to);
    return html`<div
      part="axis"
      class=${classMap({ axis: true, zoomed: this.zoom && !!active })}
      role="img"
      aria-label=${label}
    >
      <div class="plot">
        ${scale.breaks.map(
          (b) => html`<span class="break" ${cssVars({ '--from': `${b.r0}%`, '--to': `${b.r1}%` })}></span>`,
        )}
        <div class="eras">
          ${eras.map(
            (era) =>
              html`<span
                part="era"
                class="era"
                title=${era.title}
                ${cssVars({ '--from': at(toYearValue(era.from)), '--to': at(toYearValueEnd(era.to)) })}
                ><span class="era-label">${era.title}</span></span
              >`,
          )}
        </div>
        <div class="marker-row">
          ${
            active
              ? html`<span
                  part="marker"
                  class="marker"
                  ${cssVars({ '--at': at(toYearValue(active.start)), '--at-share': String(scale(toYearValue(active.start)) / 100) })}
                  ><span class="marker-label">${this.#dateText(active)}</span></span
                >`
              : nothing
          }
        </div>
        <ol class="lanes">
          ${rows.map(
            (row) =>
              html`<li part="lane" class="lane">
                ${
                  this.#lanes.length
                    ? html`<span part="lane-label" class="lane-label"
                        >${row.lane?.label ?? this.#words.other}</span
                      >`
                    : nothing
                }
                <ol class="marks">
                  ${row.events.map((event) => {
                    const value = toYearValue(event.start);
                    const isActive = event.id === this.activeId;
                    return html`<li
                      part="mark"
                      class=${classMap({
                        mark: true,
                        active: isActive,
                        major: event.importance === 3,
                        out: !inView(value),
                        span: !!event.finish,
                      })}
                      data-event-id=${event.id}
                      ${cssVars({
                        '--at': at(value),
                        '--to': at(toYearValueEnd(event.finish ?? event.start)),
                      })}
                    ></li>`;
                  })}
                </ol>
              </li>`,
          )}
        </ol>
        <div class="ticks">
          ${this.#ticks(scale, events).map(
            (tick) =>
              html`<span part="tick" class="tick" ${cssVars({ '--at': `${tick.position}%` })}
                >${this.#language.short(tick.date, 'MMM')}</span
              >`,
          )}
        </div>
      </div>
    </div>`;
  }

  /** The scale's ticks, less odd years that no event names (a lone "1937" says nothing). */
  #ticks(scale: TimeScale, events: readonly ParsedEvent[]): Tick[] {
    const years = new Set(events.map((event) => event.start.year));
    return scale
      .ticks()
      .filter(
        (tick) => tick.date.precision !== 'year' || tick.date.year % 5 === 0 || years.has(tick.date.year),
      );
  }

  #renderIntro(story: ParsedStory): TemplateResult {
    const source = story.source;
    return html`<div part="card" class="card intro">
      <p part="title" class="title">${this.#language.text(story.title)}</p>
      ${
        story.description
          ? html`<p part="summary" class="summary">${this.#language.text(story.description)}</p>`
          : nothing
      }
      ${
        source
          ? html`<p part="sources" class="credit">
              ${this.#words.source}: <cite>${this.#link(source.title, source.url)}</cite>${
                source.author ? html`, ${source.author}` : nothing
              }${source.publisher ? html`, ${source.publisher}` : nothing}
            </p>`
          : nothing
      }
    </div>`;
  }

  #renderCard(event: ParsedEvent, actors: readonly Actor[]): TemplateResult {
    const byId = new Map(actors.map((actor) => [actor.id, actor]));
    return html`<div part="card" class=${classMap({ card: true, major: event.importance === 3 })}>
      <p part="date" class="date"><time datetime=${event.date}>${this.#dateText(event)}</time></p>
      <p part="title" class="title">${this.#language.text(event.title)}</p>
      ${
        event.actors?.length
          ? html`<ul class="chips">
              ${event.actors.map((id) => {
                const actor = byId.get(id);
                return actor
                  ? html`<li class="chip" ${cssVars(actor.color ? { '--actor': actor.color } : {})}>
                      <span class="swatch" aria-hidden="true"></span>${actor.label}
                    </li>`
                  : nothing;
              })}
            </ul>`
          : nothing
      }
      <p part="summary" class="summary">${this.#language.text(event.summary)}</p>
      <div class="sources">
        <span class="sources-label"
          >${event.sources.length > 1 ? this.#words.sources : this.#words.source}:</span
        >
        <ul part="sources">
          ${event.sources.map(
            (source) =>
              html`<li>
                <cite>${this.#link(source.title, source.url)}</cite>${
                  source.section ? html`, “${source.section}”` : nothing
                }
              </li>`,
          )}
        </ul>
      </div>
    </div>`;
  }

  #dateText(event: ParsedEvent): string {
    return this.#language.date(event.start, event.finish);
  }

  #link(text: string, url?: string): TemplateResult {
    return url && isAbsoluteHttpUrl(url)
      ? html`<a href=${url} rel="noopener noreferrer" target="_blank">${text}</a>`
      : html`${text}`;
  }
}
