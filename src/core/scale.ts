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
  const spans: Span[] = events.map((event) => [
    toYearValue(event.start),
    toYearValueEnd(event.finish ?? event.start),
  ]);
  for (const era of eras) spans.push([toYearValue(era.from), toYearValueEnd(era.to), 0]);
  return spans;
}

/** Tick steps in years, coarse to fine: each level fills in where the coarser ones left room. */
const LEVELS = [1000, 500, 100, 50, 10, 5, 1, 1 / 4, 1 / 12];

/** Builds a scale over the given spans (each `[start, end]` in fractional years). */
export function createTimeScale(spans: readonly Span[], options: ScaleOptions = {}): TimeScale {
  const [out0, out1] = options.range ?? [0, 1];
  const breakRatio = options.breakRatio ?? 0.15;
  const breakSize = options.breakSize ?? 0.04;
  const minTickGap = (options.minTickGap ?? 0.07) * Math.abs(out1 - out0);
  const density = options.density ?? 0.6;

  const pieces = piecesOf(spans, breakRatio);
  const breakCount = pieces.filter((p) => p.cut).length;
  const usable = 1 - breakCount * breakSize;
  const time = pieces.reduce((sum, p) => sum + (p.cut ? 0 : p.d1 - p.d0), 0);
  const steps = pieces.reduce((sum, p) => sum + (p.cut ? 0 : p.steps), 0);
  const mix = steps > 0 ? density : 0;

  const segments: Segment[] = [];
  let at = 0;
  for (const piece of pieces) {
    const share = piece.cut
      ? breakSize
      : usable * ((1 - mix) * ((piece.d1 - piece.d0) / time) + (steps > 0 ? mix * (piece.steps / steps) : 0));
    segments.push({
      d0: piece.d0,
      d1: piece.d1,
      r0: lerp(out0, out1, at),
      r1: lerp(out0, out1, at + share),
      cut: piece.cut,
    });
    at += share;
  }

  const firstSegment = segments[0] as Segment;
  const lastSegment = segments[segments.length - 1] as Segment;
  /** The first segment that ends at or after a value: a binary search, as stories can hold thousands. */
  const segmentAt = (value: number): Segment => {
    let low = 0;
    let high = segments.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((segments[mid] as Segment).d1 < value) low = mid + 1;
      else high = mid;
    }
    return segments[low] ?? lastSegment;
  };

  const scale = ((value: number): number => {
    const segment = segmentAt(value);
    const t = segment.d1 === segment.d0 ? 0 : (value - segment.d0) / (segment.d1 - segment.d0);
    return lerp(segment.r0, segment.r1, Math.min(Math.max(t, 0), 1));
  }) as TimeScale;

  const ticks = (): Tick[] => {
    const chosen: Tick[] = [];
    const first = firstSegment.d0;
    const last = lastSegment.d1;
    for (const step of LEVELS) {
      if ((last - first) / step > 5000) continue;
      for (let v = Math.ceil(first / step - 1e-9) * step; v <= last + 1e-9; v += step) {
        const segment = segmentAt(v - 1e-9);
        if (segment.cut || v < segment.d0 - 1e-9 || v > segment.d1 + 1e-9) continue;
        const position = scale(v);
        if (chosen.some((t) => Math.abs(t.position - position) < minTickGap)) continue;
        // A month is only labelled under its own year's label: never "Apr 1991" with no 1991.
        if (step < 1 && !chosen.some((t) => t.value === Math.floor(v + 1e-9))) continue;
        chosen.push({ value: v, position, date: tickDate(v, step) });
      }
    }
    return chosen.sort((a, b) => a.value - b.value);
  };

  const breaks = segments.filter((s) => s.cut).map(({ r0, r1 }) => ({ r0, r1 }));
  return Object.assign(scale, { segments, breaks, ticks });
}

interface Piece {
  d0: number;
  d1: number;
  /** How many dates (knots) the piece leads to: its share of the even pace. */
  steps: number;
  cut: boolean;
}

/**
 * Cuts the padded domain at every date the spans name. A piece that no span covers and that is
 * longer than `breakRatio` of the whole becomes a break.
 */
function piecesOf(spans: readonly Span[], breakRatio: number): Piece[] {
  if (spans.length === 0) return [{ d0: 2000, d1: 2001, steps: 1, cut: false }];
  // One pass over the spans: their dates, and for each date a span starts at, the weight that
  // starts there and the furthest end reached from there.
  const starts = new Map<number, { weight: number; reach: number }>();
  const dates = new Float64Array(spans.length * 2 + 2);
  let first = Infinity;
  let last = -Infinity;
  spans.forEach(([a, b, weight = 1], i) => {
    const d0 = Math.min(a, b);
    const d1 = Math.max(a, b);
    first = Math.min(first, d0);
    last = Math.max(last, d1);
    dates[2 * i] = d0;
    dates[2 * i + 1] = d1;
    const start = starts.get(d0);
    if (start) {
      start.weight += weight;
      start.reach = Math.max(start.reach, d1);
    } else {
      starts.set(d0, { weight, reach: d1 });
    }
  });
  const whole = Math.max(last - first, 1 / 12);
  const pad = Math.max(whole * 0.02, 1 / 24);
  dates[spans.length * 2] = first - pad;
  dates[spans.length * 2 + 1] = last + pad;
  // A typed array sorts numbers natively; the knots are its distinct values.
  const knots = dates.sort().filter((date, i, all) => i === 0 || date !== all[i - 1]);

  // A sweep, not a search per piece: a piece is covered when a span that starts at or before it
  // reaches past its end, i.e. when the furthest end of the spans begun so far does.
  let reach = -Infinity;
  const pieces: Piece[] = [];
  for (let i = 1; i < knots.length; i++) {
    const d0 = knots[i - 1] as number;
    const d1 = knots[i] as number;
    reach = Math.max(reach, starts.get(d0)?.reach ?? -Infinity);
    // Each date counts once, half on the piece that leads up to it and half on the one that leaves
    // it; the padding at either end counts for nothing and is never cut.
    const padding = i === 1 || i === knots.length - 1;
    const covered = reach >= d1;
    const cut = !padding && !covered && d1 - d0 > whole * breakRatio;
    const steps = padding ? 0 : ((starts.get(d0)?.weight ?? 0) + (starts.get(d1)?.weight ?? 0)) / 2;
    pieces.push({ d0, d1, steps, cut });
  }
  return pieces;
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
