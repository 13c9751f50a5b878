/**
 * The event card, written once for the timeline (the full card, one per event) and the scrolly
 * (the compact card of the active event), and the credit line of a story's source. Template
 * functions, not elements: a shadow root per card would cost too much at thousands of events.
 * Pure functions of the event and the language: they read no DOM.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { citationsFor } from '../../core/citation.js';
import { isAbsoluteHttpUrl } from '../../core/safety.js';
import type { Actor, ParsedEvent, StorySource } from '../../core/types.js';
import { cssVars } from '../../internal/css-vars.js';
import type { Language } from '../../internal/language.js';

export interface CardOptions {
  /** The story's actors by id, for the chips. */
  actors: ReadonlyMap<string, Actor>;
  /** The event at the reading line. */
  active: boolean;
  /** The level of the card's title (the full card only). */
  headingLevel?: number;
  /** The summary is the author's own content, slotted in as `event-<id>`. */
  slotted?: boolean;
  /** The story's source: a card citing it names it in short ("Report: <section>"). */
  storySource?: StorySource;
}

/** An event's date at its precision, or its span: "July 2023", "2021–2025". */
export function dateText(language: Language, event: ParsedEvent): string {
  return language.date(event.start, event.finish);
}

/** A link for a safe absolute URL, else the text alone. */
export function link(text: string, url?: string): TemplateResult {
  return url && isAbsoluteHttpUrl(url)
    ? html`<a href=${url} rel="noopener noreferrer" target="_blank">${text}</a>`
    : html`${text}`;
}

/** A colour swatch's custom property for an actor with a colour. */
export function actorStyle(actor: Actor): Record<string, string> {
  return actor.color ? { '--actor': actor.color } : {};
}

export function chips(
  event: ParsedEvent,
  actors: ReadonlyMap<string, Actor>,
): TemplateResult | typeof nothing {
  if (!event.actors?.length) return nothing;
  return html`<ul class="chips">
    ${event.actors.map((id) => {
      const actor = actors.get(id);
      return actor
        ? html`<li part="chip" class="chip small" ${cssVars(actorStyle(actor))}>
            <span class="swatch" aria-hidden="true"></span>${actor.label}
          </li>`
        : nothing;
    })}
  </ul>`;
}

/** The card's citations (see `citationsFor`); an event that cites nothing shows none. */
export function sources(
  event: ParsedEvent,
  language: Language,
  story?: StorySource,
): TemplateResult | typeof nothing {
  const { words } = language;
  const cited = citationsFor(event.sources, story, words);
  if (cited.length === 0) return nothing;
  return html`<div class="sources">
    ${
      cited.every((citation) => citation.own)
        ? nothing
        : html`<span class="sources-label">${cited.length > 1 ? words.sources : words.source}:</span>`
    }
    <ul part="sources">
      ${cited.map(
        (citation) =>
          html`<li>
            <cite>${link(citation.text, citation.url)}</cite
            >${citation.section ? html`, “${citation.section}”` : nothing}
          </li>`,
      )}
    </ul>
  </div>`;
}

/** The author's own content when slotted, else the summary; nothing for an event without one. */
export function summary(
  event: ParsedEvent,
  language: Language,
  slotted?: boolean,
): TemplateResult | typeof nothing {
  if (slotted) return html`<div part="summary" class="summary"><slot name="event-${event.id}"></slot></div>`;
  return event.summary
    ? html`<p part="summary" class="summary">${language.text(event.summary)}</p>`
    : nothing;
}

export function dateLine(event: ParsedEvent, language: Language): TemplateResult {
  const time = html`<time datetime=${event.date}>${dateText(language, event)}</time>`;
  return html`<p part="date" class="date">${time}</p>`;
}

export const weight = (event: ParsedEvent) =>
  event.importance === 3 ? 'major' : event.importance === 1 ? 'minor' : '';

/** The full card: date, title, actors, summary, quote, image, tags and sources. */
export function eventCard(event: ParsedEvent, language: Language, options: CardOptions): TemplateResult {
  const { active } = options;
  const quote = event.sources.find((source) => source.quote)?.quote;
  const { media } = event;
  return html`<article
    part="event card"
    id=${event.id}
    class="card ${active ? 'active' : ''} ${weight(event)}"
    tabindex="-1"
    aria-current=${active ? 'true' : nothing}
    aria-labelledby="${event.id}-title"
  >
    ${dateLine(event, language)}
    <div
      part="title"
      class="title"
      role="heading"
      aria-level=${(options.headingLevel ?? 2) + 1}
      id="${event.id}-title"
    >
      ${language.text(event.title)}
    </div>
    ${chips(event, options.actors)} ${summary(event, language, options.slotted)}
    ${quote ? html`<blockquote class="quote">${quote}</blockquote>` : nothing}
    ${
      media
        ? html`<figure part="media" class="media">
            <img src=${media.src} alt=${media.alt} loading="lazy" decoding="async" />
            ${
              media.caption || media.credit
                ? html`<figcaption>
                    ${media.caption ?? ''}
                    ${media.credit ? html`<span class="credit">${media.credit}</span>` : nothing}
                  </figcaption>`
                : nothing
            }
          </figure>`
        : nothing
    }
    <footer class="card-footer">
      ${
        event.tags?.length
          ? html`<ul class="tags">
              ${event.tags.map((tag) => html`<li>${tag}</li>`)}
            </ul>`
          : nothing
      }
      ${sources(event, language, options.storySource)}
    </footer>
  </article>`;
}

/** The story's source in one line: "Source: Title, Author, Publisher". */
export function creditLine(source: StorySource, language: Language): TemplateResult {
  return html`<p part="credit" class="credit">
    ${language.words.source}: <cite>${link(source.title, source.url)}</cite>${
      source.author ? html`, ${source.author}` : nothing
    }${source.publisher ? html`, ${source.publisher}` : nothing}
  </p>`;
}
