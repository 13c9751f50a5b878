/**
 * The reading line: where, down the viewport (or the scrolling container), a step becomes active.
 * Pure geometry, no DOM: the element measures, these functions decide.
 */

/** `offset` as given: a share of the height (0–1), or a distance from the top in pixels. */
export type Offset = { share: number } | { px: number };

const PX = /^\s*(\d*\.?\d+)\s*px\s*$/i;

/**
 * Reads an `offset` attribute or property: `0.5`, `"0.5"` or `"120px"`. A share is kept within
 * 0–1, pixels at 0 or more; anything else is the default, half way down.
 */
export function parseOffset(value: number | string | null | undefined): Offset {
  if (value === null || value === undefined) return { share: 0.5 };
  if (typeof value === 'string') {
    const px = PX.exec(value);
    if (px) return { px: Number(px[1]) };
    if (value.trim() === '') return { share: 0.5 };
  }
  const share = Number(value);
  return Number.isFinite(share) ? { share: clamp(share) } : { share: 0.5 };
}

/** The line's distance from the top of a root `height` pixels tall. */
export function lineIn(offset: Offset, height: number): number {
  return 'px' in offset ? Math.min(offset.px, Math.max(height, 0)) : offset.share * height;
}

/**
 * The IntersectionObserver `rootMargin` that shrinks the root to a zero-height band at the line.
 * A share gives percentages, which follow every later change of the root's height by themselves;
 * pixels depend on the height, so the margin must be rebuilt when it changes.
 */
export function rootMarginFor(offset: Offset, height: number): string {
  if ('share' in offset) {
    return `${-round(offset.share * 100)}% 0px ${-round((1 - offset.share) * 100)}% 0px`;
  }
  const top = lineIn(offset, height);
  return `${-round(top)}px 0px ${-round(Math.max(height - top, 0))}px 0px`;
}

/**
 * How far the line has read through a step: 0 when the line is at (or above) its top, 1 at (or
 * below) its bottom. `top` is in the same coordinates as `line`.
 */
export function progressAt(line: number, top: number, height: number): number {
  if (height <= 0) return line >= top ? 1 : 0;
  return clamp((line - top) / height);
}

/**
 * Which way the reader was going when a step reached the line. The crossing edge is the one
 * nearer the line: the top when scrolling down, the bottom when scrolling up.
 */
export function enterDirection(line: number, top: number, bottom: number): 'down' | 'up' {
  return line - top <= bottom - line ? 'down' : 'up';
}

/** Which way the reader was going when a step left the line: it is above the line after scrolling down. */
export function exitDirection(line: number, _top: number, bottom: number): 'down' | 'up' {
  return bottom <= line ? 'down' : 'up';
}

/**
 * The stretch of time around the `index`-th of some sorted values, `radius` values either side,
 * padded by a little: the axis's window when it zooms to an event's neighbourhood.
 */
export function neighbourhood(values: readonly number[], index: number, radius = 3): [number, number] {
  if (values.length === 0) return [0, 1];
  const at = Math.min(Math.max(index, 0), values.length - 1);
  const lo = values[Math.max(at - radius, 0)] as number;
  const hi = values[Math.min(at + radius, values.length - 1)] as number;
  const pad = Math.max((hi - lo) * 0.04, 1 / 12);
  return [lo - pad, hi + pad];
}

function clamp(value: number): number {
  return Math.min(Math.max(value, 0), 1);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
