import { css } from 'lit';

/**
 * What every Storyline element shares: the `--story-*` custom properties read into private
 * `--_*` tokens, and a few resets. Each token has a light and a dark value (`light-dark()`),
 * chosen by `color-scheme`: the reader's preference, or the `theme` attribute.
 * Each element adds its own tokens (`--_bg`, `--_era`…) and styles after it; the error box is
 * shared too.
 */
export const theme = css`
  :host {
    --_fg: var(--story-fg, light-dark(#1a1a1a, #ece8e1));
    --_muted: var(--story-muted, light-dark(#5c5c5c, #a9a39a));
    --_card: var(--story-card-bg, light-dark(#ffffff, #1f1f1e));
    --_border: var(--story-border, light-dark(#d9d4cc, #3d3b38));
    --_accent: var(--story-accent, light-dark(#b3261e, #ff8a7a));
    --_focus: var(--story-focus, light-dark(#1a5fb4, #8cb4ff));
    --_font: var(--story-font, inherit);
    --_heading: var(--story-heading-font, Georgia, 'Times New Roman', serif);
    --_top: var(--story-sticky-top, 0px);
    display: block;
    container: story / inline-size;
    color: var(--_fg);
    font-family: var(--_font);
    line-height: 1.5;
    color-scheme: light dark;
  }

  :host([theme='light']) {
    color-scheme: light;
  }

  :host([theme='dark']) {
    color-scheme: dark;
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

  /* The error box: what is wrong, and where (a path per problem). */
  .error {
    border: 2px solid var(--_accent);
    border-radius: 6px;
    padding: 0.75rem 1rem;
    background: var(--_card);
  }

  .error p {
    margin: 0.25rem 0;
  }

  .error-title {
    font-weight: 700;
  }

  .error ul {
    list-style: disc;
    padding-inline-start: 1.25rem;
  }

  .error code {
    font-weight: 600;
  }
`;
