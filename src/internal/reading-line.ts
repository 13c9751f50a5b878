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

function clamp(value: number): number {
  return Math.min(Math.max(value, 0), 1);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
