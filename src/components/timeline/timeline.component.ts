import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { ParsedEvent, ParsedStory } from '../../core/types.js';
import { ContainerWidth } from '../../internal/controllers/container-width.js';
import { followInFrame } from '../../internal/controllers/frame-follow.js';
import { ReadingLine } from '../../internal/controllers/reading-line.js';
import { StorySource, type Loaded } from '../../internal/controllers/story-source.js';
import { errorBox, failureText } from '../../internal/error-box.js';
import { hydrateWhenIdle } from '../../internal/hydration.js';
import { Language } from '../../internal/language.js';
import { rememberLast } from '../../internal/memo.js';
import { theme as themeStyles } from '../../internal/theme.styles.js';
import { dateText } from '../shared/event-card.js';
import { StoryElement } from '../shared/story-element.js';
import { ActorFilter } from './actor-filter.js';
import { TimelineAxis } from './axis.js';
import { storyHeader, TimelineCards } from './cards.js';
import { KeyboardController } from './keyboard.js';
import { Navigation, type GoToOptions } from './navigation.js';
import { styles } from './timeline.styles.js';
import { Windowing } from './windowing.js';

/**
 * A scroll-driven timeline of a story's dated events: year headings, event cards, era bands and
 * a sticky time axis whose marker follows the event at the reading line.
 *
 * @summary Turns a story (JSON) into a timeline that follows the reader as they scroll.
 *
 * @slot - An optional `<script type="application/json">` (or `text/csv`) holding the story, or `<story-event>` and `<story-era>` elements.
 * @slot event-<id> - The content of the `<story-event>` of that id, shown as its card's summary (assigned by the timeline).
 *
 * @event {CustomEvent<ActiveChangeDetail>} story-active-change - The event at the reading line changed. Bubbles, composed.
 * @event {CustomEvent<StoryErrorDetail>} story-error - The story could not be loaded, or has invalid parts. Bubbles, composed.
 *
 * @csspart base - The region that holds everything.
 * @csspart header - The story's title, description and source (with `show-header`).
 * @csspart credit - The story's source, in the header.
 * @csspart filters - The bar of actor filter chips.
 * @csspart chip - One actor chip, in the filter bar or on a card.
 * @csspart axis - The sticky time axis.
 * @csspart axis-mark - One event's mark on the axis (also named `mark`, as on the scrolly).
 * @csspart mark - The same as `axis-mark`.
 * @csspart marker - The axis marker for where the reader is.
 * @csspart tick - A tick label on the axis.
 * @csspart era - An era: its band on the axis and its label among the events.
 * @csspart year - A year heading.
 * @csspart event - An event card (also named `card`, as on the scrolly).
 * @csspart card - The same as `event`.
 * @csspart date - The date on a card.
 * @csspart title - The title of a card.
 * @csspart summary - The summary of a card.
 * @csspart sources - The list of sources on a card.
 * @csspart media - The figure holding an event's image.
 * @csspart error - The error message.
 *
 * @cssproperty [--story-font=inherit] - Font of the text.
 * @cssproperty [--story-font-size=1rem] - Size of the text; the rest scales with it.
 * @cssproperty [--story-heading-font=Georgia, serif] - Font of years and titles.
 * @cssproperty --story-fg - Text colour.
 * @cssproperty --story-muted - Secondary text colour.
 * @cssproperty [--story-bg=light-dark(transparent, Canvas)] - Background of the timeline: none when light, the browser's dark page colour when dark.
 * @cssproperty --story-card-bg - Background of a card.
 * @cssproperty --story-border - Colour of rules and borders.
 * @cssproperty --story-accent - Colour of the active event, the marker and links.
 * @cssproperty --story-focus - Colour of the focus ring.
 * @cssproperty --story-era-bg - Background of era labels.
 * @cssproperty [--story-sticky-top=0px] - Distance from the top of the viewport at which the axis sticks (for fixed site headers).
 * @cssproperty [--story-viewport-height=100dvh] - Height of the reader's viewport, which the vertical axis fills.
 * @cssproperty [--story-axis-width=9rem] - Width of the axis on wide layouts.
 */
export class StoryTimeline extends StoryElement {
  static override styles = [themeStyles, styles];

  static override properties = {
    syncHash: { attribute: 'sync-hash', type: Boolean },
    startAt: { attribute: 'start-at' },
    actors: {},
    filters: { type: Boolean },
    showHeader: { attribute: 'show-header', type: Boolean },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** Keeps the page's `#hash` on the active event (with `history.replaceState`, so no history entries). */
  declare syncHash: boolean;

  /** The id of the event to start at. A `#hash` naming an event wins over it. */
  declare startAt: string;

  /** Actor ids, space- or comma-separated: only events involving one of them are shown. */
  declare actors: string;

  /** Shows a bar of actor chips, with counts, that lets the reader filter the events. */
  declare filters: boolean;

  /** Shows the story's title, description and source above the timeline. */
  declare showHeader: boolean;

  /** The level of the year headings; event titles are one level below. */
  declare headingLevel: number;

  constructor() {
    super();
    // In an iframe: the reading line follows the host page's viewport, and the axis stays in view.
    followInFrame(this, this.#readingLine, '.axis');
    hydrateWhenIdle(this, () => this.#prepare());
    this.syncHash = false;
    this.startAt = '';
    this.actors = '';
    this.filters = false;
    this.showHeader = false;
    this.headingLevel = 2;
  }

  // ---- controllers ---------------------------------------------------------------------------

  #source = new StorySource(this);
  /** Words, dates, story text and direction, in the reader's language. */
  #language = new Language(this, () => this.#source.story?.language);
  #width = new ContainerWidth(this);
  #filter = new ActorFilter(this);
  /** The cards at the reading line, as the observer last said; none after a jump past the cards. */
  #atLine = new Set<Element>();
  #readingLine = new ReadingLine(this, { onCross: (entries) => this.#handleCross(entries) });
  #windowing = new Windowing(this, {
    events: () => this.visibleEvents,
    activeIndex: () => this.#indexOf(this.activeId),
    text: (e) =>
      `${dateText(this.#language, e)} ${this.#language.text(e.title)}. ${this.#language.text(e.summary)}`,
    textKey: () => this.#language.data,
    cardsAtLine: () => this.#atLine.size,
    settle: () => this.#navigation.settle(),
    readingLine: this.#readingLine,
  });
  #navigation = new Navigation(this, {
    events: () => this.visibleEvents,
    storyEvents: () => this.#source.events,
    indexOf: (id) => this.#indexOf(id),
    ready: () => this.#source.complete && !!this.story && this.#language.ready,
    describe: (event) => `${dateText(this.#language, event)}: ${this.#language.text(event.title)}`,
    windowing: this.#windowing,
    readingLine: this.#readingLine,
  });
  // Never read: it listens to keydown on the element, added and removed with it.
  // eslint-disable-next-line no-unused-private-class-members
  #keyboard = new KeyboardController(this, {
    count: () => this.visibleEvents.length,
    activeIndex: () => this.#indexOf(this.activeId),
    isRtl: () => this.#language.dir === 'rtl',
    goTo: (index, focus) => this.goTo(this.visibleEvents[index]?.id ?? '', { focus }),
  });
  #axis = new TimelineAxis();
  #cards = new TimelineCards();

  /** Ahead of hydration, what its first update computes before it renders. */
  #prepare(): void {
    const story = this.#source.prepare();
    if (story) this.#axis.scaleFor(this.visibleEvents, story.eras, this.#width.narrow);
  }

  // ---- lifecycle -----------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page after a removal: watch the cards again.
    this.#watchedFor = [];
    if (this.hasUpdated) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') || changed.has('src')) this.#navigation.reset();
    this.#navigation.preset();
    this.#navigation.keepShown();
    this.#windowing.follow(this.visibleEvents);
  }

  protected override updated(): void {
    if (!this.#source.complete || !this.#source.value || !this.#language.ready) return;
    this.#watch();
    this.#windowing.fillTexts();
  }

  /** What the DOM was rendered from when the observers last looked at it. */
  #watchedFor: unknown[] = [];

  /** Looks at the cards again only when they may have changed, never on a move of the active event. */
  #watch(): void {
    const renderedFrom = [
      this.#source.value,
      this.visibleEvents,
      this.#windowing.chunks,
      this.#windowing.printing,
      this.#language.data,
    ];
    if (renderedFrom.every((value, i) => value === this.#watchedFor[i])) return;
    this.#watchedFor = renderedFrom;
    const cards = [...this.renderRoot.querySelectorAll('[data-event-id]')];
    for (const card of this.#atLine) if (!cards.includes(card)) this.#atLine.delete(card);
    this.#readingLine.watch(cards);
    this.#windowing.watch();
  }

  #handleCross(entries: IntersectionObserverEntry[]): void {
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
    const id = (last?.target as HTMLElement | undefined)?.dataset.eventId;
    if (id) this.#navigation.crossed(id);
  }

  /** Where an event is among those shown, or -1: a lookup, as the reader moves through thousands. */
  #indexOf(id: string): number {
    return this.#positions(this.visibleEvents).get(id) ?? -1;
  }

  #positions = rememberLast(
    (events: readonly ParsedEvent[]) => new Map(events.map((event, i) => [event.id, i])),
  );

  // ---- public API ----------------------------------------------------------------------------

  /** The story after validation, or null while loading or when it could not be loaded. */
  get story(): ParsedStory | null {
    return this.#source.story;
  }

  /** The events shown, in date order, after the actor filter. */
  get visibleEvents(): readonly ParsedEvent[] {
    return this.#filter.apply(this.#source.events);
  }

  /** Scrolls to an event and makes it active. Returns false when no shown event has that id. */
  goTo(id: string, options: GoToOptions = {}): boolean {
    return this.#navigation.goTo(id, options);
  }

  /** Goes to the next event. Returns false at the last. */
  next(): boolean {
    return this.#navigation.step(1);
  }

  /** Goes to the previous event. Returns false at the first. */
  previous(): boolean {
    return this.#navigation.step(-1);
  }

  // ---- rendering -----------------------------------------------------------------------------

  override render(): unknown {
    // Until the language is known, dates and words would flash in English: wait for both.
    const language = this.#language;
    const loading = () =>
      this.#renderShell(html`<p class="status" role="status">${language.words.loading}</p>`, true);
    return this.#source.render({
      initial: () => this.#renderShell(nothing, true),
      pending: () =>
        this.#source.value && language.ready ? this.#renderStory(this.#source.value) : loading(),
      complete: (loaded) => (language.ready ? this.#renderStory(loaded) : loading()),
      error: (error) => this.#renderShell(errorBox(language.words, failureText(language.words, error), [])),
    });
  }

  /** The frame around a message; while the story is `coming`, a viewport high (see `.coming`). */
  #renderShell(content: unknown, coming = false): TemplateResult {
    return html`<div part="base" class="base ${coming ? 'coming' : ''}"><slot hidden></slot>${content}</div>`;
  }

  #renderStory(loaded: Loaded): TemplateResult {
    const { story, errors } = loaded;
    const language = this.#language;
    const { words } = language;
    // No story and nothing wrong: none given yet (declared events not yet upgraded, say). The
    // space is kept rather than a problem shown for a moment.
    if (!story)
      return this.#renderShell(
        errors.length ? errorBox(words, words.errorTitle, errors) : nothing,
        !errors.length,
      );
    const events = this.visibleEvents;
    const active = events[this.#indexOf(this.activeId)];
    const view = {
      story,
      events,
      activeId: this.activeId,
      headingLevel: this.headingLevel,
      language,
      slotted: loaded.elements,
    };
    return html`
      <section
        part="base"
        class="base"
        aria-label=${language.text(story.title) || words.timeline}
        dir=${language.dir}
        lang=${language.code}
      >
        <slot hidden></slot>
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
          ${this.#navigation.announcement}
        </div>
        ${this.showHeader ? storyHeader(story, language, this.headingLevel) : nothing}
        ${errors.length ? errorBox(words, words.errorTitle, errors, story.events.length) : nothing}
        ${this.filters && story.actors.length ? this.#filter.render(story, language) : nothing}
        <div class="layout">
          ${this.#axis.render({
            events,
            eras: story.eras,
            activeId: this.activeId,
            active,
            narrow: this.#width.narrow,
            language,
            goTo: (id, focus) => this.goTo(id, { focus }),
          })}
          <div class="events">
            ${
              events.length === 0
                ? html`<p class="status">
                    ${this.#filter.selected.size ? words.noEventsForFilter : words.noEvents}
                  </p>`
                : this.#windowing.render(
                    events,
                    (from, to) => {
                      const index = this.#indexOf(this.activeId);
                      const activeHere = index >= from && index < to ? this.activeId : '';
                      return [
                        events,
                        from,
                        activeHere,
                        loaded,
                        language.data,
                        this.messages,
                        this.headingLevel,
                      ];
                    },
                    (run, from) => this.#cards.renderRun(run, from, view),
                  )
            }
          </div>
        </div>
      </section>
    `;
  }
}
