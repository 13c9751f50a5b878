/**
 * The timeline's sticky axis: vertical beside the cards, horizontal along the top of a narrow
 * column. Breaks, eras, ticks and the marker are the shared axis parts; the marks are links (or,
 * for a long story, one path) that go to their event.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { makeDate, toYearValue } from '../../core/dates.js';
import { createTimeScale, eraLanes, storySpans, type TimeScale } from '../../core/scale.js';
import type { ParsedEra, ParsedEvent } from '../../core/types.js';
import { cssVars } from '../../internal/css-vars.js';
import type { Language } from '../../internal/language.js';
import { island } from '../../internal/island.js';
import { rememberLast } from '../../internal/memo.js';
import { at, axisBreaks, axisEras, axisMarker, axisTicks } from '../shared/axis.js';
import { dateText } from '../shared/event-card.js';

/** Above this many events the axis draws its marks as one path rather than a link each. */
const MARKS_AS_PATH_FROM = 300;

export interface AxisView {
  events: readonly ParsedEvent[];
  eras: readonly ParsedEra[];
  activeId: string;
  active?: ParsedEvent;
  narrow: boolean;
  language: Language;
  /** Goes to an event, focusing its mark. */
  goTo: (id: string, focus: true | 'mark') => void;
}

/**
 * The marker's flag, in the column of tick labels: where the active event starts, to the month at
 * most, shortened as the ticks are ("Dec 2022", "Dez. 2022"). The card has the whole date.
 */
function flagText(language: Language, event: ParsedEvent): string {
  const { year, month } = event.start;
  return language.short(makeDate(year, month));
}

export class TimelineAxis {
  /** The scale and its ticks, built again only when the events shown or the layout change (not on scroll). */
  scaleFor = rememberLast((events: readonly ParsedEvent[], eras: readonly ParsedEra[], narrow: boolean) => {
    // Tick labels sit side by side on the horizontal axis, so they need more room there.
    const scale = createTimeScale(storySpans(events, eras), {
      range: [0, 100],
      minTickGap: narrow ? 0.16 : 0.045,
    });
    return { scale, ticks: scale.ticks() };
  });

  /** One path for all the marks of a long story, drawn for the axis' orientation. */
  #marksPath = rememberLast((scale: TimeScale, events: readonly ParsedEvent[], narrow: boolean) =>
    events
      .map((event) => scale(toYearValue(event.start)).toFixed(2))
      .map((p) => (narrow ? `M${p} 0V100` : `M0 ${p}H100`))
      .join(''),
  );

  render(view: AxisView): TemplateResult {
    const { events, eras, activeId, active, narrow, language } = view;
    const { scale, ticks } = this.scaleFor(events, eras, narrow);
    const many = events.length > MARKS_AS_PATH_FROM;
    // What does not follow the reader (breaks, eras, ticks, the path of marks) renders again only
    // when the scale or the language changes.
    const track = guard([scale, ticks, eras, language.data, many], () => [
      axisBreaks(scale),
      axisEras(scale, eras, eraLanes(eras)),
      axisTicks(ticks, (tick) => language.short(tick.date)),
      many
        ? svg`<svg class="marks-path" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true" @click=${(event: MouseEvent) => this.#handlePathClick(event, view)}><path d=${this.#marksPath(scale, events, narrow)}></path></svg>`
        : nothing,
    ]);
    const handleClick = (event: MouseEvent) => {
      const id = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-goto]')?.dataset.goto;
      if (!id) return;
      event.preventDefault();
      view.goTo(id, true);
    };
    // Where the marker stands (percent of the axis): it moves there, and the ticks by its flag give way.
    const place = active ? scale(toYearValue(active.start)).toFixed(3) : undefined;
    // The marks are an island rendered first in idle time: the cards paint before them.
    return html`<nav part="axis" class="axis" aria-label=${language.words.axis} @click=${handleClick}>
      <div
        class="axis-track"
        style=${cssVars({ '--marker-at': place === undefined ? undefined : `${place}%` })}
      >
        ${track}
        <ol class="marks" data-island>
          ${island([events, activeId, scale, language.data], () => this.#marks(view, scale, many), 'idle')}
        </ol>
        ${axisMarker(place === undefined ? undefined : { '--at': place }, active ? flagText(language, active) : '')}
      </div>
    </nav>`;
  }

  /** The marks: a link to each event (or, for a long story, the active event's alone). */
  #marks({ events, activeId, active, language }: AxisView, scale: TimeScale, many: boolean): TemplateResult {
    return html`${(many ? (active ? [active] : []) : events).map(
      (event) =>
        html`<li
          class="mark ${event.id === activeId ? 'active' : ''} ${event.importance === 3 ? 'major' : ''}"
          style=${cssVars({ '--at': at(scale, toYearValue(event.start)) })}
        >
          <a
            part="axis-mark mark"
            href="#${event.id}"
            data-goto=${event.id}
            tabindex=${event.id === activeId ? 0 : -1}
            aria-current=${event.id === activeId ? 'true' : nothing}
            aria-label="${dateText(language, event)}: ${language.text(event.title)}"
          ></a>
        </li>`,
    )}`;
  }

  /** A click on the path of marks goes to the event nearest to it in time. */
  #handlePathClick(event: MouseEvent, { events, eras, narrow, goTo }: AxisView): void {
    const { scale } = this.scaleFor(events, eras, narrow);
    const rect = (event.currentTarget as SVGElement).getBoundingClientRect();
    const share = narrow
      ? (event.clientX - rect.left) / rect.width
      : (event.clientY - rect.top) / rect.height;
    const distance = (candidate: ParsedEvent) => Math.abs(scale(toYearValue(candidate.start)) / 100 - share);
    const nearest = events.reduce<ParsedEvent | undefined>(
      (best, candidate) => (!best || distance(candidate) < distance(best) ? candidate : best),
      undefined,
    );
    if (nearest) goTo(nearest.id, 'mark');
  }
}
