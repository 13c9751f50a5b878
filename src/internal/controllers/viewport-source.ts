/**
 * Where the reader is: the one question the reading line asks of the page. A `ViewportSource`
 * answers it; the default one reads this document's viewport, or the element's scrolling
 * container. A page that shows a story in an auto-height iframe (the iframe never scrolls; its
 * host page does) gives the reading line a source fed by the host instead.
 */
import { findScrollRoot } from '../scroll-root.js';

/** A stretch of the document the reader sees: its top in document coordinates, and its height (px). */
export interface Band {
  top: number;
  height: number;
}

export interface ViewportSource {
  /**
   * What the reading line's IntersectionObserver watches in: the scrolling element, or null for
   * this document's viewport (the observer is then given `document`, so that inside an iframe the
   * line is in the iframe, not in the top page).
   */
  readonly root: Element | null;
  /** The band the reader sees, in the root's document coordinates (its scrolled content). */
  band(): Band;
  /** How far the root is scrolled (px): subtracted from the band to place it in the root's box. */
  scrollTop(): number;
  /** The top of the root's box in client coordinates (0 for the viewport). */
  clientTop(): number;
  /** Calls back when the band moves by other means than the root's own scrolling, or resizes. */
  onChange(listener: () => void): () => void;
  /** Calls back on each scroll (passively), while subscribed. */
  onScroll(listener: () => void): () => void;
  /** Calls back when a scroll has ended. */
  onScrollEnd(listener: () => void, options?: { once?: boolean }): () => void;
  /** Scrolls the reader by `top` pixels. */
  scrollBy(top: number, behavior: ScrollBehavior): void;
  /** Stops any watching it does. */
  disconnect(): void;
}

/** The default source: this document's viewport, or the nearest scrolling ancestor of `element`. */
export class ScrollRootSource implements ViewportSource {
  readonly root: Element | null;
  #resize?: ResizeObserver;
  #listeners = new Set<() => void>();
  #listening = false;

  constructor(element: Element) {
    this.root = findScrollRoot(element);
  }

  band(): Band {
    const root = this.root;
    if (root) return { top: root.scrollTop, height: root.clientHeight };
    return { top: window.scrollY, height: document.documentElement.clientHeight };
  }

  scrollTop(): number {
    return this.root ? this.root.scrollTop : window.scrollY;
  }

  clientTop(): number {
    const root = this.root;
    return root ? root.getBoundingClientRect().top + root.clientTop : 0;
  }

  onChange(listener: () => void): () => void {
    if (this.#listeners.size === 0 && !this.#listening) {
      this.#listening = true;
      window.addEventListener('resize', this.#changed);
      window.visualViewport?.addEventListener('resize', this.#changed);
      if (this.root) {
        this.#resize = new ResizeObserver(this.#changed);
        this.#resize.observe(this.root);
      }
    }
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
      if (this.#listeners.size === 0) this.disconnect();
    };
  }

  onScroll(listener: () => void): () => void {
    const target = this.root ?? window;
    target.addEventListener('scroll', listener, { passive: true });
    return () => target.removeEventListener('scroll', listener);
  }

  onScrollEnd(listener: () => void, options: { once?: boolean } = {}): () => void {
    const target = this.root ?? window;
    target.addEventListener('scrollend', listener, options);
    return () => target.removeEventListener('scrollend', listener);
  }

  scrollBy(top: number, behavior: ScrollBehavior): void {
    (this.root ?? window).scrollBy({ top, behavior });
  }

  disconnect(): void {
    if (!this.#listening) return;
    this.#listening = false;
    window.removeEventListener('resize', this.#changed);
    window.visualViewport?.removeEventListener('resize', this.#changed);
    this.#resize?.disconnect();
    this.#resize = undefined;
    this.#listeners.clear();
  }

  #changed = (): void => {
    for (const listener of this.#listeners) listener();
  };
}
