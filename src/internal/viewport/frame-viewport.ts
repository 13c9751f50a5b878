/**
 * Where the reader is, for a document inside an iframe (the embed page, or any page framed by a
 * host): from the first source available.
 *
 * 1. The host tells: `storyline:viewport` from `embed-host.js`, or pym.js's `viewport-iframe-position`
 *    (a parent made with `trackscroll: true`). Exact, one frame late.
 * 2. Else it is worked out from IntersectionObserver with the implicit root, which across origins
 *    reports what of a target is visible in the top-level viewport (its `rootMargin` is ignored
 *    there, so nothing here relies on one). The frame's viewport is covered by strips, each watched
 *    at many thresholds, so a viewport edge crossing a strip is seen within a few pixels.
 * 3. Else (nothing known yet) the frame's own viewport.
 *
 * When the frame scrolls itself (a fixed or capped height, as WordPress makes them), the reader's
 * viewport is the part of the frame's own viewport that the host shows.
 *
 * Loaded only inside an iframe (a dynamic import), so a page pays nothing for it.
 */
import {
  parseHostViewport,
  parseStorylineMessage,
  type HostViewport,
  type StorylineMessage,
} from '../../embed/messages.js';
import { bandFromHost, bandFromVisible, overlap, scrollsItself, unionOf, type Band } from './band.js';

/** Strips covering the document, and the thresholds each is watched at: about H / 3200 px apart. */
const STRIPS = 32;
const THRESHOLDS = Array.from({ length: 101 }, (_, i) => i / 100);

/** How long the host's viewport stays put before its scroll counts as ended (pym.js tells every 100 ms). */
const SETTLED_MS = 150;

/** A host's word older than this, when the estimate has moved since, no longer counts. */
const STALE_MS = 250;

/** Calls the listeners at most once a frame, however many changes came in it. */
class Notifier {
  #listeners = new Set<() => void>();
  #frame = 0;

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  get size(): number {
    return this.#listeners.size;
  }

  notify = (): void => {
    this.#frame ||= requestAnimationFrame(() => {
      this.#frame = 0;
      for (const listener of this.#listeners) listener();
    });
  };

  stop(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }
}

/**
 * The host's messages, from the parent window only: `storyline:viewport`, and pym.js's when the
 * page was loaded with pym's `childId`. Asks a pym.js parent for its position once at the start.
 */
export class HostMessages {
  /** The host's viewport as last told, or undefined before any message. */
  last?: HostViewport;
  /** When it was told (`performance.now()`). */
  at = -Infinity;
  /** When the host last asked for an event (`storyline:goto`: a deep link in the host page). */
  asked = -Infinity;
  readonly #notifier = new Notifier();

  constructor(readonly pymId = new URLSearchParams(location.search).get('childId') ?? '') {}

  subscribe(listener: () => void): () => void {
    if (this.#notifier.size === 0) {
      addEventListener('message', this.#handleMessage);
      // pym.js parents answer this with a `viewport-iframe-position`, even without trackscroll.
      if (this.pymId) parent.postMessage(['pym', this.pymId, 'parentPositionInfo', ''].join('xPYMx'), '*');
    }
    const stop = this.#notifier.subscribe(listener);
    return () => {
      stop();
      if (this.#notifier.size > 0) return;
      removeEventListener('message', this.#handleMessage);
      this.#notifier.stop();
    };
  }

  #handleMessage = (event: MessageEvent): void => {
    if (event.source !== parent || parent === window) return;
    if (parseStorylineMessage(event.data)?.type === 'storyline:goto') this.asked = performance.now();
    const viewport = parseHostViewport(event.data, this.pymId);
    if (!viewport) return;
    this.last = viewport;
    this.at = performance.now();
    this.#notifier.notify();
  };
}

/**
 * The reader's viewport estimated from what of this frame's viewport is visible in the top-level
 * viewport, in the frame's viewport coordinates. Exact when the reader's viewport cuts the frame
 * at both edges; with one edge in view, its height is the last one measured exactly, or the
 * window's outer height at first.
 */
export class VisibleEstimate {
  #observer?: IntersectionObserver;
  #strips?: HTMLElement;
  #visible = new Map<Element, { top: number; bottom: number }>();
  #known?: number;
  #band?: Band;
  /** When the estimate last changed (`performance.now()`). */
  at = -Infinity;
  readonly #notifier = new Notifier();

  /** The estimate, or undefined before the first report or while nothing is visible. */
  get band(): Band | undefined {
    return this.#band;
  }

  subscribe(listener: () => void): () => void {
    if (this.#notifier.size === 0) this.#start();
    const stop = this.#notifier.subscribe(listener);
    return () => {
      stop();
      if (this.#notifier.size === 0) this.#stop();
    };
  }

  #start(): void {
    // Fixed, in percentages: the strips cover the frame's viewport whatever its height (in a frame
    // sized to its content, the whole document) and follow it with no script.
    const strips = document.createElement('div');
    strips.setAttribute('aria-hidden', 'true');
    strips.style.cssText =
      'position:fixed;top:0;left:0;width:1px;height:100%;pointer-events:none;visibility:hidden;contain:strict';
    for (let i = 0; i < STRIPS; i++) {
      const strip = document.createElement('div');
      strip.style.cssText = `position:absolute;left:0;width:1px;top:${(i * 100) / STRIPS}%;height:${100 / STRIPS}%`;
      strips.append(strip);
    }
    document.documentElement.append(strips);
    this.#strips = strips;
    this.#observer = new IntersectionObserver(this.#handleIntersect, { threshold: THRESHOLDS });
    for (const strip of strips.children) this.#observer.observe(strip);
  }

  #stop(): void {
    this.#observer?.disconnect();
    this.#strips?.remove();
    this.#visible.clear();
    this.#notifier.stop();
  }

  #handleIntersect = (entries: IntersectionObserverEntry[]): void => {
    for (const entry of entries) {
      const { top, bottom } = entry.intersectionRect;
      if (entry.isIntersecting && bottom > top) this.#visible.set(entry.target, { top, bottom });
      else this.#visible.delete(entry.target);
    }
    // The visible stretch is in the frame's viewport coordinates, within its viewport: an edge
    // short of the viewport's is an edge of the reader's.
    const height = document.documentElement.clientHeight;
    const visible = unionOf(this.#visible.values());
    if (visible && visible.top > 0.5 && visible.bottom < height - 0.5)
      this.#known = visible.bottom - visible.top;
    this.#band = bandFromVisible(visible, height, this.#known, Math.max(outerHeight || 0, 320)) ?? undefined;
    this.at = performance.now();
    this.#notifier.notify();
  };
}

/**
 * The reader's viewport for a framed document: the host's as told, else the visible-part estimate,
 * else (nothing known yet) the frame's own viewport; while the frame scrolls itself, only the
 * part of its own viewport the reader sees. Shaped as the reading line's `ViewportSource`: the
 * root is the frame's document, and scrolling the reader means asking the host when the frame
 * does not scroll.
 */
export class FrameViewport {
  readonly root = null;
  readonly host = new HostMessages();
  readonly estimate = new VisibleEstimate();
  readonly #notifier = new Notifier();
  #stops: (() => void)[] = [];
  #resize?: ResizeObserver;
  #placed = false;

  band(): Band {
    const root = document.documentElement;
    const own = { top: scrollY, height: root.clientHeight };
    // A host that told once and fell silent while the frame moved (pym.js answers a question
    // without `trackscroll`, then says nothing on scroll) is out of date: the estimate is not.
    const told = this.host.last && this.host.at >= this.estimate.at - STALE_MS;
    const seen = told && this.host.last ? bandFromHost(this.host.last) : this.estimate.band;
    if (!seen) return own;
    // In the frame's viewport coordinates until here; the document's are scrolled by scrollY.
    const reader = { top: seen.top + scrollY, height: seen.height };
    if (!this.scrollsItself()) return reader;
    return overlap(own, reader) ?? own;
  }

  scrollsItself(): boolean {
    const root = document.documentElement;
    return scrollsItself(root.scrollHeight, root.clientHeight);
  }

  scrollTop(): number {
    return scrollY;
  }

  clientTop(): number {
    return 0;
  }

  /** Calls back (at most once a frame) when the host's viewport moved, or this frame resized or scrolled. */
  onChange(listener: () => void): () => void {
    if (this.#notifier.size === 0) {
      const notify = this.#notifier.notify;
      this.#stops = [this.host.subscribe(notify), this.estimate.subscribe(notify)];
      addEventListener('scroll', notify, { passive: true });
      addEventListener('resize', notify, { passive: true });
      this.#resize = new ResizeObserver(notify);
      this.#resize.observe(document.documentElement);
    }
    const stop = this.#notifier.subscribe(listener);
    return () => {
      stop();
      if (this.#notifier.size === 0) this.disconnect();
    };
  }

  onScroll(listener: () => void): () => void {
    addEventListener('scroll', listener, { passive: true });
    return () => removeEventListener('scroll', listener);
  }

  /**
   * Calls back when a scroll has ended: this frame's own, or the host's (no message nor strip
   * report for a moment), which a frame sized to its content is never told of otherwise.
   */
  onScrollEnd(listener: () => void, options: { once?: boolean } = {}): () => void {
    let timer = 0;
    const ended = () => {
      if (options.once) stop();
      listener();
    };
    const settle = () => {
      clearTimeout(timer);
      timer = window.setTimeout(ended, SETTLED_MS);
    };
    addEventListener('scrollend', ended, options);
    const stopHost = this.host.subscribe(settle);
    const stopEstimate = this.estimate.subscribe(settle);
    const stop = () => {
      clearTimeout(timer);
      removeEventListener('scrollend', ended);
      stopHost();
      stopEstimate();
    };
    return stop;
  }

  /**
   * Scrolls the reader by `top` pixels: the frame itself when it scrolls, else the host, asked in
   * Storyline's words and pym.js's (`scrollToChildPos`), to bring the frame's point at the new
   * band's top to the top of its viewport. A host that understands neither does not move.
   */
  scrollBy(top: number, behavior: ScrollBehavior): void {
    if (this.scrollsItself() || parent === window) {
      window.scrollBy({ top, behavior });
      return;
    }
    // The timeline's first placement (its `start-at`) moves the frame's content, never the
    // article around it, unless the host asked for the event (a deep link in the host page). A
    // first scroll the reader asked for (a key, a click: the frame's user activation) moves it,
    // instant as it is with reduced motion.
    const first = !this.#placed;
    this.#placed = true;
    const placing = first && behavior === 'instant' && !navigator.userActivation?.isActive;
    if (placing && performance.now() - this.host.asked > 2000) return;
    const to = Math.round(this.band().top + top);
    const smooth = behavior === 'smooth' ? 'smooth' : 'auto';
    parent.postMessage(
      { type: 'storyline:scroll', top: to, behavior: smooth } satisfies StorylineMessage,
      '*',
    );
    if (this.host.pymId)
      parent.postMessage(['pym', this.host.pymId, 'scrollToChildPos', String(to)].join('xPYMx'), '*');
  }

  disconnect(): void {
    for (const stop of this.#stops) stop();
    this.#stops = [];
    removeEventListener('scroll', this.#notifier.notify);
    removeEventListener('resize', this.#notifier.notify);
    this.#resize?.disconnect();
    this.#notifier.stop();
  }
}

/** True in a document shown in a frame (of any origin). */
export function isFramed(): boolean {
  return window.parent !== window;
}
