/**
 * The self-contained embed page (`storyline embed-page`): embed.html with the story, the scripts and
 * the styles inside it, for a sandboxed iframe (WordPress's `sandbox="allow-scripts"`). Such a frame
 * has an opaque origin, so every request it makes is cross-origin: the story, and the module scripts
 * and their chunks too, would each need `Access-Control-Allow-Origin`. This page makes none.
 *
 * - The story is a `<script type="application/json">` (the element's inline story), written as JSON
 *   that HTML cannot end early (`jsonInHtml`): neither `</script>` nor `<!--` in a title breaks out.
 * - The modules (dist/storyline.js, dist/embed.js and the chunks) are `data:` URLs in an import map,
 *   under `storyline-kit/<path>` names; their relative imports are rewritten to those names, since a
 *   `data:` module has no URL to resolve `./chunks/…` against. A chunk is only decoded if imported.
 */
import { Buffer } from 'node:buffer';
import { posix } from 'node:path';
import { escapeHtml, jsonInHtml } from '../internal/html-text.js';

/** Module specifiers that point at another file of the bundle: `from"./x.js"`, `import("../x.js")`. */
const RELATIVE_IMPORT = /(\bfrom\s*|\bimport\s*\(?\s*)(["'])(\.{1,2}\/[^"'\n]+?\.js)\2/g;

/**
 * An import map whose `storyline-kit/<path>` entries are the given modules (path in dist/ → code)
 * as base64 `data:` URLs, each with its relative imports renamed the same way.
 */
export function importMap(modules: Record<string, string>): { imports: Record<string, string> } {
  const imports: Record<string, string> = {};
  for (const [path, code] of Object.entries(modules)) {
    const named = code.replace(RELATIVE_IMPORT, (_, before: string, quote: string, target: string) => {
      const resolved = posix.normalize(posix.join(posix.dirname(path), target));
      return `${before}${quote}storyline-kit/${resolved}${quote}`;
    });
    imports[`storyline-kit/${path}`] =
      `data:text/javascript;base64,${Buffer.from(named, 'utf8').toString('base64')}`;
  }
  return { imports };
}

export interface InlinePage {
  /** The story document (what a story file holds). */
  story: unknown;
  title: string;
  /** The story's language, for `<html lang>`. */
  lang: string;
  /** dist/storyline.js, dist/embed.js and the chunks: path in dist/ → code. */
  modules: Record<string, string>;
  /** dist/storyline.css and dist/embed.css. */
  css: string;
}

/** The page's HTML. The query string works as on embed.html (`?filters&theme=dark&hash=…`), `src` aside. */
export function inlinePage({ story, title, lang, modules, css }: InlinePage): string {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(title)}</title>
<style>${css.replace(/<\//g, '<\\/')}</style>
<script type="importmap">${jsonInHtml(importMap(modules))}</script>
<script type="module">import 'storyline-kit/storyline.js';import 'storyline-kit/embed.js';</script>
</head>
<body><script type="application/json" data-story>${jsonInHtml(story)}</script></body>
</html>
`;
}
