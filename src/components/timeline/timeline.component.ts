import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { cssVars } from '../../internal/css-vars.js';
import { errorBox, failureText } from '../../internal/error-box.js';
import { theme as themeStyles } from '../../internal/theme.styles.js';
import { ProblemReporter } from '../../internal/report.js';
import { Task, TaskStatus } from '@lit/task';
import { formatRange, makeDate, toYearValue, toYearValueEnd } from '../../core/dates.js';
import { isAbsoluteHttpUrl } from '../../core/safety.js';
import { createTimeScale, eraLanes, storySpans, type Tick, type TimeScale } from '../../core/scale.js';
import { rememberLast } from '../../internal/memo.js';
import type { Actor, Issue, ParsedEra, ParsedEvent, ParsedStory, Story } from '../../core/types.js';
import { parseStory } from '../../core/validate.js';
import { emit, type ActiveChangeDetail } from '../../events.js';
import type { DeclaredStory } from '../../formats/html.js';
import { loadStory, readStory } from '../../internal/load.js';
import type { LocaleData, Messages } from '../../i18n/index.js';
import { scrollBehavior } from '../../internal/motion.js';
import { cancelIdle, whenIdle } from '../../internal/idle.js';
import { Language } from '../../internal/language.js';
import { findScrollRoot } from '../../internal/scroll-root.js';
import { styles } from './timeline.styles.js';

interface Loaded {
  story: ParsedStory | null;
  errors: Issue[];
  warnings: Issue[];
  /** For a story read from `<story-event>` children: the element each event came from, by id. */
  elements?: Map<string, Element>;
}

/**
 * Above this many events (two chunks) the cards are windowed: only chunks near the reader are in
 * the DOM. Rendering a 100-event story whole took about 100 ms longer than its first chunk; every
 * event stays reachable from the axis, whose marks are links up to `MARKS_AS_PATH_FROM`.
 */
const WINDOW_FROM = 60;
/** Events a chunk holds, and how many chunks may be in the DOM at once. */
const CHUNK = 30;
const MAX_CHUNKS = 4;
/** Placeholders this many chunks from a shown one are watched for the reader's approach. */
const NEAR_CHUNKS = 2;
/** Whether the browser says when a scroll has ended (all but Safari). */
const SCROLL_END = typeof window !== 'undefined' && 'onscrollend' in window;
/** Above this many events the axis draws its marks as one path rather than a link each. */
const MARKS_AS_PATH_FROM = 300;
/** Below this width (px) the axis runs along the top; keep in step with the styles' container query. */
const NARROW = 720;

/**
 * A scroll-driven timeline of a story's dated events: year headings, event cards, era bands and
 * a sticky time axis whose marker follows the event at the reading line.
 *
 * @summary Turns a story (JSON) into a timeline that follows the reader as they scroll.
 *
 * @slot - An optional `<script type="application/json">` holding the story.
 *
 * @event {CustomEvent<ActiveChangeDetail>} story-active-change - The event at the reading line changed. Bubbles, composed.
 * @event {CustomEvent<StoryErrorDetail>} story-error - The story could not be loaded, or has invalid parts. Bubbles, composed.
 *
 * @csspart base - The region that holds everything.
 * @csspart header - The story's title, description and source (with `show-header`).
 * @csspart filters - The bar of actor filter chips.
 * @csspart chip - One actor chip, in the filter bar or on a card.
 * @csspart axis - The sticky time axis.
 * @csspart axis-mark - One event's mark on the axis.
 * @csspart marker - The axis marker for where the reader is.
 * @csspart tick - A tick label on the axis.
 * @csspart era - An era: its band on the axis and its label among the events.
 * @csspart year - A year heading.
 * @csspart event - An event card.
 * @csspart date - The date on a card.
 * @csspart title - The title of a card.
 * @csspart summary - The summary of a card.
 * @csspart sources - The list of sources on a card.
 * @csspart media - The figure holding an event's image.
 * @csspart error - The error message.
 *
 * @cssproperty --story-font - Font of the text. Default: the page's.
 * @cssproperty --story-heading-font - Font of years and titles.
 * @cssproperty --story-fg - Text colour.
 * @cssproperty --story-muted - Secondary text colour.
 * @cssproperty --story-bg - Background of the timeline.
 * @cssproperty --story-card-bg - Background of a card.
 * @cssproperty --story-border - Colour of rules and borders.
 * @cssproperty --story-accent - Colour of the active event, the marker and links.
 * @cssproperty --story-era-bg - Background of era bands.
 * @cssproperty --story-sticky-top - Distance from the top of the viewport at which the axis sticks (for fixed site headers). Default `0px`.
 * @cssproperty --story-axis-width - Width of the axis on wide layouts. Default `9rem`.
 */
export class StoryTimeline extends LitElement {
  static override styles = [themeStyles, styles];

  #observer?: IntersectionObserver;
  /** The element that scrolls the timeline, null for the page; undefined until looked up. */
  #scrollRoot?: Element | null;
  /** Where `scrollend` is listened to: the scroll root, or the window. */
  #scrollTarget?: EventTarget;
  #pendingTarget?: string;
  #pendingTimer?: ReturnType<typeof setTimeout>;
  #initialPositionDone = false;
  /** True when the first event was made active before the first render, and not yet told. */
  #firstPreset = false;
  #reporter = new ProblemReporter(this);
  #chunkObserver?: IntersectionObserver;
  #chunkHeights = new Map<number, number>();
  #chunkEstimate?: number;
  #chunksFor?: readonly ParsedEvent[];
  #chunkSizes = new ResizeObserver((entries) => {
    for (const entry of entries) {
      const index = Number((entry.target as HTMLElement).dataset.chunk);
      const height = entry.borderBoxSize[0]?.blockSize ?? entry.contentRect.height;
      this.#chunkHeights.set(index, height);
      // The first chunk measured sets the height of the chunks not seen yet, once: a guess that
      // moved with every chunk measured would restyle every placeholder and shift the page.
      this.#chunkEstimate ??= height;
    }
  });

  // The reactive properties, declared below (`declare`) with their defaults set in the constructor.
  // Not decorators: no browser runs them yet, and compiled they made every #private member of the
  // class a WeakMap lookup (and took 2 KB of the bundle). The private ones are internal state
  // (`attribute: false`, which is all Lit's `state: true` does, and what the manifest reads).
  static override properties = {
    data: { attribute: false },
    src: {},
    format: {},
    offset: { type: Number },
    activeId: { attribute: 'active-id', reflect: true },
    syncHash: { attribute: 'sync-hash', type: Boolean },
    startAt: { attribute: 'start-at' },
    actors: {},
    filters: { type: Boolean },
    showHeader: { attribute: 'show-header', type: Boolean },
    theme: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    timeout: { type: Number },
    locale: {},
    messages: { attribute: false },
    inline: { attribute: false },
    declared: { attribute: false },
    selected: { attribute: false },
    announcement: { attribute: false },
    chunks: { attribute: false },
    printing: { attribute: false },
    narrow: { attribute: false },
  };

  /** The story as an object. Takes precedence over `src` and an inline script. */
  declare data: Story | null;

  /** URL of a story: Storyline JSON, a TimelineJS3 JSON file, or CSV (see `format`). */
  declare src: string;

  /** `json` or `csv`: the format of `src`, when its URL and type do not say. */
  declare format: string;

  /** Where the reading line is, as a share of the viewport (or scrolling container) height: 0 is the top. */
  declare offset: number;

  /** The id of the active event, the one at the reading line. Setting it moves the marker without scrolling. */
  declare activeId: string;

  /** Keeps the page's `#hash` on the active event (with `history.replaceState`, so no history entries). */
  declare syncHash: boolean;

  /** The id of the event to start at. A `#hash` naming an event wins over it. */
  declare startAt: string;

  /** Space-separated actor ids: only events involving one of them are shown. */
  declare actors: string;

  /** Shows a bar of actor chips, with counts, that lets the reader filter the events. */
  declare filters: boolean;

  /** Shows the story's title, description and source above the timeline. */
  declare showHeader: boolean;

  /** `light` or `dark` forces a colour scheme; by default it follows the reader's. */
  declare theme: 'light' | 'dark' | 'auto';

  /** The level of the year headings; event titles are one level below. */
  declare headingLevel: number;

  /** Milliseconds before a `src` load gives up. */
  declare timeout: number;

  /**
   * The language of dates and of the component's words (BCP 47). When absent: the closest `lang`
   * attribute, then the story's `language`. Each language but English loads on demand.
   */
  declare locale: string;

  /** Replaces some of the component's words, e.g. `{ filterBy: 'Follow' }`. */
  declare messages: Partial<Messages>;

  declare private inline: string | null;

  /** The `<story-event>`/`<story-era>` children, read when they change. */
  declare private declared: DeclaredStory | null;

  declare private selected: ReadonlySet<string>;

  /** What the live region says: the date and title of the event the reader moved to. */
  declare private announcement: string;

  /** With windowing: the chunks of events in the DOM; the others are placeholders of their height. */
  declare private chunks: ReadonlySet<number>;

  /** True while the page prints: every event is in the DOM. */
  declare private printing: boolean;

  /** True when the column is narrow and the axis runs along the top. */
  declare private narrow: boolean;

  constructor() {
    super();
    this.data = null;
    this.src = '';
    this.format = '';
    this.offset = 0.5;
    this.activeId = '';
    this.syncHash = false;
    this.startAt = '';
    this.actors = '';
    this.filters = false;
    this.showHeader = false;
    this.theme = 'auto';
    this.headingLevel = 2;
    this.timeout = 15000;
    this.locale = '';
    this.messages = {};
    this.inline = null;
    this.declared = null;
    this.selected = new Set();
    this.announcement = '';
    this.chunks = new Set([0]);
    this.printing = false;
    this.narrow = false;
  }

  #resizeObserver = new ResizeObserver(([entry]) => {
    if (entry) this.narrow = entry.contentRect.width < NARROW;
  });

  #task = new Task(this, {
    args: () => [this.data, this.src, this.format, this.inline, this.declared, this.timeout] as const,
    task: async ([data, src, format, inline, declared, timeout], { signal }): Promise<Loaded> => {
      if (data) return parseStory(data);
      if (src) return parseStory(await loadStory(src, { signal, timeout, format }));
      if (inline !== null)
        return parseStory(await readStory(inline, format === 'csv' ? 'csv' : 'json', 'The inline story'));
      if (declared) return this.#fromDeclared(declared);
      return { story: null, errors: [], warnings: [] };
    },
  });

  /** Words, dates, story text and direction, in the reader's language. */
  #language = new Language(this, () => this.#task.value?.story?.language);

  // ---- lifecycle ---------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readInline();
    window.addEventListener('hashchange', this.#handleHashChange);
    window.addEventListener('beforeprint', this.#handlePrint);
    window.addEventListener('afterprint', this.#handlePrint);
    this.addEventListener('keydown', this.#handleKeydown);
    this.addEventListener('story-data-change', this.#readInline);
    this.#resizeObserver.observe(this);
    // Back in the page after a removal: watch the cards again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#handleHashChange);
    window.removeEventListener('beforeprint', this.#handlePrint);
    window.removeEventListener('afterprint', this.#handlePrint);
    this.#chunkObserver?.disconnect();
    this.#chunkObserver = undefined;
    this.#chunkSizes.disconnect();
    this.removeEventListener('keydown', this.#handleKeydown);
    this.removeEventListener('story-data-change', this.#readInline);
    this.#resizeObserver.disconnect();
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#scrollTarget?.removeEventListener('scrollend', this.#handleScrollEnd);
    this.#scrollTarget = this.#scrollRoot = undefined;
    clearTimeout(this.#pendingTimer);
    for (const job of [this.#placeholderJob, this.#scrollEndJob]) if (job !== undefined) cancelIdle(job);
    this.#placeholderJob = this.#scrollEndJob = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('actors')) {
      this.selected = new Set(this.actors.split(/\s+/).filter(Boolean));
    }
    if (changed.has('data') || changed.has('src')) this.#initialPositionDone = false;
    const events = this.#visibleEvents;
    // With nothing to go to, the first event is active from the first render, not after a second.
    if (!this.#initialPositionDone && events[0] && !this.#shows(this.activeId) && !this.#initialTarget()) {
      this.activeId = events[0].id;
      this.#firstPreset = true;
    }
    if (this.#chunksFor !== events) {
      // New events (a new story or filter): start the window at the active event.
      this.#chunksFor = events;
      this.#chunkHeights.clear();
      this.#chunkEstimate = undefined;
      const active = Math.max(0, this.#indexOf(this.activeId));
      this.chunks = new Set([Math.floor(active / CHUNK)]);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Looked up on the first render, before the cards are in: asking for a style once a long
    // story's cards are in laid the page out twice.
    if (this.#scrollRoot === undefined) this.#scrollRoot = findScrollRoot(this);
    const loaded = this.#task.value;
    if (this.#task.status === TaskStatus.COMPLETE && loaded && this.#language.ready) {
      this.#reporter.problems(loaded);
      this.#observe(changed.has('offset'));
      this.#fillPlaceholders();
      if (!this.#initialPositionDone && loaded.story) {
        this.#initialPositionDone = true;
        this.#setInitialPosition();
      }
    }
    if (this.#task.status === TaskStatus.ERROR) this.#reporter.failure(this.#task.error);
  }

  // ---- data --------------------------------------------------------------------------------

  /** Reads the light DOM: an inline `<script type="application/json">` (or `text/csv`), or `<story-event>` children. */
  #readInline = (): void => {
    const script = this.querySelector(
      ':scope > script[type="application/json"], :scope > script[type="text/csv"]',
    );
    this.inline = script ? (script.textContent ?? '') : null;
    if (script?.getAttribute('type') === 'text/csv' && !this.format) this.format = 'csv';
    if (!this.querySelector(':scope > story-event, :scope > story-era')) {
      this.declared = null;
      return;
    }
    // The reader of declarative HTML is a chunk of its own, fetched by the pages that use it.
    void import('../../formats/html.js').then(({ fromElements }) => {
      const declared = fromElements(this);
      // Only a change of content reloads: assigning the events to their slots is not one.
      if (JSON.stringify(declared.story) !== JSON.stringify(this.declared?.story)) this.declared = declared;
    });
  };

  /** Validates declared elements; errors name the element, and each event shows its own content. */
  #fromDeclared({ story, elements, describe }: DeclaredStory): Loaded {
    const result = parseStory(story);
    const rename = (issue: Issue) => ({ ...issue, path: describe(issue.path) });
    const byId = new Map<string, Element>();
    for (const element of elements) {
      const id = element.getAttribute('id');
      if (id) {
        byId.set(id, element);
        element.setAttribute('slot', `event-${id}`);
      }
    }
    return {
      ...result,
      errors: result.errors.map(rename),
      warnings: result.warnings.map(rename),
      elements: byId,
    };
  }

  /** The story's events after the actor filter, worked out again only when either changes. */
  get #visibleEvents(): ParsedEvent[] {
    return this.#filter(this.#task.value?.story?.events ?? [], this.selected);
  }

  #filter = rememberLast((events: ParsedEvent[], selected: ReadonlySet<string>) =>
    selected.size === 0 ? events : events.filter((event) => event.actors?.some((id) => selected.has(id))),
  );

  /** The story after validation, or null while loading or when it could not be loaded. */
  get story(): ParsedStory | null {
    return this.#task.value?.story ?? null;
  }

  /** The events shown, in date order, after the actor filter. */
  get visibleEvents(): readonly ParsedEvent[] {
    return this.#visibleEvents;
  }

  // ---- errors ------------------------------------------------------------------------------

  // ---- scroll tracking ---------------------------------------------------------------------

  /** What the DOM was rendered from when the observers last looked at it. */
  #observedFor: unknown[] = [];
  #observed = new Set<Element>();
  /** The cards at the reading line, as the observer last said; none after a jump past the cards. */
  #atLine = new Set<Element>();

  /**
   * Watches the cards crossing the reading line (a zero-height band `offset` down the scroll root),
   * the placeholders nearing it, and the chunks' heights. Looks at the DOM again only when the
   * cards in it may have changed, never on the update that merely moves the active event.
   */
  #observe(force: boolean): void {
    const renderedFrom = [
      this.#task.value,
      this.#visibleEvents,
      this.chunks,
      this.printing,
      this.#language.data,
    ];
    if (!force && this.#observer && renderedFrom.every((value, i) => value === this.#observedFor[i])) return;
    this.#observedFor = renderedFrom;
    if (force || !this.#observer || !this.#chunkObserver) {
      this.#observer?.disconnect();
      this.#chunkObserver?.disconnect();
      this.#chunkSizes.disconnect();
      this.#observed.clear();
      this.#atLine.clear();
      this.#scrollTarget?.removeEventListener('scrollend', this.#handleScrollEnd);
      if (force) this.#scrollRoot = findScrollRoot(this);
      this.#scrollTarget = this.#scrollRoot ?? window;
      this.#scrollTarget.addEventListener('scrollend', this.#handleScrollEnd);
      const offset = Math.min(Math.max(this.offset, 0), 1);
      this.#observer = new IntersectionObserver(this.#handleIntersect, {
        root: this.#scrollRoot,
        rootMargin: `${-offset * 100}% 0px ${-(1 - offset) * 100}% 0px`,
        threshold: 0,
      });
      // Windowing: a placeholder nearing the viewport brings its chunk in.
      this.#chunkObserver = new IntersectionObserver(this.#handleChunkIntersect, {
        root: this.#scrollRoot,
        rootMargin: '150% 0px',
      });
    }
    // Placeholders are watched only next to the chunks shown: every frame costs the browser a test
    // per watched element, and scrolling reaches the others through these. A jump past them (a
    // dragged scrollbar) is caught when the scroll ends. Without scrollend (Safari), all are watched.
    const near = (element: Element) => {
      const index = Number((element as HTMLElement).dataset.chunk);
      return !SCROLL_END || [...this.chunks].some((shown) => Math.abs(shown - index) <= NEAR_CHUNKS);
    };
    const current = new Set(
      [...this.renderRoot.querySelectorAll('[data-event-id], .placeholder, .chunk')].filter(
        (element) => !element.classList.contains('placeholder') || near(element),
      ),
    );
    for (const element of this.#observed) {
      if (current.has(element)) continue;
      this.#observer.unobserve(element);
      this.#chunkObserver.unobserve(element);
      this.#chunkSizes.unobserve(element);
      this.#atLine.delete(element);
    }
    for (const element of current) {
      if (this.#observed.has(element)) continue;
      if (element.classList.contains('placeholder')) this.#chunkObserver.observe(element);
      else if (element.classList.contains('chunk')) this.#chunkSizes.observe(element);
      else this.#observer.observe(element);
    }
    this.#observed = current;
  }

  /**
   * After a scroll: a placeholder at the reading line (reached by a jump) becomes its chunk. The
   * check reads the layout, so it waits for idle time, when the frame has laid the page out: run
   * at once, it forced a layout in the middle of a frame each time a scroll ended. With a card at
   * the line (by then the observer has told of the scroll's last frame), there was no jump: no
   * check, which laid the page out and hit-tested it after each step of a scroll.
   */
  #handleScrollEnd = (): void => {
    this.#scrollEndJob ??= whenIdle(() => {
      this.#scrollEndJob = undefined;
      if (this.#atLine.size === 0) this.#showJumpedTo();
    });
  };

  #scrollEndJob?: number;

  #showJumpedTo(): void {
    const column = this.renderRoot.querySelector('.events');
    if (!column || !this.renderRoot.querySelector('.placeholder')) return;
    const box = column.getBoundingClientRect();
    const root = this.#scrollRoot?.getBoundingClientRect();
    const line = (root?.top ?? 0) + (root?.height ?? window.innerHeight) * this.offset;
    const hit = (this.renderRoot as ShadowRoot).elementFromPoint(box.left + box.width / 2, line);
    const placeholder = hit?.closest<HTMLElement>('.placeholder');
    if (placeholder) this.#showChunk(Number(placeholder.dataset.chunk));
  }

  #handleChunkIntersect = (entries: IntersectionObserverEntry[]): void => {
    for (const entry of entries) {
      if (entry.isIntersecting) this.#showChunk(Number((entry.target as HTMLElement).dataset.chunk));
    }
  };

  /** Brings a chunk of events into the DOM, letting go of the one furthest from it beyond the limit. */
  #showChunk(index: number): void {
    if (this.chunks.has(index)) return;
    const active = Math.floor(Math.max(0, this.#indexOf(this.activeId)) / CHUNK);
    const kept = [...this.chunks, index].sort((a, b) => Math.abs(a - index) - Math.abs(b - index));
    const chunks = new Set(kept.slice(0, MAX_CHUNKS));
    chunks.add(active);
    this.chunks = chunks;
  }

  #handlePrint = (event: Event): void => {
    this.printing = event.type === 'beforeprint';
    // Print lays out right after this event: render every event now, not on the next microtask.
    this.performUpdate();
  };

  #handleIntersect = (entries: IntersectionObserverEntry[]): void => {
    // One pass: the cards now at the line, and the last of them to cross it.
    let last: IntersectionObserverEntry | undefined;
    for (const entry of entries) {
      if (entry.isIntersecting) {
        this.#atLine.add(entry.target);
        last = entry;
      } else {
        this.#atLine.delete(entry.target);
      }
    }
    if (!last || this.#pendingTarget) return;
    const id = (last.target as HTMLElement).dataset.eventId;
    if (id) this.#activate(id);
  };

  /** Makes an event active: marker, `aria-current`, hash and the `story-active-change` event. */
  #activate(id: string, announce = true): void {
    if (id === this.activeId) return;
    const events = this.#visibleEvents;
    const index = this.#indexOf(id);
    const event = events[index];
    if (!event) return;
    this.activeId = id;
    if (announce) this.announcement = `${this.#dateText(event)}: ${this.#language.text(event.title)}`;
    this.#tellActive(index, event);
  }

  #tellActive(index: number, event: ParsedEvent): void {
    if (this.syncHash && location.hash !== `#${event.id}`) {
      history.replaceState(history.state, '', `#${event.id}`);
    }
    emit<ActiveChangeDetail>(this, 'story-active-change', { id: event.id, index, event });
  }

  // ---- navigation --------------------------------------------------------------------------

  /** Scrolls to an event and makes it active. Returns false when no shown event has that id. */
  goTo(id: string, options: { focus?: boolean | 'mark'; behavior?: ScrollBehavior } = {}): boolean {
    const card = this.renderRoot.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`);
    if (!card) {
      // Windowed out: bring its chunk in, then go.
      const index = this.#indexOf(id);
      if (index < 0 || this.chunks.has(Math.floor(index / CHUNK))) return false;
      this.#showChunk(Math.floor(index / CHUNK));
      void this.updateComplete.then(() => this.goTo(id, options));
      return true;
    }
    const behavior = options.behavior ?? scrollBehavior();
    this.#scrollToCard(card, behavior);
    this.#activate(id);
    if (options.focus === 'mark') {
      this.renderRoot
        .querySelector<HTMLElement>(`a[data-goto="${CSS.escape(id)}"]`)
        ?.focus({ preventScroll: true });
    } else if (options.focus) {
      card.querySelector<HTMLElement>('article')?.focus({ preventScroll: true });
    }
    return true;
  }

  /** Goes to the next event. Returns false at the last. */
  next(): boolean {
    return this.#step(1);
  }

  /** Goes to the previous event. Returns false at the first. */
  previous(): boolean {
    return this.#step(-1);
  }

  #step(delta: number, focus: boolean | 'mark' = false): boolean {
    const events = this.#visibleEvents;
    const index = this.#indexOf(this.activeId);
    const target = events[Math.min(Math.max((index < 0 ? 0 : index) + delta, 0), events.length - 1)];
    if (!target || (index >= 0 && target.id === this.activeId)) return false;
    return this.goTo(target.id, { focus });
  }

  /** Puts a card at the reading line, and ignores the cards the scroll passes on its way. */
  #scrollToCard(card: HTMLElement, behavior: ScrollBehavior): void {
    const root = this.#scrollRoot === undefined ? findScrollRoot(this) : this.#scrollRoot;
    const rootTop = root ? root.getBoundingClientRect().top : 0;
    const rootHeight = root ? root.clientHeight : window.innerHeight;
    const rect = card.getBoundingClientRect();
    const line = rootTop + rootHeight * this.offset;
    const delta = rect.top + Math.min(rect.height / 2, rootHeight * 0.25) - line;
    const target = card.dataset.eventId;
    this.#pendingTarget = target;
    clearTimeout(this.#pendingTimer);
    // Released two frames after the scroll ends, so that the crossings it queued on its way are
    // delivered (and ignored) before the reader's own scrolling counts again.
    const release = () => {
      clearTimeout(this.#pendingTimer);
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          if (this.#pendingTarget === target) this.#pendingTarget = undefined;
        }),
      );
    };
    if (behavior === 'smooth') {
      (root ?? window).addEventListener('scrollend', release, { once: true });
      this.#pendingTimer = setTimeout(release, 1500);
    } else {
      this.#pendingTimer = setTimeout(release, 100);
    }
    (root ?? window).scrollBy({ top: delta, behavior });
  }

  /** True when an event of that id is shown. */
  #shows(id: string): boolean {
    return this.#indexOf(id) >= 0;
  }

  /** Where an event is among those shown, or -1: a lookup, as the reader moves through thousands. */
  #indexOf(id: string): number {
    return this.#positions(this.#visibleEvents).get(id) ?? -1;
  }

  #positions = rememberLast((events: readonly ParsedEvent[]) => {
    const positions = new Map<string, number>();
    events.forEach((event, index) => positions.set(event.id, index));
    return positions;
  });

  /** The event a deep link or `start-at` names, when it is shown. */
  #initialTarget(): string | undefined {
    const fromHash = decodeURIComponent(location.hash.slice(1));
    return [fromHash, this.startAt].find((id) => this.#shows(id));
  }

  #setInitialPosition(): void {
    const target = this.#initialTarget();
    const first = this.#visibleEvents[0];
    if (target) this.goTo(target, { behavior: 'instant' });
    else if (first && this.#firstPreset) this.#tellActive(0, first);
    else if (first && !this.#shows(this.activeId)) this.#activate(first.id, false);
    this.#firstPreset = false;
  }

  #handleHashChange = (): void => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (id && id !== this.activeId) this.goTo(id);
  };

  #handleKeydown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const origin = event.composedPath()[0] as HTMLElement | undefined;
    if (origin?.closest?.('input, textarea, select, [contenteditable], [part~="filters"]')) return;
    const events = this.#visibleEvents;
    // On the axis, focus moves from mark to mark; elsewhere from card to card.
    const focus = origin?.closest?.('[part~="axis"]') ? 'mark' : true;
    // The direction the story is laid out in: the region's `dir`, with no style to compute.
    const rtl = this.#language.dir === 'rtl';
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
    let handled = true;
    switch (event.key) {
      case 'ArrowDown':
      case forward:
      case 'j':
        this.#step(1, focus);
        break;
      case 'ArrowUp':
      case backward:
      case 'k':
        this.#step(-1, focus);
        break;
      case 'Home':
      case 'End': {
        const target = event.key === 'Home' ? events[0] : events.at(-1);
        if (target) this.goTo(target.id, { focus });
        break;
      }
      default:
        handled = false;
    }
    if (handled) event.preventDefault();
  };

  #handleMarkClick = (event: MouseEvent): void => {
    const id = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-goto]')?.dataset.goto;
    if (!id) return;
    event.preventDefault();
    this.goTo(id, { focus: true });
  };

  #toggleActor(id: string | null): void {
    const selected = new Set(this.selected);
    if (id === null) selected.clear();
    else if (selected.has(id)) selected.delete(id);
    else selected.add(id);
    this.selected = selected;
    this.actors = [...selected].join(' ');
  }

  // ---- rendering ---------------------------------------------------------------------------

  override render(): TemplateResult {
    // Until the language is known, dates and words would flash in English: wait for both.
    const languageReady = this.#language.ready;
    return this.#task.render({
      initial: () => this.#renderShell(html``),
      pending: () =>
        this.#task.value && languageReady
          ? this.#renderStory(this.#task.value)
          : this.#renderShell(html`<p class="status" role="status">${this.#language.words.loading}</p>`),
      complete: (loaded) =>
        languageReady
          ? this.#renderStory(loaded)
          : this.#renderShell(html`<p class="status" role="status">${this.#language.words.loading}</p>`),
      error: (error) =>
        this.#renderShell(errorBox(this.#language.words, failureText(this.#language.words, error), [])),
    });
  }

  #renderShell(content: TemplateResult): TemplateResult {
    return html`<div part="base" class="base">
      <slot hidden @slotchange=${this.#readInline}></slot>${content}
    </div>`;
  }

  #renderStory({ story, errors }: Loaded): TemplateResult {
    if (!story)
      return this.#renderShell(errorBox(this.#language.words, this.#language.words.errorTitle, errors));
    const events = this.#visibleEvents;
    const { scale, ticks } = this.#scaleFor(events, story.eras, this.narrow);
    return html`
      <section
        part="base"
        class="base"
        aria-label=${this.#language.text(story.title) || this.#language.words.timeline}
        dir=${this.#language.dir}
        lang=${this.#language.code}
      >
        <slot hidden @slotchange=${this.#readInline}></slot>
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
          ${this.announcement}
        </div>
        ${this.showHeader ? this.#renderHeader(story) : nothing}
        ${errors.length ? errorBox(this.#language.words, this.#language.words.errorTitle, errors, story.events.length) : nothing}
        ${this.filters && story.actors.length ? this.#renderFilters(story) : nothing}
        <div class="layout">
          ${this.#renderAxis(scale, ticks, events, story.eras)}
          <div class="events">
            ${
              events.length === 0
                ? html`<p class="status">
                    ${this.selected.size ? this.#language.words.noEventsForFilter : this.#language.words.noEvents}
                  </p>`
                : this.#renderEvents(events, story)
            }
          </div>
        </div>
      </section>
    `;
  }

  #renderHeader(story: ParsedStory): TemplateResult {
    const source = story.source;
    return html`<header part="header" class="header">
      <div role="heading" aria-level=${this.headingLevel} class="story-title">
        ${this.#language.text(story.title)}
      </div>
      ${story.description ? html`<p class="description">${this.#language.text(story.description)}</p>` : nothing}
      ${
        source
          ? html`<p class="credit">
              ${this.#link(source.title, source.url)}${source.author ? html`, ${source.author}` : nothing}${
                source.publisher ? html`, ${source.publisher}` : nothing
              }
            </p>`
          : nothing
      }
    </header>`;
  }

  #renderFilters(story: ParsedStory): TemplateResult {
    const all = story.events;
    const counts = this.#actorCounts(all);
    const count = (id: string) => counts.get(id) ?? 0;
    return html`<div part="filters" class="filters" role="group" aria-label=${this.#language.words.filterBy}>
      <span class="filters-label" aria-hidden="true">${this.#language.words.filterBy}</span>
      <button
        type="button"
        part="chip"
        class="chip"
        aria-pressed=${this.selected.size === 0}
        @click=${() => this.#toggleActor(null)}
      >
        ${this.#language.words.showAll} <span class="count">${all.length}</span>
      </button>
      ${story.actors
        .filter((actor) => count(actor.id) > 0)
        .map(
          (actor) =>
            html`<button
              type="button"
              part="chip"
              class="chip"
              ${cssVars(this.#actorStyle(actor))}
              aria-pressed=${this.selected.has(actor.id)}
              @click=${() => this.#toggleActor(actor.id)}
            >
              <span class="swatch" aria-hidden="true"></span>${actor.label}
              <span class="count">${count(actor.id)}</span>
            </button>`,
        )}
    </div>`;
  }

  /** How many events each actor takes part in, counted once per story. */
  #actorCounts = rememberLast((events: readonly ParsedEvent[]) => {
    const counts = new Map<string, number>();
    for (const event of events)
      for (const id of event.actors ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
    return counts;
  });

  /** The scale and its ticks, built again only when the events shown or the layout change (not on scroll). */
  #scaleFor = rememberLast((events: readonly ParsedEvent[], eras: readonly ParsedEra[], narrow: boolean) => {
    // Tick labels sit side by side on the horizontal axis, so they need more room there.
    const scale = createTimeScale(storySpans(events, eras), {
      range: [0, 100],
      minTickGap: narrow ? 0.16 : 0.045,
    });
    return { scale, ticks: scale.ticks() };
  });

  /** One path for all the marks of a long story, drawn for the axis' orientation. */
  #marksPath = rememberLast((scale: TimeScale, events: readonly ParsedEvent[], narrow: boolean) =>
    events
      .map((event) => scale(toYearValue(event.start)).toFixed(2))
      .map((p) => (narrow ? `M${p} 0V100` : `M0 ${p}H100`))
      .join(''),
  );

  /** A click on the path of marks goes to the event nearest to it in time. */
  #handlePathClick = (event: MouseEvent): void => {
    const eras = this.story?.eras;
    if (!eras) return;
    const { scale } = this.#scaleFor(this.#visibleEvents, eras, this.narrow);
    const rect = (event.currentTarget as SVGElement).getBoundingClientRect();
    const share = this.narrow
      ? (event.clientX - rect.left) / rect.width
      : (event.clientY - rect.top) / rect.height;
    const distance = (candidate: ParsedEvent) => Math.abs(scale(toYearValue(candidate.start)) / 100 - share);
    const nearest = this.#visibleEvents.reduce<ParsedEvent | undefined>(
      (best, candidate) => (!best || distance(candidate) < distance(best) ? candidate : best),
      undefined,
    );
    if (nearest) this.goTo(nearest.id, { focus: 'mark' });
  };

  #renderAxis(
    scale: TimeScale,
    ticks: Tick[],
    events: readonly ParsedEvent[],
    eras: readonly ParsedEra[],
  ): TemplateResult {
    const many = events.length > MARKS_AS_PATH_FROM;
    const active = events[this.#indexOf(this.activeId)];
    const at = (value: number) => `${scale(value).toFixed(3)}%`;
    // What does not follow the reader (breaks, eras, ticks, the path of marks) renders again only
    // when the scale or the language changes.
    const track = guard([scale, ticks, eras, this.#language.data, many], () => {
      const lanes = eraLanes(eras);
      return [
        scale.breaks.map(
          (b) => html`<span class="break" ${cssVars({ '--from': `${b.r0}%`, '--to': `${b.r1}%` })}></span>`,
        ),
        eras.map(
          (era, i) =>
            html`<span
              part="era"
              class="axis-era"
              title=${era.title}
              ${cssVars({ '--from': at(toYearValue(era.from)), '--to': at(toYearValueEnd(era.to)), '--lane': `${lanes[i]}` })}
              ><span class="axis-era-label">${era.title}</span></span
            >`,
        ),
        ticks.map(
          (tick) =>
            html`<span part="tick" class="tick" aria-hidden="true" ${cssVars({ '--at': `${tick.position}%` })}
              >${this.#language.short(tick.date)}</span
            >`,
        ),
        many
          ? svg`<svg class="marks-path" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true" @click=${this.#handlePathClick}><path d=${this.#marksPath(scale, events, this.narrow)}></path></svg>`
          : nothing,
      ];
    });
    return html`<nav
      part="axis"
      class="axis"
      aria-label=${this.#language.words.axis}
      @click=${this.#handleMarkClick}
    >
      <div class="axis-track">
        ${track}
        <ol class="marks">
          ${(many ? (active ? [active] : []) : events).map(
            (event) =>
              html`<li
                class="mark ${event.id === this.activeId ? 'active' : ''} ${event.importance === 3 ? 'major' : ''}"
                ${cssVars({ '--at': at(toYearValue(event.start)) })}
              >
                <a
                  part="axis-mark"
                  href="#${event.id}"
                  data-goto=${event.id}
                  tabindex=${event.id === this.activeId ? 0 : -1}
                  aria-current=${event.id === this.activeId ? 'true' : nothing}
                  ><span class="visually-hidden"
                    >${this.#dateText(event)}: ${this.#language.text(event.title)}</span
                  ></a
                >
              </li>`,
          )}
        </ol>
        ${
          active
            ? html`<span
                part="marker"
                class="marker"
                aria-hidden="true"
                ${cssVars({ '--at': scale(toYearValue(active.start)).toFixed(3) })}
                ><span class="marker-label">${this.#dateText(active)}</span></span
              >`
            : nothing
        }
      </div>
    </nav>`;
  }

  /**
   * The cards, grouped by year, in chunks of events. A long story is windowed: only the chunks
   * near the reader are cards; the others are placeholders of the same height, holding the
   * events' text as `hidden="until-found"`, so find-in-page still finds them. A chunk renders
   * again only when something it shows changed (the active event among its cards, the language),
   * so moving the active event costs two chunks, not the whole story.
   */
  #renderEvents(events: readonly ParsedEvent[], story: ParsedStory): TemplateResult {
    const windowed = events.length > WINDOW_FROM && !this.printing;
    const count = Math.ceil(events.length / CHUNK);
    const loaded = this.#task.value;
    const activeIndex = this.#indexOf(this.activeId);
    return html`${Array.from({ length: count }, (_, i) => {
      const from = i * CHUNK;
      const to = Math.min(from + CHUNK, events.length);
      if (!windowed || this.chunks.has(i)) {
        const activeHere = activeIndex >= from && activeIndex < to ? this.activeId : '';
        return html`<div class="chunk" data-chunk=${i}>
          ${guard(
            [events, i, activeHere, loaded, this.#language.data, this.messages, this.headingLevel],
            () => this.#renderRun(events.slice(from, to), from, events, story),
          )}
        </div>`;
      }
      const height = this.#chunkHeights.get(i) ?? this.#chunkEstimate ?? CHUNK * 250;
      const text = this.#placeholderText(i, events);
      // Unchanged placeholders (nearly all of them) cost a comparison on each update.
      return guard(
        [height, text],
        () =>
          html`<div
            class="placeholder"
            data-chunk=${i}
            hidden="until-found"
            ${cssVars({ '--h': `${height}px` })}
            @beforematch=${() => this.#showChunk(i)}
          >
            ${text ?? nothing}
          </div>`,
      );
    })}`;
  }

  /**
   * The placeholders' texts, by chunk, for the events shown in one language. Made in idle time,
   * a few chunks at a time, after the first cards are shown: find-in-page has them a moment after
   * load, and nothing waits for them.
   */
  #texts?: { events: readonly ParsedEvent[]; lang: LocaleData; byChunk: string[]; left: number };
  #placeholderJob?: number;

  #placeholderText(index: number, events: readonly ParsedEvent[]): string | undefined {
    const texts = this.#texts;
    return texts?.events === events && texts.lang === this.#language.data ? texts.byChunk[index] : undefined;
  }

  /** Asks for the texts still missing to be made when the browser is idle. */
  #fillPlaceholders(): void {
    const events = this.#visibleEvents;
    if (events.length <= WINDOW_FROM || this.#placeholderJob !== undefined) return;
    if (this.#texts?.events !== events || this.#texts.lang !== this.#language.data) {
      this.#texts = {
        events,
        lang: this.#language.data,
        byChunk: [],
        left: Math.ceil(events.length / CHUNK),
      };
    }
    if (this.#texts.left === 0) return;
    const texts = this.#texts;
    this.#placeholderJob = whenIdle((timeLeft) => {
      this.#placeholderJob = undefined;
      const count = Math.ceil(events.length / CHUNK);
      // At least one chunk a turn, so that a browser never idle still gets there.
      for (let i = 0, made = 0; this.#texts === texts && i < count && (made === 0 || timeLeft() > 4); i++) {
        if (texts.byChunk[i] !== undefined) continue;
        texts.byChunk[i] = events
          .slice(i * CHUNK, (i + 1) * CHUNK)
          .map(
            (e) => `${this.#dateText(e)} ${this.#language.text(e.title)}. ${this.#language.text(e.summary)}`,
          )
          .join(' ');
        texts.left -= 1;
        made += 1;
      }
      // The update that shows them asks again for whatever is still missing.
      this.requestUpdate();
    });
  }

  #actorsById = rememberLast((list: readonly Actor[]) => new Map(list.map((actor) => [actor.id, actor])));

  /** For each event, the eras whose first event it is (their label goes above its card). */
  #eraStarts = rememberLast((events: readonly ParsedEvent[], eras: readonly ParsedEra[]) => {
    const starts = new Map<string, ParsedEra[]>();
    for (const era of eras) {
      const first = events.find((event) => this.#within(event, era));
      if (first) starts.set(first.id, [...(starts.get(first.id) ?? []), era]);
    }
    return starts;
  });

  /** A run of consecutive events, in year sections; a year continued from the run before has no new heading. */
  #renderRun(
    run: readonly ParsedEvent[],
    offset: number,
    all: readonly ParsedEvent[],
    { eras, actors: actorList }: ParsedStory,
  ): TemplateResult {
    const eraStarts = this.#eraStarts(all, eras);
    const actors = this.#actorsById(actorList);
    // Each year is formatted once a run (a new date object would miss the language's memo).
    const years = new Map<number, string>();
    const yearOf = ({ start: { year } }: ParsedEvent) => {
      let text = years.get(year);
      if (text === undefined) years.set(year, (text = this.#language.date(makeDate(year))));
      return text;
    };
    const groups: { year: string; continued: boolean; events: ParsedEvent[] }[] = [];
    const before = all[offset - 1];
    for (const event of run) {
      const year = yearOf(event);
      const last = groups[groups.length - 1];
      if (last?.year === year) last.events.push(event);
      else
        groups.push({
          year,
          continued: !last && before !== undefined && yearOf(before) === year,
          events: [event],
        });
    }
    return html`${groups.map(
      (group) =>
        html`<section class="year" aria-label=${group.continued ? nothing : group.year}>
          ${
            group.continued
              ? nothing
              : html`<div part="year" class="year-heading" role="heading" aria-level=${this.headingLevel}>
                  ${group.year}
                </div>`
          }
          <ol class="cards">
            ${group.events.map((event) => {
              const inEras = eras.filter((era) => this.#within(event, era));
              return html`<li class="entry" data-event-id=${event.id} data-eras=${inEras.length}>
                ${(eraStarts.get(event.id) ?? []).map(
                  (era) =>
                    html`<p part="era" class="era-label">
                      <span class="visually-hidden">${this.#language.words.era}: </span>${era.title}
                      <span class="era-dates"
                        >${formatRange(era.from, era.to, this.#language.dateOptions)}</span
                      >
                    </p>`,
                )}
                <div class="rails" aria-hidden="true">
                  ${eras.map((era) => html`<span class="rail ${inEras.includes(era) ? 'on' : ''}"></span>`)}
                </div>
                ${this.#renderCard(event, actors)}
              </li>`;
            })}
          </ol>
        </section>`,
    )}`;
  }

  #within(event: ParsedEvent, era: ParsedEra): boolean {
    const value = toYearValue(event.start);
    return value >= toYearValue(era.from) && value < toYearValueEnd(era.to);
  }

  #renderCard(event: ParsedEvent, actors: Map<string, Actor>): TemplateResult {
    const active = event.id === this.activeId;
    const quote = event.sources.find((source) => source.quote)?.quote;
    return html`<article
      part="event"
      id=${event.id}
      class="card ${active ? 'active' : ''} ${event.importance === 3 ? 'major' : event.importance === 1 ? 'minor' : ''}"
      tabindex="-1"
      aria-current=${active ? 'true' : nothing}
      aria-labelledby="${event.id}-title"
    >
      <p part="date" class="date"><time datetime=${event.date}>${this.#dateText(event)}</time></p>
      <div
        part="title"
        class="title"
        role="heading"
        aria-level=${this.headingLevel + 1}
        id="${event.id}-title"
      >
        ${this.#language.text(event.title)}
      </div>
      ${
        event.actors?.length
          ? html`<ul class="chips">
              ${event.actors.map((id) => {
                const actor = actors.get(id);
                return actor
                  ? html`<li part="chip" class="chip small" ${cssVars(this.#actorStyle(actor))}>
                      <span class="swatch" aria-hidden="true"></span>${actor.label}
                    </li>`
                  : nothing;
              })}
            </ul>`
          : nothing
      }
      ${
        this.#task.value?.elements?.has(event.id)
          ? html`<div part="summary" class="summary"><slot name="event-${event.id}"></slot></div>`
          : html`<p part="summary" class="summary">${this.#language.text(event.summary)}</p>`
      }
      ${quote ? html`<blockquote class="quote">${quote}</blockquote>` : nothing}
      ${
        event.media
          ? html`<figure part="media" class="media">
              <img src=${event.media.src} alt=${event.media.alt} loading="lazy" decoding="async" />
              ${
                event.media.caption || event.media.credit
                  ? html`<figcaption>
                      ${event.media.caption ?? ''}
                      ${event.media.credit ? html`<span class="credit">${event.media.credit}</span>` : nothing}
                    </figcaption>`
                  : nothing
              }
            </figure>`
          : nothing
      }
      <footer class="card-footer">
        ${
          event.tags?.length
            ? html`<ul class="tags">
                ${event.tags.map((tag) => html`<li>${tag}</li>`)}
              </ul>`
            : nothing
        }
        <div class="sources">
          <span class="sources-label"
            >${event.sources.length > 1 ? this.#language.words.sources : this.#language.words.source}:</span
          >
          <ul part="sources">
            ${event.sources.map(
              (source) =>
                html`<li>
                  <cite>${this.#link(source.title, source.url)}</cite
                  >${source.section ? html`, “${source.section}”` : nothing}
                </li>`,
            )}
          </ul>
        </div>
      </footer>
    </article>`;
  }

  #dateText(event: ParsedEvent): string {
    return this.#language.date(event.start, event.finish);
  }

  #link(text: string, url?: string): TemplateResult {
    return url && isAbsoluteHttpUrl(url)
      ? html`<a href=${url} rel="noopener noreferrer" target="_blank">${text}</a>`
      : html`${text}`;
  }

  #actorStyle(actor: Actor): Record<string, string> {
    return actor.color ? { '--actor': actor.color } : {};
  }
}
