import { css } from 'lit';

export const styles = css`
  :host {
    --_bg: var(--story-bg, transparent);
    --_era: var(--story-era-bg, light-dark(#efe9df, #2b2925));
    --_axis-width: var(--story-axis-width, 9rem);
    background: var(--_bg);
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
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

  .chip.small {
    font-size: 0.75rem;
    padding: 0.05rem 0.55rem;
    min-height: 0;
  }

  .swatch {
    width: 0.65em;
    height: 0.65em;
    border-radius: 50%;
    background: var(--_chip);
    flex: none;
  }

  /* ---- layout --------------------------------------------------------------------------- */

  .layout {
    display: grid;
    grid-template-columns: var(--_axis-width) minmax(0, 1fr);
    gap: 2rem;
    align-items: start;
  }

  /* ---- the axis (vertical beside the cards; horizontal along the top on narrow columns) --- */

  .axis {
    position: sticky;
    inset-block-start: var(--_top);
    block-size: calc(var(--story-viewport-height, 100dvh) - var(--_top) - 2rem);
    max-block-size: 52rem;
    padding-block: 1.25rem;
    font-size: 0.75rem;
    color: var(--_muted);
    z-index: 1;
  }

  .axis-track {
    position: relative;
    /* Its size is the marker's unit of travel (cqb, cqi); nothing in it is in flow. */
    container-type: size;
    block-size: 100%;
    margin-inline-start: 4.25rem;
    border-inline-start: 2px solid var(--_border);
  }

  /* A label too long for the room beside the line ("diciembre de 2022") wraps, never overflows. */
  .tick {
    position: absolute;
    inset-block-start: var(--at);
    inset-inline-end: calc(100% + 0.6rem);
    transform: translateY(-50%);
    inline-size: max-content;
    max-inline-size: 3.5rem;
    text-align: end;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
  }

  .tick::after {
    content: '';
    position: absolute;
    inset-inline-start: calc(100% + 0.25rem);
    inset-block-start: 50%;
    inline-size: 0.35rem;
    border-block-start: 1px solid var(--_border);
  }

  .break {
    position: absolute;
    inset-block-start: var(--from);
    block-size: calc(var(--to) - var(--from));
    inset-inline-start: -2px;
    inline-size: 2px;
    background: repeating-linear-gradient(to bottom, var(--_border) 0 3px, transparent 3px 6px);
    border-inline-start: 0;
    box-shadow: 0 0 0 3px var(--_bg, transparent);
  }

  .axis-era {
    position: absolute;
    inset-block-start: var(--from);
    block-size: max(calc(var(--to) - var(--from)), 0.5rem);
    /* Eras that overlap in time stand in lanes side by side, each with room for its name. */
    inset-inline-start: calc(0.9rem + var(--lane) * 1.6rem);
    inline-size: 0.35rem;
    background: color-mix(in srgb, var(--_muted) 35%, transparent);
    border-radius: 2px;
  }

  .axis-era {
    container-type: size;
  }

  .axis-era-label {
    position: absolute;
    inset-inline-start: 0.6rem;
    inset-block-start: 0;
    writing-mode: vertical-rl;
    /* Set sideways whole, as a line of text turned: a mixed orientation stood curly quotes and
       other punctuation upright, apart from their words ("Caesar ’ s"). Chinese, Japanese and
       Korean keep their upright characters. */
    text-orientation: sideways;
    white-space: nowrap;
    font-size: 0.6875rem;
    display: none;
  }

  .axis-era-label:is(:lang(ja), :lang(ko), :lang(zh)) {
    text-orientation: mixed;
  }

  /* An era's name shows only where its band is long enough to hold it. */
  @container (min-height: 9rem) {
    .axis-era-label {
      display: block;
    }
  }

  .marks li {
    position: absolute;
    inset-block-start: var(--at);
    inset-inline-start: -1px;
    transform: translate(calc(-50% * var(--_inline)), -50%);
  }

  .marks a {
    display: block;
    inline-size: 0.6rem;
    block-size: 0.6rem;
    border-radius: 50%;
    background: var(--_card);
    border: 2px solid var(--_muted);
  }

  .marks .major a {
    inline-size: 0.8rem;
    block-size: 0.8rem;
    border-color: var(--_fg);
  }

  .marks .active a {
    background: var(--_accent);
    border-color: var(--_accent);
  }

  /* A long story's marks: one path, one short line a mark. It has a layer of its own: the marker
     and the active mark change beside it on every step of a scroll, and repainting them with it
     drew thousands of lines again each time. */
  .marks-path {
    will-change: transform;
    position: absolute;
    inset-block: 0;
    inset-inline-start: -0.3rem;
    inline-size: 0.6rem;
    block-size: 100%;
    overflow: visible;
    cursor: pointer;
  }

  .marks-path path {
    stroke: var(--_muted);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }

  /* Windowing: a chunk of events not in the DOM holds their room and their text, for find-in-page. */
  .placeholder {
    display: block;
    content-visibility: hidden;
    contain-intrinsic-block-size: var(--h);
  }

  /* The marker moves by translation, which the compositor animates: moving its offset laid the
     page out again on every frame of the move. */
  .marker {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: -0.35rem;
    inline-size: 0.7rem;
    border-block-start: 2px solid var(--_accent);
    translate: 0 calc(var(--at) * 1cqb);
    transition: translate 250ms ease-out;
    pointer-events: none;
  }

  .marker-label {
    position: absolute;
    inset-inline-start: calc(100% + 0.35rem);
    z-index: 1;
    inset-block-start: 0;
    transform: translateY(-50%);
    background: var(--_accent);
    color: var(--_card);
    font-weight: 600;
    padding: 0.05rem 0.4rem;
    border-radius: 3px;
    white-space: nowrap;
  }

  @container story (max-width: 719px) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
      gap: 1rem;
    }

    .axis {
      block-size: 4.25rem;
      padding-block: 0;
      padding-inline: 1.25rem;
      background: color-mix(in srgb, var(--_card) 94%, transparent);
      backdrop-filter: blur(6px);
      border-block-end: 1px solid var(--_border);
      margin-inline: -0.5rem;
    }

    .axis-track {
      margin: 0;
      block-size: auto;
      inline-size: 100%;
      position: absolute;
      inset-block-start: 1.9rem;
      inset-inline: 1.25rem;
      inline-size: auto;
      border-inline-start: 0;
      border-block-start: 2px solid var(--_border);
    }

    .tick {
      inset-block-start: 0.55rem;
      inset-inline-start: var(--at);
      inset-inline-end: auto;
      transform: translateX(calc(-50% * var(--_inline)));
      max-inline-size: none;
      white-space: nowrap;
    }

    .tick::after {
      display: none;
    }

    .break {
      inset-block-start: -2px;
      inset-inline-start: var(--from);
      inline-size: calc(var(--to) - var(--from));
      block-size: 2px;
      background: repeating-linear-gradient(to right, var(--_border) 0 3px, transparent 3px 6px);
    }

    .axis-era {
      inset-block-start: calc(-0.9rem - var(--lane) * 0.45rem);
      inset-inline-start: var(--from);
      inline-size: max(calc(var(--to) - var(--from)), 0.5rem);
      block-size: 0.3rem;
    }

    .axis-era-label {
      display: none;
    }

    .marks li {
      inset-block-start: -1px;
      inset-inline-start: var(--at);
    }

    .marks-path {
      inset-block: -0.3rem auto;
      inset-inline: 0;
      inline-size: 100%;
      block-size: 0.6rem;
    }

    .marker {
      inset-block-start: -0.7rem;
      inset-inline-start: 0;
      inline-size: 0;
      block-size: 1.4rem;
      border-block-start: 0;
      border-inline-start: 2px solid var(--_accent);
      translate: calc(var(--at) * var(--_inline) * 1cqi) 0;
    }

    .marker-label {
      display: none;
    }
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
    position: relative;
    background: var(--_card);
    border: 1px solid var(--_border);
    border-radius: 6px;
    padding: 1rem 1.25rem 0.9rem;
    scroll-margin-block: calc(var(--_top) + 5rem) 2rem;
    transition:
      border-color 200ms,
      box-shadow 200ms;
    /* A card far from the screen is not laid out or painted; it keeps its last height (or a
       guess) meanwhile. Its text stays in the page, for find-in-page and screen readers. */
    content-visibility: auto;
    contain-intrinsic-block-size: auto 12rem;
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

  .date {
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

  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    margin-block-end: 0.5rem;
  }

  .summary {
    margin: 0 0 0.75rem;
    max-inline-size: 65ch;
    text-wrap: pretty;
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

  .sources {
    display: flex;
    gap: 0.35rem;
    min-inline-size: 0;
  }

  .sources cite {
    font-style: italic;
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
    .marker,
    .card {
      transition: none;
    }
  }

  /* ---- forced colours and print --------------------------------------------------------- */

  @media (forced-colors: active) {
    .card.active,
    .marks .active a,
    .marker {
      border-color: Highlight;
      forced-color-adjust: none;
      background: Highlight;
    }

    .card.active {
      background: Canvas;
      outline: 3px solid Highlight;
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
