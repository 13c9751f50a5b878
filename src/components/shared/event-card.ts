/**
 * The event card, written once for the timeline (the full card, one per event) and the scrolly
 * (the compact card of the active event, in compact-card.ts), and the credit line of a story's source. Template
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

function chip(actor: Actor): TemplateResult {
  return html`<li part="chip" class="chip small" style=${cssVars(actorStyle(actor))}>${actor.label}</li>`;
}

/**
 * An event's actors, as the items of its `ul.chips` (empty without actors; its swatches are drawn
 * by CSS). Up to three, one template with its items in it: a list of templates costs two marker
 * comments an item, and at most three actors is what nearly every event has.
 */
export function chipItems(event: ParsedEvent, actors: ReadonlyMap<string, Actor>): unknown {
  const list = (event.actors ?? []).map((id) => actors.get(id)).filter((actor) => actor !== undefined);
  const [a, b, c] = list;
  const item = (actor: Actor) => cssVars(actorStyle(actor));
  if (!a) return nothing;
  if (list.length > 3) return list.map(chip);
  if (!b) return chip(a);
  if (!c)
    return html`<li part="chip" class="chip small" style=${item(a)}>${a.label}</li>
      <li part="chip" class="chip small" style=${item(b)}>${b.label}</li>`;
  return html`<li part="chip" class="chip small" style=${item(a)}>${a.label}</li>
    <li part="chip" class="chip small" style=${item(b)}>${b.label}</li>
    <li part="chip" class="chip small" style=${item(c)}>${c.label}</li>`;
}

/**
 * The card's citations (see `citationsFor`); an event that cites nothing shows none. One citation
 * is a line ("Source: <cite>Title</cite>, “Section”", or the story's own in short: "Report:
 * Section"), several a list. A citation without a safe URL is an `a` without `href`, which is
 * text: one template for both.
 */
export function sources(
  event: ParsedEvent,
  language: Language,
  story?: StorySource,
  className = '',
): TemplateResult | typeof nothing {
  const { words } = language;
  const cited = citationsFor(event.sources, story, words);
  const [only] = cited;
  if (!only) return nothing;
  if (cited.length === 1) {
    const url = only.url && isAbsoluteHttpUrl(only.url) ? only.url : nothing;
    return html`<p part="sources" class="sources ${className}">
      ${only.own ? nothing : `${words.source}: `}<cite
        ><a href=${url} rel="noopener noreferrer" target="_blank">${only.text}</a></cite
      >${only.section ? `, “${only.section}”` : nothing}
    </p>`;
  }
  return html`<div class="sources ${className}">
    ${
      cited.every((citation) => citation.own)
        ? nothing
        : html`<span class="sources-label">${words.sources}:</span>`
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

/**
 * What a card's `<p part="summary">` holds: the author's own content when slotted, else the
 * summary; `nothing` when there is neither, and the paragraph is hidden. The paragraph is in each
 * card's own template, not a template of its own: that would cost the card a marker comment.
 */
export function summary(event: ParsedEvent, language: Language, slotted?: boolean): unknown {
  if (slotted) return html`<slot name="event-${event.id}"></slot>`;
  return event.summary ? language.text(event.summary) : nothing;
}

/** What ends the full card: its quote and image when it has them, its tags and sources. */
function cardEnd(event: ParsedEvent, language: Language, story?: StorySource): unknown {
  const quote = event.sources.find((source) => source.quote)?.quote;
  const { media } = event;
  const footer = event.tags?.length
    ? html`<footer class="card-footer">
        <ul class="tags">
          ${event.tags.map((tag) => html`<li>${tag}</li>`)}
        </ul>
        ${sources(event, language, story)}
      </footer>`
    : sources(event, language, story, 'card-footer');
  if (!quote && !media) return footer;
  return html`${quote ? html`<blockquote class="quote">${quote}</blockquote>` : nothing}${
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
  }${footer}`;
}

export const weight = (event: ParsedEvent) =>
  event.importance === 3 ? 'major' : event.importance === 1 ? 'minor' : '';

/**
 * The full card: date, title, actors, summary, quote, image, tags and sources. As few bindings as
 * it can (each is a marker comment in the DOM): a card of the usual kind is about 30 nodes, where
 * it was about 60.
 */
export function eventCard(event: ParsedEvent, language: Language, options: CardOptions): TemplateResult {
  const { active } = options;
  const about = summary(event, language, options.slotted);
  return html`<article
    part="event card"
    id=${event.id}
    class="card ${active ? 'active' : ''} ${weight(event)}"
    tabindex="-1"
    aria-current=${active ? 'true' : nothing}
    aria-labelledby="${event.id}-title"
  >
    <time part="date" class="date" datetime=${event.date}>${dateText(language, event)}</time>
    <div
      part="title"
      class="title"
      role="heading"
      aria-level=${(options.headingLevel ?? 2) + 1}
      id="${event.id}-title"
    >
      ${language.text(event.title)}
    </div>
    <ul class="chips">
      ${chipItems(event, options.actors)}
    </ul>
    <p part="summary" class="summary" ?hidden=${about === nothing}>${about}</p>
    ${cardEnd(event, language, options.storySource)}
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
