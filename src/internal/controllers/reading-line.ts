/**
 * The reading line: a zero-height band `offset` down the reader's viewport (a share such as 0.4,
 * or pixels such as `120px`) at which a card or a step becomes active. One IntersectionObserver
 * watches the elements the host names crossing it. Where the reader's viewport is comes from a
 * `ViewportSource` (by default this document's viewport or the element's scrolling container),
 * which `setSource` replaces.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { lineIn, parseOffset, rootMarginFor, type Offset } from '../reading-line.js';
import { ScrollRootSource, type ViewportSource } from './viewport-source.js';

export interface ReadingLineHost extends ReactiveControllerHost, HTMLElement {
  readonly hasUpdated: boolean;
  /** A share of the height (`0.5`, `"0.5"`) or pixels from the top (`"120px"`). */
  offset: number | string;
}

export interface ReadingLineOptions {
  /** The watched elements that crossed the line, as the observer reports them. */
  onCross: (entries: IntersectionObserverEntry[]) => void;
  /** After the viewport resized or its band moved, once the line is in its new place. */
  onChange?: () => void;
}

/** `offset="0.3"` is a share of the height, `offset="120px"` a distance from the top. */
export const offsetConverter = {
  fromAttribute: (value: string | null): number | string =>
    value !== null && /px\s*$/i.test(value) ? value.trim() : Number(value ?? 0.5),
  toAttribute: (value: number | string): string => String(value),
};

export class ReadingLine implements ReactiveController {
  readonly #host: ReadingLineHost;
  readonly #options: ReadingLineOptions;
  #source?: ViewportSource;
  #custom = false;
  #stopChange?: () => void;
  #observer?: IntersectionObserver;
  #margin = '';
  #offset?: number | string;
  #watched = new Set<Element>();

  constructor(host: ReadingLineHost, options: ReadingLineOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Where the reader is read from; made on first use (never before the element is in a page). */
  get source(): ViewportSource {
    if (!this.#source) this.#use(new ScrollRootSource(this.#host));
    else if (this.#resubscribe) {
      this.#resubscribe = false;
      this.#use(this.#source);
    }
    return this.#source as ViewportSource;
  }

  /** Reads the reader's viewport from another source, e.g. a host page's, for an iframe. */
  setSource(source: ViewportSource): void {
    this.#custom = true;
    this.#use(source);
    this.rebuild(true);
  }

  get offset(): Offset {
    return parseOffset(this.#host.offset);
  }

  /** Back in the page: watches again what it watched (it is rendered already). */
  hostConnected(): void {
    if (this.#host.hasUpdated) this.rebuild(true);
  }

  hostUpdated(): void {
    if (this.#offset === this.#host.offset && this.#observer) return;
    const first = this.#offset === undefined;
    this.#offset = this.#host.offset;
    // A new offset looks the scrolling container up again (the page may have changed around it).
    if (!first && !this.#custom) this.#use(new ScrollRootSource(this.#host));
    this.rebuild(true);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#stopChange?.();
    this.#stopChange = undefined;
    this.#source?.disconnect();
    // The default source is looked up again (the element may have moved); a given one is kept.
    if (this.#custom) this.#resubscribe = true;
    else this.#source = undefined;
  }

  /** Watches exactly these elements (those it watched and that are not among them, no longer). */
  watch(elements: Iterable<Element>): void {
    const next = new Set(elements);
    for (const element of this.#watched) if (!next.has(element)) this.#observer?.unobserve(element);
    for (const element of next) if (!this.#watched.has(element)) this.#observer?.observe(element);
    this.#watched = next;
  }

  /** Stops watching one element. */
  unwatch(element: Element): void {
    this.#watched.delete(element);
    this.#observer?.unobserve(element);
  }

  get watched(): ReadonlySet<Element> {
    return this.#watched;
  }

  /** Makes the observer again when the band's margin changed (or always, with `force`). */
  rebuild(force = false): void {
    if (!this.#host.isConnected) return;
    const margin = this.#marginFor();
    if (!force && this.#observer && margin === this.#margin) return;
    this.#observer?.disconnect();
    this.#margin = margin;
    this.#observer = new IntersectionObserver(this.#options.onCross, {
      root: this.source.root ?? document,
      rootMargin: margin,
      threshold: 0,
    });
    for (const element of this.#watched) this.#observer.observe(element);
  }

  /** Where the line is now, in client (viewport) coordinates. */
  line(): number {
    const source = this.source;
    const band = source.band();
    return source.clientTop() + band.top - source.scrollTop() + lineIn(this.offset, band.height);
  }

  /** The band's height: what a share of the viewport is a share of. */
  height(): number {
    return this.source.band().height;
  }

  /** Scrolls so that a point `y` (client coordinates) comes to the line. */
  scrollToLine(y: number, behavior: ScrollBehavior): void {
    this.source.scrollBy(y - this.line(), behavior);
  }

  #resubscribe = false;

  #use(source: ViewportSource): void {
    this.#stopChange?.();
    if (this.#source !== source) this.#source?.disconnect();
    this.#source = source;
    this.#stopChange = source.onChange(() => {
      this.rebuild();
      this.#options.onChange?.();
    });
  }

  /** The observer's margin: the root's box shrunk to a zero-height band at the line. */
  #marginFor(): string {
    const source = this.source;
    const band = source.band();
    const shift = band.top - source.scrollTop();
    const box = source.root ? source.root.clientHeight : document.documentElement.clientHeight;
    // The band is the root's whole box (the usual case): a share is given as percentages, which
    // follow the box's later changes of height by themselves.
    if (shift === 0 && band.height === box) return rootMarginFor(this.offset, box);
    const top = shift + lineIn(this.offset, band.height);
    return `${-Math.round(top)}px 0px ${-Math.round(Math.max(box - top, 0))}px 0px`;
  }
}
