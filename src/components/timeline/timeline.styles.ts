import { css } from 'lit';
import { axisStyles } from '../shared/axis.styles.js';
import { timelineAxisStyles } from './axis.styles.js';
import { cardStyles } from '../shared/card.styles.js';

const own = css`
  :host {
    /* Dark, it paints the browser's dark page colour (Canvas), so that its light text stays
       readable on a page that stays white (one with no dark scheme of its own, or theme="dark"). */
    --_bg: var(--story-bg, light-dark(transparent, Canvas));
    --_era: var(--story-era-bg, light-dark(#efe9df, #2b2925));
    --_axis-width: var(--story-axis-width, 9rem);
    background: var(--_bg);
  }

  /* Inherited properties are set here, inside, so that no host page rule reaches them. */
  .base {
    /* 1 left to right, -1 right to left: the sign of the physical offsets below (translations,
       shadows), which do not follow the writing direction by themselves. */
    --_inline: 1;
    color: var(--_fg);
    font-family: var(--_font);
    font-size: var(--story-font-size, 1rem);
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
    word-spacing: normal;
    visibility: visible;
  }

  .base:dir(rtl) {
    --_inline: -1;
  }

  /* ---- header, errors, filters ---------------------------------------------------------- */

  .header {
    margin-block-end: 1.5rem;
  }

  .story-title {
    font-family: var(--_heading);
    font-size: 1.75rem;
    font-weight: 700;
    line-height: 1.2;
  }

  .description,
  .credit,
  .status {
    color: var(--_muted);
  }

  .error {
    margin-block-end: 1.5rem;
  }

  /* While the story is on its way, the timeline keeps a viewport's height (as a page's
     story-timeline:not(:defined) rule does before the script): the story then grows below the
     reader's sight, and what follows the timeline is never pushed while it is being read. */
  .coming {
    min-block-size: 100vh;
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-block-end: 1.5rem;
  }

  .filters-label {
    font-size: 0.875rem;
    color: var(--_muted);
    margin-inline-end: 0.25rem;
  }

  button.chip {
    cursor: pointer;
  }

  button.chip[aria-pressed='true'] {
    border-color: var(--_fg);
    box-shadow: inset 0 0 0 1px var(--_fg);
    font-weight: 600;
  }

  .chip .count {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
    font-weight: 400;
  }

  /* Windowing: a chunk of events not in the DOM holds their room and their text, for find-in-page. */
  .placeholder {
    display: block;
    content-visibility: hidden;
    contain-intrinsic-block-size: var(--h);
  }

  /* ---- years, eras and cards ------------------------------------------------------------ */

  .year-heading {
    font-family: var(--_heading);
    font-size: 2rem;
    font-weight: 700;
    line-height: 1;
    padding-block: 1.5rem 0.75rem;
    font-variant-numeric: lining-nums;
    scroll-margin-block-start: calc(var(--_top) + 5rem);
  }

  .entry {
    position: relative;
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    column-gap: 1rem;
    padding-block: 0.5rem;
  }

  /* Beside the rails, or where they would be (a story without eras has none). */
  .entry > .card {
    grid-column: 2;
  }

  .era-label {
    grid-column: 1 / -1;
    margin: 0.5rem 0 0.25rem;
    padding: 0.4rem 0.75rem;
    background: var(--_era);
    border-radius: 4px;
    font-size: 0.8125rem;
    font-weight: 600;
    letter-spacing: 0.02em;
    text-transform: uppercase;
  }

  .era-dates {
    font-weight: 400;
    color: var(--_muted);
    margin-inline-start: 0.35rem;
  }

  .rails {
    display: flex;
    gap: 3px;
    align-self: stretch;
    margin-block: -0.5rem;
  }

  .rail {
    inline-size: 3px;
    background: transparent;
  }

  .rail.on {
    background: color-mix(in srgb, var(--_muted) 28%, transparent);
  }

  .card {
    scroll-margin-block: calc(var(--_top) + 5rem) 2rem;
    transition:
      border-color 200ms,
      box-shadow 200ms;
    /* A card far from the screen is not laid out or painted; it keeps its last height (or a
       guess) meanwhile. Its text stays in the page, for find-in-page and screen readers. */
    content-visibility: auto;
    contain-intrinsic-block-size: auto 12rem;
  }

  /* The cards of the first eight years are always laid out: where the page opens, a card skipped
     for its first frames (as pre-rendered HTML's are, until Chromium finds them on screen) has the
     12rem guess, and grows under the reader's eyes when it is found. Only those: each card laid
     out before the first paint delays it. */
  .chunk:first-child .year:nth-child(-n + 8) .card {
    content-visibility: visible;
  }

  /* The accent bar is a shadow inside the border: painted, never laid out. */
  .card.active {
    border-color: var(--_accent);
    box-shadow:
      inset calc(3px * var(--_inline)) 0 0 var(--_accent),
      0 1px 3px rgb(0 0 0 / 0.08);
  }

  .card.major .title {
    font-size: 1.4rem;
  }

  /* A minor event (importance 1) reads as a footnote to the story. */
  .card.minor .title {
    font-size: 1.05rem;
  }

  .card.major {
    border-block-start: 3px solid var(--_fg);
  }

  .card.active.major {
    border-block-start-color: var(--_accent);
  }

  .quote {
    margin: 0 0 0.75rem;
    padding-inline-start: 0.9rem;
    border-inline-start: 3px solid var(--_border);
    font-family: var(--_heading);
    font-style: italic;
  }

  .quote::before {
    content: '“';
  }

  .quote::after {
    content: '”';
  }

  .media {
    margin: 0 0 0.75rem;
  }

  .media img {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    border-radius: 4px;
  }

  .media figcaption {
    font-size: 0.8125rem;
    color: var(--_muted);
    margin-block-start: 0.3rem;
  }

  .card-footer {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem 1rem;
    align-items: baseline;
    justify-content: space-between;
    border-block-start: 1px solid var(--_border);
    padding-block-start: 0.5rem;
    font-size: 0.8125rem;
    color: var(--_muted);
  }

  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .tags li::before {
    content: '#';
  }

  /* ---- motion --------------------------------------------------------------------------- */

  @supports (animation-timeline: view()) {
    @media (prefers-reduced-motion: no-preference) {
      .card {
        animation: reveal linear both;
        animation-timeline: view();
        animation-range: entry 0% entry 35%;
      }
    }
  }

  /* Motion only, never opacity: the text keeps its full contrast at every point of the scroll. */
  @keyframes reveal {
    from {
      translate: 0 1.5rem;
      scale: 0.985;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .card {
      transition: none;
    }
  }

  /* ---- forced colours and print --------------------------------------------------------- */

  @media (forced-colors: active) {
    .marks .active a {
      border-color: Highlight;
      forced-color-adjust: none;
      background: Highlight;
    }

    .card.active {
      border-color: Highlight;
    }
  }

  @media print {
    .axis,
    .filters {
      display: none;
    }

    .layout {
      display: block;
    }

    .card {
      break-inside: avoid;
      animation: none;
      content-visibility: visible;
      box-shadow: none;
    }
  }
`;

/** The shared card and axis rules, then the timeline's own. */
export const styles = [cardStyles, axisStyles, timelineAxisStyles, own];
