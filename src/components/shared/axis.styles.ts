import { css } from 'lit';

/**
 * The axis parts' rules that hold in either orientation: what a tick, an era's band and the
 * marker look like. Each element places them for its axis (vertical, or along the top).
 */
export const axisStyles = css`
  .axis {
    font-size: 0.75rem;
    color: var(--_muted);
  }

  .tick {
    position: absolute;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
  }

  .tick::after {
    content: '';
    position: absolute;
  }

  .break {
    position: absolute;
  }

  .axis-era {
    position: absolute;
    border-radius: 2px;
  }

  .axis-era-label {
    position: absolute;
    inset-inline-start: 0;
    white-space: nowrap;
    font-size: 0.6875rem;
    display: none;
  }

  /* The marker moves by a transition, which the compositor runs; its label is a flag of the accent. */
  .marker {
    position: absolute;
    pointer-events: none;
  }

  .marker-label {
    position: absolute;
    background: var(--_accent);
    color: var(--_card);
    white-space: nowrap;
    border-radius: 3px;
  }

  /* With the host's weight, so that no element's own transitions win. */
  @media (prefers-reduced-motion: reduce) {
    :host .marker,
    :host .marker-label,
    :host .mark {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    :host .marker,
    :host .marker-label {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
