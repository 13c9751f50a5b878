import { css } from 'lit';

/** The dark scheme's tokens: used by `theme="dark"` and by the reader's preference alike. */
const dark = css`
  --_fg: var(--story-fg, #ece8e1);
  --_muted: var(--story-muted, #a9a39a);
  --_card: var(--story-card-bg, #1f1f1e);
  --_border: var(--story-border, #3d3b38);
  --_accent: var(--story-accent, #ff8a7a);
  --_focus: var(--story-focus, #8cb4ff);
  color-scheme: dark;
`;

/**
 * What every Storyline element shares: the `--story-*` custom properties read into private
 * `--_*` tokens, light and dark (`theme` attribute or the reader's preference), and a few resets.
 * Each element adds its own tokens (`--_bg`, `--_era`…) and styles after it.
 */
export const theme = css`
  :host {
    --_fg: var(--story-fg, #1a1a1a);
    --_muted: var(--story-muted, #5c5c5c);
    --_card: var(--story-card-bg, #ffffff);
    --_border: var(--story-border, #d9d4cc);
    --_accent: var(--story-accent, #b3261e);
    --_focus: var(--story-focus, #1a5fb4);
    --_font: var(--story-font, inherit);
    --_heading: var(--story-heading-font, Georgia, 'Times New Roman', serif);
    --_top: var(--story-sticky-top, 0px);
    display: block;
    container-type: inline-size;
    color: var(--_fg);
    font-family: var(--_font);
    line-height: 1.5;
    color-scheme: light;
  }

  :host([theme='dark']) {
    ${dark}
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  a {
    color: inherit;
    text-decoration-color: color-mix(in srgb, var(--_accent) 70%, transparent);
    text-underline-offset: 0.15em;
  }

  ul,
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
`;
