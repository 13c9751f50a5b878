import { css } from 'lit';

/** The timeline's axis: vertical beside the cards; along the top of a narrow column. */
export const timelineAxisStyles = css`
  /* ---- layout --------------------------------------------------------------------------- */

  .layout {
    display: grid;
    grid-template-columns: var(--_axis-width) minmax(0, 1fr);
    gap: 2rem;
    align-items: start;
  }

  /* ---- the axis (vertical beside the cards; horizontal along the top on narrow columns) --- */

  /* The axis sticks once the element runs, when its marker starts to follow the reader. Before
     (pre-rendered HTML, read with no script or waiting for it) it stays at the top of the
     timeline, where it stands at load, and the first paint is not held up by compositing it. */
  .axis {
    position: relative;
    block-size: calc(var(--story-viewport-height, 100dvh) - var(--_top) - 2rem);
    max-block-size: 52rem;
    padding-block: 1.25rem;
    z-index: 1;
  }

  :host(:defined) .axis {
    position: sticky;
    inset-block-start: var(--_top);
  }

  .axis-track {
    position: relative;
    /* Its size is the marker's unit of travel (cqb, cqi); nothing in it is in flow. */
    container-type: size;
    block-size: 100%;
    /* Room for the tick labels and the marker's flag, which stands among them. */
    margin-inline-start: 4.75rem;
    border-inline-start: 2px solid var(--_border);
  }

  /* A label too long for the room beside the line ("diciembre de 2022") wraps, never overflows. */
  .tick {
    inset-block-start: var(--at);
    inset-inline-end: calc(100% + 0.6rem);
    /* The marker's flag stands in this column: a label within 2.5% of it (the track's
       --marker-at) is hidden, whole, at once: never half-faded text. */
    opacity: clamp(
      0%,
      (max(var(--at) - var(--marker-at), var(--marker-at) - var(--at)) - 2.5%) * 10000,
      100%
    );
    transform: translateY(-50%);
    inline-size: max-content;
    max-inline-size: 3.5rem;
    text-align: end;
  }

  /* Korean breaks between words, not inside one: "2023년 / 10월", never "2023년 10 / 월". */
  .tick:lang(ko) {
    word-break: keep-all;
  }

  .tick::after {
    inset-inline-start: calc(100% + 0.25rem);
    inset-block-start: 50%;
    inline-size: 0.35rem;
    border-block-start: 1px solid var(--_border);
  }

  .break {
    inset-block-start: var(--from);
    block-size: calc(var(--to) - var(--from));
    inset-inline-start: -2px;
    inline-size: 2px;
    /* Over the track's own line: its gaps are painted, or the line would show through them. */
    background: repeating-linear-gradient(to bottom, var(--_muted) 0 3px, var(--_card) 3px 6px);
    box-shadow: 0 0 0 3px var(--_bg, transparent);
  }

  .axis-era {
    inset-block-start: var(--from);
    block-size: max(calc(var(--to) - var(--from)), 0.5rem);
    /* Eras that overlap in time stand in lanes side by side, each with room for its name. */
    inset-inline-start: calc(0.9rem + var(--lane) * 1.6rem);
    inline-size: 0.35rem;
    background: color-mix(in srgb, var(--_muted) 35%, transparent);
    container-type: size;
  }

  /* Placed in physical terms: a vertical label's own inline and block directions are not the
     axis', and its logical insets would stand it over the band. */
  .axis-era-label {
    inset: 0 auto auto 0.5rem;
    writing-mode: vertical-rl;
    /* Set sideways whole, as a line of text turned: a mixed orientation stood curly quotes and
       other punctuation upright, apart from their words ("Caesar ’ s"). Chinese, Japanese and
       Korean keep their upright characters. */
    text-orientation: sideways;
  }

  .axis-era-label:dir(rtl) {
    inset: 0 0.5rem auto auto;
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

  /* Above a mark of the same date, which would otherwise cover it. */
  .marks .active {
    z-index: 1;
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

  /* The marker moves by translation, which the compositor animates: moving its offset laid the
     page out again on every frame of the move. */
  .marker {
    inset-block-start: 0;
    inset-inline-start: -0.35rem;
    inline-size: 0.7rem;
    border-block-start: 2px solid var(--_accent);
    translate: 0 calc(var(--at) * 1cqb);
    transition: translate 250ms ease-out;
  }

  /* The flag stands among the tick labels, clear of the eras' names on the other side. */
  .marker-label {
    inset-inline-end: calc(100% + 0.25rem);
    z-index: 1;
    inset-block-start: 0;
    transform: translateY(-50%);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    padding: 0.05rem 0.25rem;
  }

  @container story (max-width: 719.98px) {
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
      /* No flag along the top: every label stays. */
      opacity: 1;
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
      background: repeating-linear-gradient(to right, var(--_muted) 0 3px, var(--_card) 3px 6px);
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
`;
