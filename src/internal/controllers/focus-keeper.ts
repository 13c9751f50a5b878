import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface FocusKeeperHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Keeps keyboard focus in a region that an update may draw anew (the scrolly's card, keyed by its
 * event): when the update takes out the element that had focus, the region's new element takes it,
 * without scrolling, so that a keyboard or screen reader user is not sent back to the page's top.
 */
export class FocusKeeper implements ReactiveController {
  readonly #host: FocusKeeperHost;
  readonly #region: () => HTMLElement | null;
  #focused?: Element | null;

  constructor(host: FocusKeeperHost, region: () => HTMLElement | null) {
    this.#host = host;
    this.#region = region;
    host.addController(this);
  }

  hostUpdate(): void {
    const focused = (this.#host.renderRoot as ShadowRoot).activeElement;
    this.#focused = focused && this.#region()?.contains(focused) ? focused : null;
  }

  hostUpdated(): void {
    if (this.#focused && !this.#focused.isConnected) this.#region()?.focus({ preventScroll: true });
    this.#focused = null;
  }
}
