/**
 * For an element in a document shown in an iframe: feeds its reading line with the reader's
 * viewport in the host page, and keeps its sticky part in the visible part of the frame (see
 * `viewport/follow.ts`). Outside a frame it does nothing, and what it does inside is a chunk
 * loaded only there.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Follower } from '../viewport/follow.js';
import type { ReadingLine } from './reading-line.js';

export interface FrameFollowOptions {
  readingLine: ReadingLine;
  /** The part that sticks on a page: moved into view in a frame. */
  sticky: () => HTMLElement | null;
}

export class FrameFollow implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: FrameFollowOptions;
  #follower?: Follower;

  constructor(host: ReactiveControllerHost & HTMLElement, options: FrameFollowOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    if (window.parent === window) return;
    void import('../viewport/follow.js').then(({ Follower }) => {
      if (this.#host.isConnected) this.#follower ??= new Follower(this.#host, this.#options);
    });
  }

  hostUpdated(): void {
    this.#follower?.update();
  }

  hostDisconnected(): void {
    this.#follower?.stop();
    this.#follower = undefined;
  }
}
