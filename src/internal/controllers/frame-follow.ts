/**
 * For an element in a document shown in an iframe: feeds its reading line with the reader's
 * viewport in the host page, and keeps its sticky part in the visible part of the frame (see
 * `viewport/follow.ts`). Outside a frame it adds nothing, and what it does inside is a chunk
 * loaded only there, so a page's bundle carries only these lines.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Follower } from '../viewport/follow.js';
import type { ReadingLine } from './reading-line.js';

/** An element with a reading line, and (by `sticky`, a selector in its shadow root) a part that sticks on a page. */
export type FrameFollowHost = ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode };

export function followInFrame(host: FrameFollowHost, readingLine: ReadingLine, sticky: string): void {
  // No window on the server (`storyline-kit/ssr`): no frame either.
  if (typeof window === 'undefined' || window.parent === window) return;
  let follower: Follower | undefined;
  host.addController({
    hostConnected: () =>
      void import('../viewport/follow.js').then(({ Follower }) => {
        if (host.isConnected) follower ??= new Follower(host, readingLine, sticky);
      }),
    hostUpdated: () => follower?.update(),
    hostDisconnected: () => {
      follower?.stop();
      follower = undefined;
    },
  });
}
