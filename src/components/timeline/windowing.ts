/**
 * Windowing: a long story keeps only the chunks of events near the reader in the DOM; the others
 * are placeholders of their height, holding the events' text as `hidden="until-found"`, so that
 * find-in-page still finds them. While the page prints, every event is in the DOM.
 */
import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { ParsedEvent } from '../../core/types.js';
import type { ReadingLine } from '../../internal/controllers/reading-line.js';
import type { ViewportSource } from '../../internal/controllers/viewport-source.js';
import { cssVars } from '../../internal/css-vars.js';
import { cancelIdle, whenIdle } from '../../internal/idle.js';
import { island } from '../../internal/island.js';

/**
 * Above this many events (two chunks) the cards are windowed. Rendering a 100-event story whole
 * took about 100 ms longer than its first chunk; every event stays reachable from the axis.
 */
export const WINDOW_FROM = 60;
/** Events a chunk holds, and how many chunks may be in the DOM at once. */
export const CHUNK = 30;
const MAX_CHUNKS = 4;
/** Placeholders this many chunks from a shown one are watched for the reader's approach. */
const NEAR_CHUNKS = 2;
/** Whether the browser says when a scroll has ended (all but Safari). */
const SCROLL_END = typeof window !== 'undefined' && 'onscrollend' in window;

export interface WindowingOptions {
  /** The events shown, and the index of the active one among them. */
  events: () => readonly ParsedEvent[];
  activeIndex: () => number;
  /** The text find-in-page looks for in a placeholder: an event's date, title and summary. */
  text: (event: ParsedEvent) => string;
  /** What the texts depend on besides the events: the language. */
  textKey: () => unknown;
  /** How many cards are at the reading line (none after a jump past the cards). */
  cardsAtLine: () => number;
  /** The scroll ended with no card at the reading line, and none to bring in there. */
  settle: () => void;
  readingLine: ReadingLine;
}

export interface WindowingHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class Windowing implements ReactiveController {
  readonly #host: WindowingHost;
  readonly #options: WindowingOptions;
  /** The chunks of events in the DOM; the others are placeholders. */
  chunks: ReadonlySet<number> = new Set([0]);
  /** True while the page prints. */
  printing = false;
  #heights = new Map<number, number>();
  #estimate?: number;
  #for?: readonly ParsedEvent[];
  #observer?: IntersectionObserver;
  /** The viewport watched, whose scroll ends are listened to (a frame's replaces the page's). */
  #source?: ViewportSource;
  #sizes?: ResizeObserver;
  #watched = new Set<Element>();
  #stopScrollEnd?: () => void;
  #scrollEndJob?: number;
  #textJob?: number;
  #texts?: { events: readonly ParsedEvent[]; key: unknown; byChunk: string[]; left: number };

  constructor(host: WindowingHost, options: WindowingOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.#handlePrint);
    window.addEventListener('afterprint', this.#handlePrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#handlePrint);
    window.removeEventListener('afterprint', this.#handlePrint);
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#sizes?.disconnect();
    this.#watched.clear();
    this.#stopScrollEnd?.();
    this.#stopScrollEnd = undefined;
    for (const job of [this.#textJob, this.#scrollEndJob]) if (job !== undefined) cancelIdle(job);
    this.#textJob = this.#scrollEndJob = undefined;
  }

  /** New events (a new story or filter): the window starts again at the active event. Call before rendering. */
  follow(events: readonly ParsedEvent[]): void {
    if (this.#for === events) return;
    this.#for = events;
    this.#heights.clear();
    this.#estimate = undefined;
    this.chunks = new Set([Math.floor(Math.max(0, this.#options.activeIndex()) / CHUNK)]);
  }

  /** True when the event at `index` is among the chunks in the DOM. */
  shows(index: number): boolean {
    return this.chunks.has(Math.floor(index / CHUNK));
  }

  /** Brings a chunk of events into the DOM, letting go of the one furthest from it beyond the limit. */
  show(index: number): void {
    if (this.chunks.has(index)) return;
    const active = Math.floor(Math.max(0, this.#options.activeIndex()) / CHUNK);
    const kept = [...this.chunks, index].sort((a, b) => Math.abs(a - index) - Math.abs(b - index));
    const chunks = new Set(kept.slice(0, MAX_CHUNKS));
    chunks.add(active);
    this.chunks = chunks;
    this.#host.requestUpdate();
  }

  /**
   * The events in chunks: a chunk in the DOM is `renderRun(its events, its first index)`, and
   * renders again only when `key` (what it shows: the active event among its cards, the language)
   * changes, so moving the active event costs two chunks, not the whole story.
   */
  render(
    events: readonly ParsedEvent[],
    key: (from: number, to: number) => unknown[],
    renderRun: (run: readonly ParsedEvent[], from: number) => TemplateResult,
  ): TemplateResult {
    const windowed = events.length > WINDOW_FROM && !this.printing;
    const count = Math.ceil(events.length / CHUNK);
    return html`${Array.from({ length: count }, (_, i) => {
      const from = i * CHUNK;
      const to = Math.min(from + CHUNK, events.length);
      if (!windowed || this.chunks.has(i)) {
        // Each chunk is an island: a pre-rendered page takes it over in a task of its own.
        return html`<div class="chunk" data-chunk=${i} data-island>
          ${island(key(from, to), () => renderRun(events.slice(from, to), from))}
        </div>`;
      }
      const height = this.#heights.get(i) ?? this.#estimate ?? CHUNK * 250;
      const texts = this.#texts;
      const text =
        texts?.events === events && texts.key === this.#options.textKey() ? texts.byChunk[i] : undefined;
      // Unchanged placeholders (nearly all of them) cost a comparison on each update.
      return guard(
        [height, text],
        () =>
          html`<div
            class="placeholder"
            data-chunk=${i}
            hidden="until-found"
            style=${cssVars({ '--h': `${height}px` })}
            @beforematch=${() => this.show(i)}
          >
            ${text ?? nothing}
          </div>`,
      );
    })}`;
  }

  /**
   * Watches the placeholders nearing the reader and the chunks' heights, after a render that may
   * have changed them. Placeholders are watched only next to the chunks shown: every frame costs
   * the browser a test per watched element, and scrolling reaches the others through these. A
   * jump past them (a dragged scrollbar) is caught when the scroll ends. Without `scrollend`
   * (Safari), all are watched.
   */
  watch(): void {
    const source = this.#options.readingLine.source;
    if (!this.#observer || this.#source !== source) {
      this.#observer?.disconnect();
      this.#sizes?.disconnect();
      this.#watched.clear();
      this.#stopScrollEnd?.();
      this.#stopScrollEnd = undefined;
      this.#source = source;
      this.#stopScrollEnd = source.onScrollEnd(this.#handleScrollEnd);
      // A placeholder nearing the viewport brings its chunk in.
      this.#observer = new IntersectionObserver(this.#handleIntersect, {
        root: source.root ?? document,
        rootMargin: '150% 0px',
      });
      this.#sizes ??= new ResizeObserver(this.#handleResize);
    }
    const near = (element: Element) => {
      const index = Number((element as HTMLElement).dataset.chunk);
      return !SCROLL_END || [...this.chunks].some((shown) => Math.abs(shown - index) <= NEAR_CHUNKS);
    };
    const current = new Set(
      [...this.#host.renderRoot.querySelectorAll('.placeholder, .chunk')].filter(
        (element) => !element.classList.contains('placeholder') || near(element),
      ),
    );
    for (const element of this.#watched) {
      if (current.has(element)) continue;
      this.#observer.unobserve(element);
      this.#sizes?.unobserve(element);
    }
    for (const element of current) {
      if (this.#watched.has(element)) continue;
      if (element.classList.contains('placeholder')) this.#observer.observe(element);
      else this.#sizes?.observe(element);
    }
    this.#watched = current;
  }

  /**
   * Makes the placeholders' texts in idle time, a few chunks at a time, after the first cards are
   * shown: find-in-page has them a moment after load, and nothing waits for them.
   */
  fillTexts(): void {
    const events = this.#options.events();
    const key = this.#options.textKey();
    if (events.length <= WINDOW_FROM || this.#textJob !== undefined) return;
    if (this.#texts?.events !== events || this.#texts.key !== key) {
      this.#texts = { events, key, byChunk: [], left: Math.ceil(events.length / CHUNK) };
    }
    if (this.#texts.left === 0) return;
    const texts = this.#texts;
    this.#textJob = whenIdle((timeLeft) => {
      this.#textJob = undefined;
      const count = Math.ceil(events.length / CHUNK);
      // At least one chunk a turn, so that a browser never idle still gets there.
      for (let i = 0, made = 0; this.#texts === texts && i < count && (made === 0 || timeLeft() > 4); i++) {
        if (texts.byChunk[i] !== undefined) continue;
        texts.byChunk[i] = events
          .slice(i * CHUNK, (i + 1) * CHUNK)
          .map(this.#options.text)
          .join(' ');
        texts.left -= 1;
        made += 1;
      }
      // The update that shows them asks again for whatever is still missing.
      this.#host.requestUpdate();
    });
  }

  #handleIntersect = (entries: IntersectionObserverEntry[]): void => {
    for (const entry of entries) {
      if (entry.isIntersecting) this.show(Number((entry.target as HTMLElement).dataset.chunk));
    }
  };

  #handleResize = (entries: ResizeObserverEntry[]): void => {
    for (const entry of entries) {
      const index = Number((entry.target as HTMLElement).dataset.chunk);
      const height = entry.borderBoxSize[0]?.blockSize ?? entry.contentRect.height;
      this.#heights.set(index, height);
      // The first chunk measured sets the height of the chunks not seen yet, once: a guess that
      // moved with every chunk measured would restyle every placeholder and shift the page.
      this.#estimate ??= height;
    }
  };

  /**
   * After a scroll: a placeholder at the reading line (reached by a jump) becomes its chunk. The
   * check reads the layout, so it waits for idle time, when the frame has laid the page out. With
   * a card at the line (the observer has told of the scroll's last frame by then), there was no
   * jump, and no check.
   */
  #handleScrollEnd = (): void => {
    this.#scrollEndJob ??= whenIdle(() => {
      this.#scrollEndJob = undefined;
      if (this.#options.cardsAtLine() === 0 && !this.#showJumpedTo()) this.#options.settle();
    });
  };

  /** Brings in the chunk whose placeholder is at the reading line; false when there is none. */
  #showJumpedTo(): boolean {
    const root = this.#host.renderRoot as ShadowRoot;
    const column = root.querySelector('.events');
    if (!column || !root.querySelector('.placeholder')) return false;
    const box = column.getBoundingClientRect();
    const hit = root.elementFromPoint(box.left + box.width / 2, this.#options.readingLine.line());
    const placeholder = hit?.closest<HTMLElement>('.placeholder');
    if (placeholder) this.show(Number(placeholder.dataset.chunk));
    return !!placeholder;
  }

  #handlePrint = (event: Event): void => {
    this.printing = event.type === 'beforeprint';
    this.#host.requestUpdate();
    // Print lays out right after this event: render every event now, not on the next microtask.
    (this.#host as unknown as { performUpdate(): void }).performUpdate();
  };
}
