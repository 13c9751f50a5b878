/**
 * The compact card: the scrolly's card of the active event (date, title, actors, summary and
 * sources), built from the same parts as the full card. Its own module, so that a page without a
 * scrolly does not load it.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { ParsedEvent } from '../../core/types.js';
import type { Language } from '../../internal/language.js';
import { chipItems, dateText, sources, summary, weight, type CardOptions } from './event-card.js';

/** The compact card: date, title, actors, summary and sources. */
export function compactCard(event: ParsedEvent, language: Language, options: CardOptions): TemplateResult {
  const about = summary(event, language, options.slotted);
  return html`<div
    part="event card"
    class="card compact ${options.active ? 'active' : ''} ${weight(event)}"
    tabindex="-1"
  >
    <time part="date" class="date" datetime=${event.date}>${dateText(language, event)}</time>
    <p part="title" class="title">${language.text(event.title)}</p>
    <ul class="chips">
      ${chipItems(event, options.actors)}
    </ul>
    <p part="summary" class="summary" ?hidden=${about === nothing}>${about}</p>
    ${sources(event, language, options.storySource)}
  </div>`;
}

/** The compact card's rules, after `cardStyles`. */
export const compactCardStyles = css`
  /* The compact card: the scrolly's, one at a time, under a rule of the accent colour. */
  .compact {
    border-block-start: 3px solid var(--_accent);
    border-radius: 4px;
  }

  .compact .chips {
    gap: 0.3rem 0.75rem;
    font-size: 0.8125rem;
    color: var(--_muted);
  }

  .compact .chip {
    border: 0;
    padding: 0;
    min-height: 0;
    background: none;
    color: inherit;
    font-size: inherit;
  }

  .compact .sources,
  .compact .credit {
    border-block-start: 1px solid var(--_border);
    padding-block-start: 0.45rem;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
`;
