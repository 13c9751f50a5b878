import { css } from 'lit';
import { axisStyles } from '../shared/axis.styles.js';
import { cardStyles } from '../shared/card.styles.js';
import { compactCardStyles } from '../shared/compact-card.js';

const own = css`
  :host {
    --_bg: var(--story-bg, Canvas);
    --_era: var(--story-era-bg, light-dark(#cfc6b8, #5a554d));
    --_vh: var(--story-viewport-height, 100dvh);
    --_graphic-width: var(--story-graphic-width, min(46%, 34rem));
    --_graphic-height: var(--story-graphic-height, min(55vh, 26rem));
    /* Heights of the axis rows, so the marker, grid lines and breaks can span the lanes. */
    --_eras-h: 1.5rem;
    --_marker-h: 1.6rem;
    --_ticks-h: 1.5rem;
  }

  p {
    margin: 0;
  }

  /* ---- layout: the prose beside a sticky graphic; on narrow columns, the graphic on top ---- */

  .base {
    display: grid;
    grid-template-columns: minmax(0, 1fr) var(--_graphic-width);
    column-gap: clamp(2rem, 6cqi, 4.5rem);
    align-items: start;
  }

  .graphic {
    grid-column: 2;
    grid-row: 1;
    position: sticky;
    inset-block-start: var(--_top);
    min-block-size: calc(var(--_vh) - var(--_top));
    display: flex;
    flex-direction: column;
    justify-content: center;
    gap: 1.5rem;
    padding-block: 1.5rem;
    font-size: 0.9375rem;
    z-index: 1;
  }

  .steps {
    grid-column: 1;
    grid-row: 1;
    min-inline-size: 0;
  }

  .status {
    color: var(--_muted);
  }

  /* ---- the axis: eras, the marker's row, one row per lane, ticks ------------------------ */

  .plot {
    position: relative;
    margin-inline: 1.5rem;
  }

  .eras {
    position: relative;
    block-size: var(--_eras-h);
  }

  .axis-era {
    inset-inline-start: var(--from);
    inline-size: max(calc(var(--to) - var(--from)), 0.25rem);
    inset-block-end: 0.15rem;
    block-size: 0.3rem;
    background: var(--_era);
    container-type: inline-size;
  }

  .axis-era-label {
    inset-block-end: 0.45rem;
    max-inline-size: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
    font-style: italic;
    line-height: 1.2;
  }

  /* An era is named only where its band leaves room for a few words. */
  @container (min-width: 6.5rem) {
    .axis-era-label {
      display: block;
    }
  }

  .marker-row {
    block-size: var(--_marker-h);
  }

  .marker {
    inset-inline-start: var(--at);
    inset-block: var(--_eras-h) calc(var(--_ticks-h) - 0.35rem);
    border-inline-start: 2px solid var(--_accent);
    transition: inset-inline-start 300ms ease-out;
    z-index: 2;
  }

  .marker-label {
    inset-block-start: 0;
    inset-inline-start: -1px;
    /* At the start of the axis the flag points right, at the end left, in between it slides. */
    transform: translateX(calc(var(--at-share, 0.5) * -100%));
    padding: 0.1rem 0.45rem;
    font-weight: 700;
    letter-spacing: 0.03em;
    transition: transform 300ms ease-out;
  }

  .lane {
    position: relative;
    block-size: 2.3rem;
  }

  .lane-label {
    position: absolute;
    inset-block-start: 0.1rem;
    inset-inline-start: 0;
    font-size: 0.6875rem;
    font-weight: 700;
    letter-spacing: 0.07em;
    text-transform: uppercase;
    white-space: nowrap;
    line-height: 1.2;
    /* Over a break's hatching, the name keeps a clean ground. */
    padding-inline-end: 0.4rem;
    background: var(--_bg);
    z-index: 1;
  }

  .marks {
    position: absolute;
    inset-inline: 0;
    inset-block-start: 1.55rem;
    border-block-start: 1px solid var(--_border);
  }

  .mark {
    position: absolute;
    inset-inline-start: var(--at);
    inset-block-start: 0;
    inline-size: 0.6rem;
    block-size: 0.6rem;
    transform: translate(-50%, -50%);
    border-radius: 50%;
    background: var(--_card);
    border: 1.5px solid var(--_muted);
    z-index: 1;
    transition:
      inset-inline-start 300ms ease-out,
      opacity 300ms;
  }

  .mark.major {
    border-color: var(--_fg);
    background: var(--_fg);
  }

  .mark.span {
    inline-size: max(calc(var(--to) - var(--at)), 0.6rem);
    block-size: 0.35rem;
    transform: translate(0, -50%);
    border: 0;
    border-radius: 999px;
    background: color-mix(in srgb, var(--_muted) 30%, transparent);
    z-index: 0;
  }

  .mark.active {
    inline-size: 0.95rem;
    block-size: 0.95rem;
    background: var(--_accent);
    border-color: var(--_accent);
    box-shadow: 0 0 0 3px color-mix(in srgb, var(--_accent) 25%, transparent);
    z-index: 3;
  }

  .mark.span.active {
    inline-size: max(calc(var(--to) - var(--at)), 0.95rem);
    block-size: 0.5rem;
  }

  .mark.out {
    opacity: 0;
    visibility: hidden;
  }

  .ticks {
    position: relative;
    block-size: var(--_ticks-h);
    border-block-start: 1px solid var(--_muted);
  }

  .tick {
    inset-inline-start: var(--at);
    inset-block-start: 0.3rem;
    transform: translateX(-50%);
    white-space: nowrap;
  }

  .tick::after {
    inset-inline-start: 50%;
    inset-block-start: -0.3rem;
    block-size: 0.25rem;
    border-inline-start: 1px solid var(--_muted);
  }

  .break {
    inset-inline-start: var(--from);
    inline-size: calc(var(--to) - var(--from));
    inset-block: calc(var(--_eras-h) + var(--_marker-h)) calc(var(--_ticks-h) - 0.3rem);
    background: repeating-linear-gradient(
      135deg,
      transparent 0 3px,
      color-mix(in srgb, var(--_muted) 40%, transparent) 3px 4px
    );
  }

  /* ---- the card: the active event, or the story before the first step -------------------- */

  .card {
    animation: card-in 350ms ease-out;
  }

  .card.intro {
    border-block-start-color: var(--_fg);
  }

  /* Motion only, never opacity: the text keeps its full contrast at every moment. */
  @keyframes card-in {
    from {
      translate: 0 0.6rem;
    }
  }

  .title {
    font-size: 1.3rem;
    line-height: 1.22;
  }

  .intro .title {
    font-size: 1.45rem;
  }

  .summary {
    margin-block-end: 0.7rem;
  }

  /* ---- narrow: the graphic stays on top while the prose scrolls under it ----------------- */

  @container story (max-width: 719.98px) {
    .base {
      display: block;
    }

    /* A fixed height: the prose under it never moves, neither when the story arrives nor when the
       card changes (dist/storyline.css reserves the same before the script). */
    .graphic {
      min-block-size: 0;
      block-size: var(--_graphic-height);
      overflow: hidden;
      gap: 0.6rem;
      padding-block: 0.6rem 0.75rem;
      margin-block-end: 2rem;
      background: var(--_bg);
      border-block-end: 1px solid var(--_border);
      box-shadow: 0 6px 10px -8px rgb(0 0 0 / 0.25);
      font-size: 0.875rem;
    }

    .plot {
      margin-inline: 1rem;
    }

    .lane {
      block-size: 1.95rem;
    }

    .marks {
      inset-block-start: 1.35rem;
    }

    .card {
      padding: 0.55rem 0.8rem 0.5rem;
      border-block-start-width: 2px;
    }

    .date {
      font-size: 0.75rem;
      margin-block-end: 0;
    }

    .title,
    .intro .title {
      font-size: 1.05rem;
      margin-block-end: 0.2rem;
    }

    .summary {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      overflow: hidden;
      margin-block-end: 0.35rem;
      font-size: 0.8125rem;
      line-height: 1.4;
    }

    .chips {
      display: none;
    }

    .sources,
    .credit {
      padding-block-start: 0.3rem;
      font-size: 0.75rem;
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }

    .sources li + li {
      display: none;
    }

    .sources ul {
      overflow: hidden;
      text-overflow: ellipsis;
      min-inline-size: 0;
    }
  }

  /* ---- motion, forced colours, print ------------------------------------------------------ */

  @media (prefers-reduced-motion: reduce) {
    .card {
      animation: none;
    }
  }

  @media (forced-colors: active) {
    .mark.active {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
    }
  }

  @media print {
    .graphic {
      display: none;
    }

    .base {
      display: block;
    }
  }
`;

/** The shared card and axis rules, then the scrolly's own. */
export const styles = [cardStyles, compactCardStyles, axisStyles, own];
