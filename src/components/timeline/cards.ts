/**
 * The timeline's column of events: cards grouped by year, each era named above its first event,
 * and rails beside the cards for the eras they fall in. The story's header is here too.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatRange, makeDate, toYearValue, toYearValueEnd } from '../../core/dates.js';
import type { Actor, ParsedEra, ParsedEvent, ParsedStory } from '../../core/types.js';
import type { Language } from '../../internal/language.js';
import { rememberLast } from '../../internal/memo.js';
import { creditLine, eventCard } from '../shared/event-card.js';

export interface RunView {
  story: ParsedStory;
  /** All the events shown; a run is a stretch of them. */
  events: readonly ParsedEvent[];
  activeId: string;
  headingLevel: number;
  language: Language;
  /** The events whose summary is the author's own content (declared in HTML). */
  slotted?: ReadonlyMap<string, Element>;
}

function within(event: ParsedEvent, era: ParsedEra): boolean {
  const value = toYearValue(event.start);
  return value >= toYearValue(era.start) && value < toYearValueEnd(era.finish);
}

export class TimelineCards {
  #actorsById = rememberLast((list: readonly Actor[]) => new Map(list.map((actor) => [actor.id, actor])));

  /** For each event, the eras whose first event it is (their label goes above its card). */
  #eraStarts = rememberLast((events: readonly ParsedEvent[], eras: readonly ParsedEra[]) => {
    const starts = new Map<string, ParsedEra[]>();
    for (const era of eras) {
      const first = events.find((event) => within(event, era));
      if (first) starts.set(first.id, [...(starts.get(first.id) ?? []), era]);
    }
    return starts;
  });

  /** A run of consecutive events, in year sections; a year continued from the run before has no new heading. */
  renderRun(run: readonly ParsedEvent[], offset: number, view: RunView): TemplateResult {
    const { story, events: all, language, headingLevel } = view;
    const { eras } = story;
    const eraStarts = this.#eraStarts(all, eras);
    const actors = this.#actorsById(story.actors);
    // Each year is formatted once a run (a new date object would miss the language's memo).
    const years = new Map<number, string>();
    const yearOf = ({ start: { year } }: ParsedEvent) => {
      let text = years.get(year);
      if (text === undefined) years.set(year, (text = language.date(makeDate(year))));
      return text;
    };
    const groups: { year: string; continued: boolean; events: ParsedEvent[] }[] = [];
    const before = all[offset - 1];
    for (const event of run) {
      const year = yearOf(event);
      const last = groups[groups.length - 1];
      if (last?.year === year) last.events.push(event);
      else
        groups.push({
          year,
          continued: !last && before !== undefined && yearOf(before) === year,
          events: [event],
        });
    }
    return html`${groups.map(
      (group) =>
        html`<section class="year">
          ${
            group.continued
              ? nothing
              : html`<div part="year" class="year-heading" role="heading" aria-level=${headingLevel}>
                  ${group.year}
                </div>`
          }
          <ol class="cards">
            ${group.events.map((event) => {
              const card = eventCard(event, language, {
                actors,
                active: event.id === view.activeId,
                headingLevel,
                slotted: view.slotted?.has(event.id),
                ...(story.source && { storySource: story.source }),
              });
              // Without eras, no rails and no era labels: nothing but the card.
              if (eras.length === 0)
                return html`<li class="entry" data-event-id=${event.id} data-eras="0">${card}</li>`;
              const inEras = eras.filter((era) => within(event, era));
              return html`<li class="entry" data-event-id=${event.id} data-eras=${inEras.length}>
                ${(eraStarts.get(event.id) ?? []).map(
                  (era) =>
                    html`<p part="era" class="era-label">
                      <span class="visually-hidden">${language.words.era}: </span>${era.title}
                      <span class="era-dates"
                        >${formatRange(era.start, era.finish, language.dateOptions)}</span
                      >
                    </p>`,
                )}
                <div class="rails" aria-hidden="true">
                  ${eras.map((era) => html`<span class="rail ${inEras.includes(era) ? 'on' : ''}"></span>`)}
                </div>
                ${card}
              </li>`;
            })}
          </ol>
        </section>`,
    )}`;
  }
}

/** The story's title, description and source, above the timeline (with `show-header`). */
export function storyHeader(story: ParsedStory, language: Language, headingLevel: number): TemplateResult {
  return html`<header part="header" class="header">
    ${
      story.title
        ? html`<div role="heading" aria-level=${headingLevel} class="story-title">
            ${language.text(story.title)}
          </div>`
        : nothing
    }
    ${story.description ? html`<p class="description">${language.text(story.description)}</p>` : nothing}
    ${story.source ? creditLine(story.source, language) : nothing}
  </header>`;
}
