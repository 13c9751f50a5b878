/**
 * Where the reader's viewport is, as seen from a document that may sit in an iframe: pure
 * geometry, no DOM. A band is the reader's viewport in this document's coordinates (pixels from
 * the top of the document); it may reach above or below the document, as the host page's viewport
 * does around an iframe sized to its content, so that a reading line `offset` down it means what it
 * means on a page.
 */
import type { HostViewport } from '../../embed/messages.js';
import type { Band } from '../controllers/viewport-source.js';

// The reading line's band (its `ViewportSource` gives one): the same concept, one name.
export type { Band } from '../controllers/viewport-source.js';

/** The host's viewport, told by the host (the iframe's top in its viewport), in the iframe's document. */
export function bandFromHost(host: HostViewport, scrollY = 0): Band {
  return { top: scrollY - host.top, height: host.height };
}

/** The part of a band inside a document `height` pixels tall; zero high when they do not meet. */
export function visiblePart(band: Band, height: number): Band {
  const top = Math.min(Math.max(band.top, 0), height);
  const bottom = Math.min(Math.max(band.top + band.height, 0), height);
  return { top, height: bottom - top };
}

/** The part two bands share, or null when they do not meet. */
export function overlap(a: Band, b: Band): Band | null {
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.top + a.height, b.top + b.height);
  return bottom > top ? { top, height: bottom - top } : null;
}

/** The reading line `offset` (a share, 0–1) down a band, in the band's coordinates. */
export function lineOf(band: Band, offset: number): number {
  return band.top + band.height * Math.min(Math.max(offset, 0), 1);
}

/**
 * Whether a document scrolls within its own viewport (an iframe of fixed or capped height, as
 * WordPress makes them), rather than being shown whole by a frame sized to it. A pixel of slack
 * for rounding.
 */
export function scrollsItself(scrollHeight: number, clientHeight: number): boolean {
  return scrollHeight > clientHeight + 1;
}

/**
 * The reader's viewport worked out from what of a document is visible in it (as an
 * IntersectionObserver with the implicit root reports across origins: the visible stretch, clipped
 * to the document, never the viewport itself), for a document `height` pixels tall. An edge of the
 * visible stretch inside the document is an edge of the viewport; the viewport's height is exact
 * when both are (`known`, remembered by the caller), else the `guess`. Null when nothing is visible.
 *
 * - visible from the top to the bottom: the whole document is in view, centred as a guess;
 * - cut at the bottom only: the viewport ends there; cut at the top only: it starts there.
 */
export function bandFromVisible(
  visible: { top: number; bottom: number } | null,
  height: number,
  known: number | undefined,
  guess: number,
): Band | null {
  if (!visible || visible.bottom <= visible.top) return null;
  const cutTop = visible.top > 0.5;
  const cutBottom = visible.bottom < height - 0.5;
  if (cutTop && cutBottom) return { top: visible.top, height: visible.bottom - visible.top };
  const viewport = Math.max(known ?? guess, visible.bottom - visible.top);
  if (cutTop) return { top: visible.top, height: viewport };
  if (cutBottom) return { top: visible.bottom - viewport, height: viewport };
  return { top: (visible.top + visible.bottom - viewport) / 2, height: viewport };
}

/** The union of visible stretches (from several observed strips), or null when none is visible. */
export function unionOf(
  stretches: Iterable<{ top: number; bottom: number }>,
): { top: number; bottom: number } | null {
  let top = Infinity;
  let bottom = -Infinity;
  for (const stretch of stretches) {
    if (stretch.bottom <= stretch.top) continue;
    top = Math.min(top, stretch.top);
    bottom = Math.max(bottom, stretch.bottom);
  }
  return top < bottom ? { top, bottom } : null;
}
