/**
 * A time scale for the axis: maps fractional years (see `toYearValue`) to positions in a range,
 * and picks ticks. It is piecewise linear through the story's own dates, so that:
 * - long stretches that nothing spans are cut to a short break (a story about 2014–2024 with
 *   context from 1910 does not squeeze its decade into a corner);
 * - busy periods get more room than quiet ones (`density`), and the marker moves at an even pace
 *   as the reader scrolls from event to event.
 * With `density: 0` and no breaks it is a plain linear scale.
 */
import { makeDate, toYearValue, toYearValueEnd, type StoryDate } from './dates.js';
import type { ParsedEra, ParsedEvent } from './types.js';

export interface Segment {
  /** Domain, in fractional astronomical years. */
  d0: number;
  d1: number;
  /** Range, in the caller's units. */
  r0: number;
  r1: number;
  /** True when the segment stands for a cut stretch of time. */
  cut: boolean;
}

export interface Tick {
  value: number;
  position: number;
  /** The date the tick stands for, at year or month precision, to be formatted by the caller. */
  date: StoryDate;
}

export interface ScaleOptions {
  /** Output range; `[0, 1]` by default. */
  range?: [number, number];
  /** An empty gap longer than this share of the whole span becomes a break. Default 0.15; `Infinity` never cuts. */
  breakRatio?: number;
  /** The share of the range a break takes. Default 0.04. */
  breakSize?: number;
  /** The least distance between two ticks, as a share of the range. Default 0.07. */
  minTickGap?: number;
  /**
   * How much the room between two dates follows the number of steps (one per date) rather than
   * the time between them: 0 is pure time, 1 pure steps. Default 0.6.
   */
  density?: number;
}

/** `[start, end]` in fractional years, with an optional weight (1 by default; 0 for an era). */
export type Span = readonly [start: number, end: number, weight?: number];

export interface TimeScale {
  (value: number): number;
  readonly segments: readonly Segment[];
  /** Ranges of the output that stand for cut stretches of time. */
  readonly breaks: readonly { r0: number; r1: number }[];
  ticks(): Tick[];
}

/** A story's spans: each event from its start to the end of its last day, month or year, and each era with no weight (it frames the events, it is not one). */
export function storySpans(events: readonly ParsedEvent[], eras: readonly ParsedEra[]): Span[] {
  const spans: Span[] = [];
  for (const event of events)
    spans.push([toYearValue(event.start), toYearValueEnd(event.finish ?? event.start)]);
  for (const era of eras) spans.push([toYearValue(era.start), toYearValueEnd(era.finish), 0]);
  return spans;
}

/**
 * The lane of each era on the axis, for eras in date order: an era beside the first lane free by
 * its start, so that eras overlapping in time (and their names) sit side by side, not on top.
 */
export function eraLanes(eras: readonly ParsedEra[]): number[] {
  const ends: number[] = [];
  return eras.map((era) => {
    const start = toYearValue(era.start);
    let lane = ends.findIndex((end) => end <= start);
    if (lane < 0) lane = ends.length;
    ends[lane] = toYearValueEnd(era.finish);
    return lane;
  });
}

/** Tick steps in years, coarse to fine: each level fills in where the coarser ones left room. */
const LEVELS = [1000, 500, 100, 50, 10, 5, 1, 1 / 4, 1 / 12];

/**
 * Builds a scale over the given spans (each `[start, end]` in fractional years). Piece `i` runs
 * from knot `i` to knot `i + 1`; the pieces live in typed arrays, as a long story has thousands.
 */
export function createTimeScale(spans: readonly Span[], options: ScaleOptions = {}): TimeScale {
  const [out0, out1] = options.range ?? [0, 1];
  const breakRatio = options.breakRatio ?? 0.15;
  const breakSize = options.breakSize ?? 0.04;
  const minTickGap = (options.minTickGap ?? 0.07) * Math.abs(out1 - out0);
  const density = options.density ?? 0.6;

  const { knots, steps, cut, breakCount, time, allSteps } = piecesOf(spans, breakRatio);
  const count = steps.length;
  const usable = 1 - breakCount * breakSize;
  const mix = allSteps > 0 ? density : 0;

  // Where each knot falls in the range.
  const bounds = new Float64Array(count + 1);
  const breaks: { r0: number; r1: number }[] = [];
  let share = 0;
  for (let i = 0; i < count; i++) {
    bounds[i] = lerp(out0, out1, share);
    share += cut[i]
      ? breakSize
      : usable *
        ((1 - mix) * ((at(knots, i + 1) - at(knots, i)) / time) +
          (mix > 0 ? mix * (at(steps, i) / allSteps) : 0));
    if (cut[i]) breaks.push({ r0: at(bounds, i), r1: lerp(out0, out1, share) });
  }
  bounds[count] = lerp(out0, out1, share);

  /** The first piece that ends at or after a value: a binary search, as stories can hold thousands. */
  const pieceAt = (value: number): number => {
    let low = 0;
    let high = count - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (at(knots, mid + 1) < value) low = mid + 1;
      else high = mid;
    }
    return low;
  };

  const scale = ((value: number): number => {
    const i = pieceAt(value);
    const d0 = at(knots, i);
    const d1 = at(knots, i + 1);
    const t = d1 === d0 ? 0 : (value - d0) / (d1 - d0);
    return lerp(at(bounds, i), at(bounds, i + 1), Math.min(Math.max(t, 0), 1));
  }) as TimeScale;

  const ticks = (): Tick[] => {
    const chosen: Tick[] = [];
    const first = at(knots, 0);
    const last = at(knots, count);
    for (const step of LEVELS) {
      if ((last - first) / step > 5000) continue;
      for (let v = Math.ceil(first / step - 1e-9) * step; v <= last + 1e-9; v += step) {
        const i = pieceAt(v - 1e-9);
        if (cut[i] || v < at(knots, i) - 1e-9 || v > at(knots, i + 1) + 1e-9) continue;
        const position = scale(v);
        if (chosen.some((t) => Math.abs(t.position - position) < minTickGap)) continue;
        // A month is only labelled under its own year's label: never "Apr 1991" with no 1991.
        if (step < 1 && !chosen.some((t) => t.value === Math.floor(v + 1e-9))) continue;
        chosen.push({ value: v, position, date: tickDate(v, step) });
      }
    }
    return chosen.sort((a, b) => a.value - b.value);
  };

  const segment = (i: number): Segment => ({
    d0: at(knots, i),
    d1: at(knots, i + 1),
    r0: at(bounds, i),
    r1: at(bounds, i + 1),
    cut: cut[i] === 1,
  });
  let segments: Segment[] | undefined;
  return Object.defineProperties(scale, {
    // Made on first use: the scale itself never needs thousands of objects.
    segments: { get: () => (segments ??= Array.from({ length: count }, (_, i) => segment(i))) },
    breaks: { value: breaks },
    ticks: { value: ticks },
  });
}

interface Pieces {
  knots: Float64Array;
  steps: Float64Array;
  cut: Uint8Array;
  /** How many pieces are cut, and the time and steps of the others. */
  breakCount: number;
  time: number;
  allSteps: number;
}

/**
 * Cuts the padded domain at every date the spans name (the knots). A piece that no span covers
 * and that is longer than `breakRatio` of the whole becomes a break (`cut[i]` is 1); `steps[i]` is
 * how many dates the piece leads to, its share of the even pace.
 */
function piecesOf(spans: readonly Span[], breakRatio: number): Pieces {
  const n = spans.length;
  if (n === 0) {
    return {
      knots: Float64Array.of(2000, 2001),
      steps: Float64Array.of(1),
      cut: new Uint8Array(1),
      breakCount: 0,
      time: 1,
      allSteps: 1,
    };
  }
  const dates = new Float64Array(2 * n + 2);
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < n; i++) {
    const span = spans[i] as Span;
    const d0 = Math.min(span[0], span[1]);
    const d1 = Math.max(span[0], span[1]);
    first = Math.min(first, d0);
    last = Math.max(last, d1);
    dates[2 * i] = d0;
    dates[2 * i + 1] = d1;
  }
  const whole = Math.max(last - first, 1 / 12);
  const pad = Math.max(whole * 0.02, 1 / 24);
  dates[2 * n] = first - pad;
  dates[2 * n + 1] = last + pad;
  // A typed array sorts numbers natively; the knots are its distinct values.
  dates.sort();
  let m = 0;
  for (let i = 0; i < dates.length; i++) if (m === 0 || dates[i] !== dates[m - 1]) dates[m++] = at(dates, i);
  const knots = dates.subarray(0, m);

  // For each knot: the weight of the spans that start there, and the furthest end they reach.
  // Spans mostly come in date order (a story's events): the knot is then a few steps on from the
  // last one, and only a span out of order needs a search.
  const weight = new Float64Array(m);
  const reach = new Float64Array(m).fill(-Infinity);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const span = spans[i] as Span;
    const d0 = Math.min(span[0], span[1]);
    if (at(knots, k) > d0 || at(knots, Math.min(k + 8, m - 1)) < d0) k = knotOf(knots, d0);
    while (at(knots, k) < d0) k++;
    weight[k] = at(weight, k) + (span[2] ?? 1);
    reach[k] = Math.max(at(reach, k), span[0], span[1]);
  }

  // A sweep: a piece is covered when a span that starts at or before it reaches past its end,
  // i.e. when the furthest end of the spans begun so far does. Each date counts once, half on the
  // piece that leads up to it and half on the one that leaves it; the padding at either end
  // counts for nothing and is never cut. The totals of time and dates are those of uncut pieces.
  const steps = new Float64Array(m - 1);
  const cut = new Uint8Array(m - 1);
  let furthest = -Infinity;
  let breakCount = 0;
  let time = 0;
  let allSteps = 0;
  for (let i = 0; i < m - 1; i++) {
    furthest = Math.max(furthest, at(reach, i));
    const padding = i === 0 || i === m - 2;
    const length = at(knots, i + 1) - at(knots, i);
    const step = padding ? 0 : (at(weight, i) + at(weight, i + 1)) / 2;
    steps[i] = step;
    if (!padding && furthest < at(knots, i + 1) && length > whole * breakRatio) {
      cut[i] = 1;
      breakCount += 1;
    } else {
      time += length;
      allSteps += step;
    }
  }
  return { knots, steps, cut, breakCount, time, allSteps };
}

/** The index of a value among sorted distinct knots (it is one of them). */
function knotOf(knots: Float64Array, value: number): number {
  let low = 0;
  let high = knots.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (at(knots, mid) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** An element of a typed array whose index is known to be in range. */
function at(array: Float64Array, i: number): number {
  return array[i] as number;
}

function tickDate(value: number, step: number): StoryDate {
  const astronomical = Math.floor(value + 1e-9);
  const year = astronomical <= 0 ? astronomical - 1 : astronomical;
  if (step >= 1) return makeDate(year);
  return makeDate(year, Math.min(12, Math.round((value - astronomical) * 12) + 1));
}

function lerp(a: number, b: number, t: number): number {
  return a + (b - a) * t;
}
