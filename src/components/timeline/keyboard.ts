/**
 * Keyboard: the arrow keys (and `j`/`k`) step from event to event, Home and End go to the first
 * and the last. On the axis, focus moves from mark to mark; elsewhere from card to card. Set up,
 * like Material Web's list controller, by callbacks: what the items are, which is active, the
 * direction, and how to go to one.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type Focus = true | 'mark';

export interface KeyboardOptions {
  /** The number of items, and the index of the active one (-1 for none). */
  count: () => number;
  activeIndex: () => number;
  /** True when the story is laid out right to left. */
  isRtl: () => boolean;
  /** Goes to the item at `index`, moving focus to it. */
  goTo: (index: number, focus: Focus) => void;
}

/** Fields and the filter bar keep their own keys. */
const OWN_KEYS = 'input, textarea, select, [contenteditable], [part~="filters"]';

export class KeyboardController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: KeyboardOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: KeyboardOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.addEventListener('keydown', this.#handleKeydown);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('keydown', this.#handleKeydown);
  }

  #handleKeydown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const origin = event.composedPath()[0] as HTMLElement | undefined;
    if (origin?.closest?.(OWN_KEYS)) return;
    const target = this.#target(event.key);
    if (target === undefined) return;
    event.preventDefault();
    const { count, activeIndex, goTo } = this.#options;
    const last = count() - 1;
    if (last < 0) return;
    const active = activeIndex();
    const index = Math.min(Math.max(target(active, last), 0), last);
    // A step past either end goes nowhere; Home and End go even to the active event.
    if (index === active && !/^(Home|End)$/.test(event.key)) return;
    goTo(index, origin?.closest?.('[part~="axis"]') ? 'mark' : true);
  };

  /** Where a key goes, from the active index; undefined for a key that is not ours. */
  #target(key: string): ((active: number, last: number) => number) | undefined {
    // The one place the arrows swap: in a right-to-left story, left goes forward.
    const rtl = this.#options.isRtl();
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
    if (key === 'ArrowDown' || key === forward || key === 'j') return (active) => Math.max(active, 0) + 1;
    if (key === 'ArrowUp' || key === backward || key === 'k') return (active) => Math.max(active, 0) - 1;
    if (key === 'Home') return () => 0;
    if (key === 'End') return (_, last) => last;
    return undefined;
  }
}
