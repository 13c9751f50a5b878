/**
 * The frame side of `FrameFollow` (a chunk loaded only in a frame). The reading line takes the
 * reader's viewport from the frame's sources (`frame-viewport.ts`). And in a frame sized to its
 * content, whose document never scrolls, `position: sticky` never sticks: the sticky part (the
 * timeline's axis, the scrolly's graphic) is moved into the visible part of the frame by a
 * transform, measured when the layout changes and never on the scroll path, so no frame lays out.
 * A frame that scrolls itself keeps sticky as it is.
 */
import type { FrameFollowHost } from '../controllers/frame-follow.js';
import type { ReadingLine } from '../controllers/reading-line.js';
import { visiblePart } from './band.js';
import { FrameViewport } from './frame-viewport.js';

/** The sticky part's place and size with no transform, in the document's coordinates. */
interface Layout {
  element: HTMLElement;
  top: number;
  height: number;
  /** Where it sticks on a page (its `top`). */
  inset: number;
  /** The bottom of the element that holds it: it goes no lower. */
  end: number;
}

export class Follower {
  readonly #host: FrameFollowHost;
  readonly #sticky: string;
  #source?: FrameViewport;
  #stop?: () => void;
  #layout?: Layout;
  #resize?: ResizeObserver;
  #viewportHeight = 0;

  constructor(host: FrameFollowHost, readingLine: ReadingLine, sticky: string) {
    this.#host = host;
    this.#sticky = sticky;
    const source = new FrameViewport();
    this.#source = source;
    readingLine.setSource(source);
    this.#stop = source.onChange(this.#follow);
    this.#resize = new ResizeObserver(this.#relayout);
    this.#resize.observe(host);
    this.#follow();
  }

  /** After the element rendered. */
  update(): void {
    // The sticky part may be new (a story shown after loading): measured again at the next move.
    if (
      this.#source &&
      this.#host.renderRoot.querySelector<HTMLElement>(this.#sticky) !== this.#layout?.element
    )
      this.#relayout();
  }

  stop(): void {
    this.#stop?.();
    this.#resize?.disconnect();
    this.#source = this.#stop = this.#resize = this.#layout = undefined;
  }

  #relayout = (): void => {
    this.#layout = undefined;
    this.#follow();
  };

  #measure(): Layout | undefined {
    const element = this.#host.renderRoot.querySelector<HTMLElement>(this.#sticky);
    if (!element) return undefined;
    // Where it is less where it has been moved.
    const style = getComputedStyle(element);
    const moved = style.transform === 'none' ? 0 : new DOMMatrixReadOnly(style.transform).m42;
    const box = element.getBoundingClientRect();
    const host = this.#host.getBoundingClientRect();
    const inset = parseFloat(style.insetBlockStart) || 0;
    return { element, top: box.top + scrollY - moved, height: box.height, inset, end: host.bottom + scrollY };
  }

  #follow = (): void => {
    const source = this.#source;
    if (!source) return;
    const band = source.band();
    // What "a viewport's height" means for the sticky part: the host's, not this frame's.
    if (Math.round(band.height) !== this.#viewportHeight) {
      this.#viewportHeight = Math.round(band.height);
      this.#host.style.setProperty('--story-viewport-height', `${this.#viewportHeight}px`);
      this.#layout = undefined;
    }
    if (source.scrollsItself()) {
      if (this.#layout) this.#layout.element.style.transform = '';
      return;
    }
    this.#layout ??= this.#measure();
    const layout = this.#layout;
    if (!layout) return;
    const seen = visiblePart(band, document.documentElement.scrollHeight);
    const wanted = seen.top + layout.inset - layout.top;
    const shift = Math.max(0, Math.min(wanted, layout.end - layout.top - layout.height));
    const { style } = layout.element;
    // No glide: it would trail the reader by its length (and reduced motion wants none).
    style.transform = `translateY(${Math.round(shift)}px)`;
  };
}
