/**
 * The container width: whether an element is narrow, below `NARROW` pixels, where both the
 * timeline and the scrolly change layout (the axis along the top; the graphic above the prose).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Below this width (px) an element lays out for a narrow column. The styles say it as a literal,
 * `@container story (max-width: 719.98px)` (a test holds them to this value): the build minifies
 * no css`` template with an expression in it.
 */
export const NARROW = 720;

export class ContainerWidth implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  #observer?: ResizeObserver;
  /** True when the element is narrower than `NARROW`. False until measured. */
  narrow = false;

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer ??= new ResizeObserver(([entry]) => {
      const narrow = !!entry && entry.contentRect.width < NARROW;
      if (narrow !== this.narrow) {
        this.narrow = narrow;
        this.#host.requestUpdate();
      }
    });
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }
}
