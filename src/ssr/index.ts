/**
 * Server rendering (the `storyline-kit/ssr` entry, for Node): a story as the HTML of its timeline or
 * scrolly, cards, axis, eras and header included, in declarative shadow DOM, so that the page
 * reads, and each event is an anchor, before any script runs (or with none). The story goes into
 * the element as an inline JSON script, which is what the element reads when `dist/storyline.js`
 * (after `dist/hydrate.js`) takes the page over.
 *
 * ```js
 * import { renderTimeline } from 'storyline-kit/ssr';
 * const html = await renderTimeline(story, { locale: 'ko', filters: true });
 * ```
 */
// Lit's DOM shim (document, customElements, HTMLElement on globalThis, where missing) before any
// element module. It finishes asynchronously (it registers a module hook), and a module imported
// beside it may run before it is done: the elements are imported from this module's body below.
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { Story } from '../core/types.js';
import { escapeHtml, jsonInHtml } from '../internal/html-text.js';
import { hideIslands } from '../internal/island.js';
import { loadLocale } from '../i18n/index.js';
import type { Lane } from '../components/scrolly/lanes.js';
import type { StoryElement } from '../components/shared/story-element.js';

/** The attributes a pre-rendered timeline starts with (as on `<story-timeline>`). */
export interface TimelineRenderOptions {
  /** Language of dates and words (BCP 47); the story's `language` when absent. */
  locale?: string;
  filters?: boolean;
  showHeader?: boolean;
  syncHash?: boolean;
  theme?: StoryElement['theme'];
  headingLevel?: number;
  offset?: number;
  startAt?: string;
  actors?: string;
}

/** The attributes of a pre-rendered scrolly; `article` is its light DOM (the steps), as HTML. */
export interface ScrollyRenderOptions {
  locale?: string;
  offset?: number | string;
  once?: boolean;
  zoom?: boolean;
  theme?: StoryElement['theme'];
  /** The article: `<story-step>`s and the prose around them, HTML written by the page's author. */
  article?: string;
  /** The axis's lanes (`<story-lane>` children are not read on the server). */
  lanes?: Lane[];
}

/** The elements, defined once the shim is in. */
const defined = Promise.all([
  import('../components/timeline/define.js'),
  import('../components/scrolly/define.js'),
]);

/** The story as an inline script, which nothing in the story can end (`jsonInHtml`). */
export function storyScript(story: Story): string {
  return `<script type="application/json">${jsonInHtml(story)}</script>`;
}

/** ` name="value"` for each attribute given: a string, a number, or true for a boolean one. */
function attributes(list: Record<string, string | number | boolean | undefined>): string {
  return Object.entries(list)
    .filter(([, value]) => value !== undefined && value !== false && value !== '')
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`))
    .join('');
}

/**
 * The element with its shadow DOM: the story is given to it as a property (its server instance
 * reads nothing from the page) and, for the browser, as the inline script it reads when it starts.
 */
async function renderElement(
  tag: 'story-timeline' | 'story-scrolly',
  story: Story,
  attrs: Record<string, string | number | boolean | undefined>,
  light: string,
  lanes?: Lane[],
): Promise<string> {
  // The language is written out, so that the browser takes the one the server used (not the
  // page's), and loaded first: the element formats dates with the languages loaded. In the
  // browser the element takes the HTML over (`defer-hydration` removed) once that language has
  // loaded there too and the browser is idle (see `hydrateWhenIdle`).
  const locale = String(attrs.locale || story.language || 'en');
  await Promise.all([defined, loadLocale(locale)]);
  const all = attributes({ ...attrs, locale, 'defer-hydration': true });
  const content = unsafeHTML(storyScript(story) + light);
  const template = lanes
    ? staticHtml`<${unsafeStatic(tag)}${unsafeStatic(all)} .data=${story} .lanes=${lanes}>${content}</${unsafeStatic(tag)}>`
    : staticHtml`<${unsafeStatic(tag)}${unsafeStatic(all)} .data=${story}>${content}</${unsafeStatic(tag)}>`;
  return hideIslands(await collectResult(render(template)));
}

/** `<story-timeline>` with its shadow DOM rendered, holding the story. */
export function renderTimeline(story: Story, options: TimelineRenderOptions = {}): Promise<string> {
  const o = options;
  const attrs = {
    locale: o.locale,
    filters: o.filters,
    'show-header': o.showHeader,
    'sync-hash': o.syncHash,
    theme: o.theme,
    'heading-level': o.headingLevel,
    offset: o.offset,
    'start-at': o.startAt,
    actors: o.actors,
  };
  return renderElement('story-timeline', story, attrs, '');
}

/** `<story-scrolly>` with its graphic rendered, holding the story and the article. */
export function renderScrolly(story: Story, options: ScrollyRenderOptions = {}): Promise<string> {
  const o = options;
  const attrs = { locale: o.locale, offset: o.offset, once: o.once, zoom: o.zoom, theme: o.theme };
  return renderElement('story-scrolly', story, attrs, o.article ?? '', o.lanes);
}

/**
 * A page of its own around pre-rendered HTML: the document, its language and title, and the script
 * that takes it over (`hydrate.js`, which runs `storyline.js` once the page is painted; both under
 * `scripts`, the second preloaded). The page's colour scheme is the timeline's (`theme`, the
 * reader's by default): a dark timeline on the browser's white page was light text on white.
 */
export function htmlPage(
  body: string,
  {
    title,
    lang,
    scripts,
    theme = 'auto',
  }: { title: string; lang: string; scripts: string; theme?: StoryElement['theme'] },
): string {
  const base = scripts.replace(/\/?$/, '/');
  const scheme = theme === 'auto' ? 'light dark' : theme;
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="${escapeHtml(scheme)}" />
    <title>${escapeHtml(title)}</title>
    <link rel="modulepreload" href="${escapeHtml(base)}storyline.js" />
    <script type="module" src="${escapeHtml(base)}hydrate.js"></script>
    <style>
      body {
        max-width: 72rem;
        margin: 0 auto;
        padding: 1rem;
        font-family: system-ui, sans-serif;
      }
    </style>
  </head>
  <body>
    ${body}
  </body>
</html>
`;
}
