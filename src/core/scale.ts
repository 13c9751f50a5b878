/**
 * A time scale for the axis: maps fractional years (see `toYearValue`) to positions in a range,
 * and picks ticks. Long empty stretches between clusters of events are cut to a short break, so
 * that a story about 2014–2024 with context from 1910 does not squeeze its decade into a corner.
 */
import { makeDate, type StoryDate } from './dates.js';

export interface Segment {
  /** Domain, in fractional astronomical years. */
  d0: number;
  d1: number;
  /** Range, in the caller's units. */
  r0: number;
  r1: number;
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
  /** A gap longer than this share of the whole span becomes a break. Default 0.15; `Infinity` never cuts. */
  breakRatio?: number;
  /** The share of the range a break takes. Default 0.04. */
  breakSize?: number;
  /** The least distance between two ticks, as a share of the range. Default 0.07. */
  minTickGap?: number;
  /**
   * How much a cluster's room follows its weight (its number of events) rather than its length
   * in time: 0 is pure time, 1 pure weight. Default 0.5.
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

const STEPS = [1 / 12, 1 / 4, 1 / 2, 1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000];

/** Builds a scale over the given spans (each `[start, end]` in fractional years). */
export function createTimeScale(spans: readonly Span[], options: ScaleOptions = {}): TimeScale {
  const [out0, out1] = options.range ?? [0, 1];
  const breakRatio = options.breakRatio ?? 0.15;
  const breakSize = options.breakSize ?? 0.04;
  const minTickGap = options.minTickGap ?? 0.07;
  const density = options.density ?? 0.5;

  const clusters = cluster(spans, breakRatio);
  const breakCount = clusters.length - 1;
  const extent = clusters.reduce((sum, c) => sum + (c.d1 - c.d0), 0);
  const weight = clusters.reduce((sum, c) => sum + c.weight, 0);
  const mix = weight > 0 ? density : 0;
  const usable = 1 - breakCount * breakSize;
  const segments: Segment[] = [];
  let at = 0;
  for (const { d0, d1, weight: w } of clusters) {
    const share = usable * ((1 - mix) * ((d1 - d0) / extent) + mix * (weight > 0 ? w / weight : 0));
    segments.push({ d0, d1, r0: lerp(out0, out1, at), r1: lerp(out0, out1, at + share) });
    at += share + breakSize;
  }
  const breaks = segments.slice(1).map((segment, index) => ({ r0: segments[index]!.r1, r1: segment.r0 }));

  const scale = ((value: number): number => {
    const segment = segments.find((s) => value <= s.d1) ?? segments[segments.length - 1]!;
    if (value < segment.d0) {
      // Inside a break: place it at the break's middle.
      const previous = segments[segments.indexOf(segment) - 1];
      return previous ? (previous.r1 + segment.r0) / 2 : segment.r0;
    }
    return segment.r0 + ((value - segment.d0) / (segment.d1 - segment.d0)) * (segment.r1 - segment.r0);
  }) as TimeScale;

  const ticks = (): Tick[] =>
    segments.flatMap((segment) => {
      const share = Math.abs(segment.r1 - segment.r0) / Math.abs(out1 - out0);
      const step =
        STEPS.find((s) => (s / (segment.d1 - segment.d0)) * share >= minTickGap) ?? STEPS[STEPS.length - 1]!;
      const values: number[] = [];
      for (let v = Math.ceil(segment.d0 / step - 1e-9) * step; v <= segment.d1 + 1e-9; v += step)
        values.push(v);
      return values.map((value) => ({ value, position: scale(value), date: tickDate(value, step) }));
    });

  return Object.assign(scale, { segments, breaks, ticks });
}

interface Cluster {
  d0: number;
  d1: number;
  weight: number;
}

/** Merges spans into clusters separated by gaps longer than `breakRatio` of the whole span, each padded a little. */
function cluster(spans: readonly Span[], breakRatio: number): Cluster[] {
  if (spans.length === 0) return [{ d0: 2000, d1: 2001, weight: 0 }];
  const sorted = spans
    .map(([a, b, weight = 1]) => ({ d0: Math.min(a, b), d1: Math.max(a, b), weight }))
    .sort((x, y) => x.d0 - y.d0);
  const first = sorted[0]!.d0;
  const last = Math.max(...sorted.map((s) => s.d1));
  const span = Math.max(last - first, 1);
  const clusters: Cluster[] = [];
  for (const next of sorted) {
    const current = clusters[clusters.length - 1];
    if (current && next.d0 - current.d1 <= span * breakRatio) {
      current.d1 = Math.max(current.d1, next.d1);
      current.weight += next.weight;
    } else clusters.push({ ...next });
  }
  return clusters.map((c) => {
    const pad = Math.max((c.d1 - c.d0) * 0.03, 1 / 12);
    return { ...c, d0: c.d0 - pad, d1: c.d1 + pad };
  });
}

function tickDate(value: number, step: number): StoryDate {
  const astronomical = Math.floor(value + 1e-9);
  const year = astronomical <= 0 ? astronomical - 1 : astronomical;
  if (step >= 1) return makeDate(year);
  return makeDate(year, Math.round((value - astronomical) * 12) + 1);
}

function lerp(a: number, b: number, t: number): number {
  return a + (b - a) * t;
}
