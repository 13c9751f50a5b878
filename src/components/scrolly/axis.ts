/**
 * The scrolly's axis: horizontal, one row per lane, with the shared axis parts (breaks, eras,
 * ticks, marker). With `zoom`, it shows the active event's neighbourhood.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { toYearValue, toYearValueEnd } from '../../core/dates.js';
import { createTimeScale, storySpans, type Tick, type TimeScale } from '../../core/scale.js';
import type { ParsedEra, ParsedEvent } from '../../core/types.js';
import { cssVars } from '../../internal/css-vars.js';
import type { Language } from '../../internal/language.js';
import { neighbourhood } from './step-geometry.js';
import { at, axisBreaks, axisEras, axisMarker, axisTicks } from '../shared/axis.js';
import { dateText } from '../shared/event-card.js';
import { groupByLane, type Lane } from './lanes.js';

/** The least room (px) between two tick labels on the axis. */
const TICK_ROOM = 46;
/** How many events either side of the active one the axis shows when it zooms. */
const ZOOM_RADIUS = 3;

export interface ScrollyAxisView {
  events: readonly ParsedEvent[];
  eras: readonly ParsedEra[];
  active?: ParsedEvent;
  lanes: readonly Lane[];
  zoom: boolean;
  /** The axis's width in pixels (0 before it is measured). */
  width: number;
  language: Language;
}

/** The axis's scale, and the stretch of time it shows when zoomed (events outside are hidden). */
function buildScale({ events, eras, active, zoom, width }: ScrollyAxisView): {
  scale: TimeScale;
  window?: [number, number];
} {
  let spans = storySpans(events, eras);
  const options = {
    range: [0, 100] as [number, number],
    minTickGap: Math.min(TICK_ROOM / (width || 480), 0.5),
  };
  if (!zoom || !active) return { scale: createTimeScale(spans, options) };
  const values = events.map((event) => toYearValue(event.start));
  const [lo, hi] = neighbourhood(values, events.indexOf(active), ZOOM_RADIUS);
  spans = spans
    .filter(([a, b]) => b >= lo && a <= hi)
    .map(([a, b, w]) => [Math.max(a, lo), Math.min(b, hi), w ?? 1] as const);
  const scale = createTimeScale([...spans, [lo, hi, 0]], { ...options, breakRatio: Infinity });
  return { scale, window: [lo, hi] };
}

/** The scale's ticks, less odd years that no event names (a lone "1937" says nothing). */
function ticksOf(scale: TimeScale, events: readonly ParsedEvent[]): Tick[] {
  const years = new Set(events.map((event) => event.start.year));
  return scale
    .ticks()
    .filter(
      (tick) => tick.date.precision !== 'year' || tick.date.year % 5 === 0 || years.has(tick.date.year),
    );
}

export function scrollyAxis(view: ScrollyAxisView): TemplateResult {
  const { events, eras, active, lanes, language } = view;
  const { words } = language;
  const { scale, window } = buildScale(view);
  const inView = (value: number) => !window || (value >= window[0] && value <= window[1]);
  const first = events[0];
  const last = events.at(-1);
  const from = first ? language.date(first.start) : '';
  const to = last ? language.date(last.finish ?? last.start) : '';
  const label = active ? words.axisSpanAt(from, to, dateText(language, active)) : words.axisSpan(from, to);
  const activeAt = active && toYearValue(active.start);
  return html`<div
    part="axis"
    class=${classMap({ axis: true, zoomed: view.zoom && !!active })}
    role="img"
    aria-label=${label}
  >
    <div class="plot">
      ${axisBreaks(scale)}
      <div class="eras">${axisEras(scale, eras)}</div>
      <div class="marker-row">
        ${axisMarker(
          activeAt === undefined
            ? undefined
            : { '--at': at(scale, activeAt), '--at-share': String(scale(activeAt) / 100) },
          active ? dateText(language, active) : '',
        )}
      </div>
      <ol class="lanes">
        ${groupByLane(events, lanes).map(
          (row) =>
            html`<li part="lane" class="lane">
              ${
                lanes.length
                  ? html`<span part="lane-label" class="lane-label">${row.lane?.label ?? words.other}</span>`
                  : nothing
              }
              <ol class="marks">
                ${row.events.map((event) => {
                  const value = toYearValue(event.start);
                  const classes = {
                    mark: true,
                    active: event === active,
                    major: event.importance === 3,
                    out: !inView(value),
                    span: !!event.finish,
                  };
                  return html`<li
                    part="axis-mark mark"
                    class=${classMap(classes)}
                    data-event-id=${event.id}
                    style=${cssVars({ '--at': at(scale, value), '--to': at(scale, toYearValueEnd(event.finish ?? event.start)) })}
                  ></li>`;
                })}
              </ol>
            </li>`,
        )}
      </ol>
      <div class="ticks">
        ${axisTicks(ticksOf(scale, events), (tick) => language.short(tick.date, 'MMM'))}
      </div>
    </div>
  </div>`;
}
