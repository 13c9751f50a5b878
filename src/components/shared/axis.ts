/**
 * The parts of a time axis that the timeline and the scrolly both draw: the breaks of the scale,
 * the eras' bands, the tick labels and the marker at the active event. Positions are custom
 * properties (`--at`, `--from`, `--to`, in percent of the axis), laid out by `axisStyles` and
 * each element's own rules for its orientation. Pure functions of the scale and the language.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { toYearValue, toYearValueEnd } from '../../core/dates.js';
import type { ParsedEra } from '../../core/types.js';
import type { Tick, TimeScale } from '../../core/scale.js';
import { cssVars } from '../../internal/css-vars.js';

/** A value's place on the axis, as a percentage for `--at`. */
export function at(scale: TimeScale, value: number): string {
  return `${scale(value).toFixed(3)}%`;
}

/** The hatched stretches where the scale leaves out empty time. */
export function axisBreaks(scale: TimeScale): TemplateResult[] {
  return scale.breaks.map(
    (b) => html`<span class="break" style=${cssVars({ '--from': `${b.r0}%`, '--to': `${b.r1}%` })}></span>`,
  );
}

/** The eras' bands, each named where it has room; `lanes` puts overlapping eras side by side. */
export function axisEras(
  scale: TimeScale,
  eras: readonly ParsedEra[],
  lanes?: readonly number[],
): TemplateResult[] {
  return eras.map(
    (era, i) =>
      html`<span
        part="era"
        class="axis-era"
        title=${era.title}
        style=${cssVars({
          '--from': at(scale, toYearValue(era.start)),
          '--to': at(scale, toYearValueEnd(era.finish)),
          ...(lanes && { '--lane': `${lanes[i] ?? 0}` }),
        })}
        ><span class="axis-era-label">${era.title}</span></span
      >`,
  );
}

/**
 * The tick labels, each formatted by `label`. Each is keyed by its date: when the ticks change (a
 * narrower column has fewer), a label goes and another comes, rather than one label sliding to
 * another date (a layout shift, when a pre-rendered page hydrates on a phone).
 */
export function axisTicks(ticks: readonly Tick[], label: (tick: Tick) => string): unknown[] {
  return ticks.map((tick) =>
    keyed(
      tick.value,
      html`<span part="tick" class="tick" aria-hidden="true" style=${cssVars({ '--at': `${tick.position}%` })}
        >${label(tick)}</span
      >`,
    ),
  );
}

/** The marker at the active event, with its date; `vars` places it. */
export function axisMarker(
  vars: Record<string, string> | undefined,
  label: string,
): TemplateResult | typeof nothing {
  if (!vars) return nothing;
  return html`<span part="marker" class="marker" aria-hidden="true" style=${cssVars(vars)}
    ><span class="marker-label">${label}</span></span
  >`;
}
