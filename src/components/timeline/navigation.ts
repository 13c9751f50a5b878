/**
 * Navigation: which event is active, and going to one. It owns `goTo`, the reader's steps, the
 * initial position (a deep link, `start-at`, or the first event), the page's `#hash`, and the
 * jumps that scroll the timeline.
 *
 * The initial position goes through three phases:
 * - `unplaced`: the story has not been positioned yet (again, after new `data` or `src`);
 * - `preset`: nothing to go to, so the first event was made active before the first render (the
 *   reader sees it marked at once), but `story-active-change` has not been fired for it yet;
 * - `placed`: the first update with the story went to the deep link or `start-at`, or told of
 *   the first event.
 * Apart from the phase, a jump (the scroll of `goTo`) is under way while `#jump` is set: the cards
 * it passes on its way cross the reading line, and are ignored until two frames after it ends.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ParsedEvent } from '../../core/types.js';
import { emit, type ActiveChangeDetail } from '../../events.js';
import type { ReadingLine } from '../../internal/controllers/reading-line.js';
import { scrollBehavior } from '../../internal/motion.js';
import type { Windowing } from './windowing.js';
import { CHUNK } from './windowing.js';

export interface NavigationHost extends ReactiveControllerHost, HTMLElement {
  activeId: string;
  syncHash: boolean;
  startAt: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
}

export interface NavigationOptions {
  /** The events shown (after the filter), and the story's, in date order. */
  events: () => readonly ParsedEvent[];
  storyEvents: () => readonly ParsedEvent[];
  indexOf: (id: string) => number;
  /** True once the story and its language are ready to show. */
  ready: () => boolean;
  /** What the live region says of an event: its date and title. */
  describe: (event: ParsedEvent) => string;
  windowing: Windowing;
  readingLine: ReadingLine;
}

export interface GoToOptions {
  /** Moves focus to the card (`true`) or to its mark on the axis (`'mark'`). */
  focus?: boolean | 'mark';
  behavior?: ScrollBehavior;
}

/** A jump under way: what waits for its end (the scroll's end, or a timer). */
interface Jump {
  timer?: ReturnType<typeof setTimeout>;
  stop?: () => void;
}

/** Stops waiting for a jump's end: it stays under way until its release. */
function stopWaiting(jump: Jump | undefined): void {
  clearTimeout(jump?.timer);
  jump?.stop?.();
}

/** How far a card is from the reading line (px, in client coordinates): 0 when across it. */
function distanceFrom(line: number, card: HTMLElement): number {
  const { top, bottom } = card.getBoundingClientRect();
  return Math.max(top - line, line - bottom, 0);
}

export class Navigation implements ReactiveController {
  readonly #host: NavigationHost;
  readonly #options: NavigationOptions;
  #phase: 'unplaced' | 'preset' | 'placed' = 'unplaced';
  #jump?: Jump;
  /** What the live region says: the date and title of the event the reader moved to. */
  announcement = '';

  constructor(host: NavigationHost, options: NavigationOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.#handleHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.#handleHashChange);
    stopWaiting(this.#jump);
    this.#jump = undefined;
  }

  /** A new story: it will be positioned again. */
  reset(): void {
    this.#phase = 'unplaced';
  }

  /** Before a render: with nothing to go to, the first event is active from the first render. */
  preset(): void {
    const first = this.#options.events()[0];
    if (this.#phase !== 'unplaced' || !first || this.#shows(this.#host.activeId) || this.#initialTarget())
      return;
    this.#host.activeId = first.id;
    this.#phase = 'preset';
  }

  /**
   * Before a render: when the filter hides the active event, the shown event before it in time
   * (else the first shown) is active, where the reader was, and the hash no longer names it.
   */
  keepShown(): void {
    const id = this.#host.activeId;
    if (this.#phase !== 'placed' || !id || this.#shows(id)) return;
    const story = this.#options.storyEvents();
    const target =
      story
        .slice(0, story.findIndex((event) => event.id === id) + 1)
        .findLast((event) => this.#shows(event.id)) ?? this.#options.events()[0];
    if (target) this.activate(target.id, false);
  }

  hostUpdated(): void {
    if (this.#phase === 'placed' || !this.#options.ready()) return;
    const preset = this.#phase === 'preset';
    this.#phase = 'placed';
    const target = this.#initialTarget();
    const first = this.#options.events()[0];
    if (target) this.goTo(target, { behavior: 'instant' });
    else if (first && preset) this.#tell(0, first);
    else if (first && !this.#shows(this.#host.activeId)) this.activate(first.id, false);
  }

  /** True while a jump is under way: the crossings it causes are not the reader's. */
  get jumping(): boolean {
    return this.#jump !== undefined;
  }

  /** Makes an event active: marker, `aria-current`, hash and the `story-active-change` event. */
  activate(id: string, announce = true): void {
    if (id === this.#host.activeId) return;
    const index = this.#options.indexOf(id);
    const event = this.#options.events()[index];
    if (!event) return;
    this.#host.activeId = id;
    if (announce) this.announcement = this.#options.describe(event);
    this.#tell(index, event);
  }

  /** Scrolls to an event and makes it active. Returns false when no shown event has that id. */
  goTo(id: string, options: GoToOptions = {}): boolean {
    const root = this.#host.renderRoot;
    const card = root.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`);
    if (!card) {
      // Windowed out: bring its chunk in, then go.
      const index = this.#options.indexOf(id);
      const { windowing } = this.#options;
      if (index < 0 || windowing.shows(index)) return false;
      windowing.show(Math.floor(index / CHUNK));
      void this.#host.updateComplete.then(() => this.goTo(id, options));
      return true;
    }
    this.#scrollTo(card, options.behavior ?? scrollBehavior());
    this.activate(id);
    if (options.focus === 'mark') {
      root.querySelector<HTMLElement>(`a[data-goto="${CSS.escape(id)}"]`)?.focus({ preventScroll: true });
    } else if (options.focus) {
      card.querySelector<HTMLElement>('article')?.focus({ preventScroll: true });
    }
    return true;
  }

  /** Goes `delta` events on from the active one. Returns false when there is none there. */
  step(delta: number, focus: boolean | 'mark' = false): boolean {
    const events = this.#options.events();
    const index = this.#options.indexOf(this.#host.activeId);
    const target = events[Math.min(Math.max((index < 0 ? 0 : index) + delta, 0), events.length - 1)];
    if (!target || (index >= 0 && target.id === this.#host.activeId)) return false;
    return this.goTo(target.id, { focus });
  }

  /** A card crossed the reading line: the reader moved to it, unless a jump is passing it. */
  crossed(id: string): void {
    if (!this.jumping) this.activate(id);
  }

  /**
   * The scroll ended with the reading line between two cards, where no crossing is reported after
   * a jump, nor in a gap wider than the last step: the active event is the card nearest the line.
   */
  settle(): void {
    const line = this.#options.readingLine.line();
    let nearest: HTMLElement | undefined;
    let least = Infinity;
    // The cards shown are those the reading line watches, in the order they are drawn.
    for (const card of this.#options.readingLine.watched as ReadonlySet<HTMLElement>) {
      const distance = distanceFrom(line, card);
      if (distance < least) [nearest, least] = [card, distance];
    }
    if (nearest && !this.jumping) this.activate(nearest.dataset.eventId ?? '');
  }

  #tell(index: number, event: ParsedEvent): void {
    if (this.#host.syncHash && location.hash !== `#${event.id}`) {
      history.replaceState(history.state, '', `#${event.id}`);
    }
    emit<ActiveChangeDetail>(this.#host, 'story-active-change', { id: event.id, index, event });
  }

  /** Puts a card at the reading line, and ignores the cards the scroll passes on its way. */
  #scrollTo(card: HTMLElement, behavior: ScrollBehavior): void {
    const { readingLine } = this.#options;
    const rect = card.getBoundingClientRect();
    stopWaiting(this.#jump);
    const jump: Jump = {};
    this.#jump = jump;
    // Released two frames after the scroll ends, so that the crossings it queued on its way are
    // delivered (and ignored) before the reader's own scrolling counts again.
    const release = () => {
      stopWaiting(jump);
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          if (this.#jump === jump) this.#jump = undefined;
        }),
      );
    };
    if (behavior === 'smooth') {
      // A scroll this jump cut short ends too: only a scroll that ends with the card at the line
      // is the jump's own. The timer releases a card the page cannot bring to the line.
      jump.stop = readingLine.source.onScrollEnd(() => {
        if (distanceFrom(readingLine.line(), card) <= 1) release();
      });
      jump.timer = setTimeout(release, 1500);
    } else {
      jump.timer = setTimeout(release, 100);
    }
    readingLine.scrollToLine(rect.top + Math.min(rect.height / 2, readingLine.height() * 0.25), behavior);
  }

  #shows(id: string): boolean {
    return this.#options.indexOf(id) >= 0;
  }

  /** The event a deep link or `start-at` names, when it is shown. */
  #initialTarget(): string | undefined {
    // Read before the first render too, where a server renders it there is no location.
    const fromHash = typeof location === 'undefined' ? '' : decodeURIComponent(location.hash.slice(1));
    return [fromHash, this.#host.startAt].find((id) => this.#shows(id));
  }

  #handleHashChange = (): void => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (id && id !== this.#host.activeId) this.goTo(id);
  };
}
