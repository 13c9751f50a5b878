/**
 * The steps' geometry: how far the reading line has got through a step, which way the reader was
 * going when a step crossed it, and the stretch of time the zoomed axis shows. Pure, no DOM.
 */

/**
 * How far the line has read through a step: 0 when the line is at (or above) its top, 1 at (or
 * below) its bottom. `top` is in the same coordinates as `line`.
 */
export function progressAt(line: number, top: number, height: number): number {
  if (height <= 0) return line >= top ? 1 : 0;
  return Math.min(Math.max((line - top) / height, 0), 1);
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
