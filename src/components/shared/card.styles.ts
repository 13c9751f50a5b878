import { css } from 'lit';

/**
 * The event card's rules, for the full card (the timeline's) and the compact one (`.compact`, the
 * scrolly's), and the credit line. Each element adds its own after these: sizes and motion.
 */
export const cardStyles = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .card {
    position: relative;
    background: var(--_card);
    border: 1px solid var(--_border);
    border-radius: 6px;
    padding: 1rem 1.25rem 0.9rem;
  }

  .date {
    display: block;
    margin: 0 0 0.25rem;
    font-size: 0.8125rem;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_accent);
  }

  .title {
    font-family: var(--_heading);
    font-size: 1.2rem;
    font-weight: 700;
    line-height: 1.25;
    margin-block-end: 0.5rem;
    text-wrap: pretty;
  }

  .summary {
    margin: 0 0 0.75rem;
    max-inline-size: 65ch;
    text-wrap: pretty;
  }

  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    margin-block-end: 0.5rem;
  }

  .chip {
    --_chip: var(--actor, var(--_muted));
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    font: inherit;
    font-size: 0.875rem;
    color: var(--_fg);
    background: var(--_card);
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0.3rem 0.75rem;
    min-height: 2.25rem;
  }

  .chip.small {
    font-size: 0.75rem;
    padding: 0.05rem 0.55rem;
    min-height: 0;
  }

  .chips:empty {
    display: none;
  }

  /* A card's chip draws its swatch itself; the filter bar's chips hold a .swatch. */
  .swatch,
  .chips > .chip::before {
    content: '';
    inline-size: 0.65em;
    block-size: 0.65em;
    border-radius: 50%;
    background: var(--_chip, var(--actor, var(--_muted)));
    flex: none;
  }

  .sources {
    display: flex;
    gap: 0.35rem;
    min-inline-size: 0;
  }

  /* One source is a line of text, not a row of boxes. */
  p.sources {
    display: block;
  }

  .sources cite,
  .credit cite {
    font-style: italic;
  }

  .credit {
    color: var(--_muted);
  }

  @media (forced-colors: active) {
    .card.active {
      background: Canvas;
      outline: 3px solid Highlight;
    }
  }
`;
