/**
 * The `storyline` command.
 * - `storyline validate [--strict] <files…>`: prints `file: path: message` for every problem; exit 1
 *   when any file has errors, 0 otherwise (warnings never fail). `--strict` is a newsroom's policy:
 *   every event has an id, a summary and a source, and every warning is an error.
 * - `storyline convert <in.csv|in.json|in.html>`: converts a CSV (either column set), a TimelineJS
 *   JSON file or a page's declarative `<story-timeline>` to a Storyline story on standard output,
 *   with the same errors on standard error.
 * - `storyline oembed --base <url> --out <dir> <stories…>`: writes an oEmbed JSON per story, whose
 *   html is the iframe embed, for CMSes that embed by URL (`npm run build` does it for events/).
 * - `storyline render <story> [--locale <tag>] [--filters] [--header] [--page <scripts url>]`: the
 *   story's `<story-timeline>` rendered on the server (declarative shadow DOM) on standard output;
 *   with `--page`, a whole page that loads `hydrate.js` and `storyline.js` from that URL.
 * - `storyline embed-page --out <dir> <stories…>`: writes `<dir>/<story>.html`, the embed page with
 *   the story, scripts and styles inside it, for sandboxed iframes (src/embed/inline-page.ts).
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pickText } from './core/text.js';
import { inlinePage } from './embed/inline-page.js';
import { embedUrl, iframeSnippet, initialHeight } from './embed/messages.js';
import { parseStory } from './core/validate.js';
import type { ParsedStory, Story } from './core/types.js';
import { fromCsv } from './formats/csv.js';
import { fromTimelineJS, isTimelineJS } from './formats/timelinejs.js';
import { nodeHtmlReader, storyFromHtml } from './formats/node-html.js';

const USAGE = [
  'usage: storyline validate [--strict] <story.json…>',
  '       storyline convert <in.csv|in.json|in.html> > story.json',
  '       storyline oembed --base <url> --out <dir> <story.json…>',
  '       storyline render <story.json> [--locale <tag>] [--filters] [--header] [--page <scripts url>] > timeline.html',
  '       storyline embed-page --out <dir> <story.json…>',
].join('\n');

type Out = (line: string) => void;

/** `events/schema.json` sits beside the stories, so `events/*.json` names it too. */
function isJsonSchema(input: unknown): boolean {
  const schema = (input as { $schema?: unknown } | null)?.$schema;
  return typeof schema === 'string' && schema.startsWith('https://json-schema.org/');
}

/** Reads a file as a story document, converting CSV, TimelineJS and declarative HTML files. */
async function readAny(file: string): Promise<unknown> {
  const text = await readFile(file, 'utf8');
  if (file.toLowerCase().endsWith('.csv')) return fromCsv(text, nodeHtmlReader);
  if (/\.html?$/i.test(file)) return storyFromHtml(text) ?? { events: [] };
  const json: unknown = JSON.parse(text);
  return isTimelineJS(json) ? fromTimelineJS(json, nodeHtmlReader) : json;
}

/** Prints every problem of one file; returns the valid story, or null when the file has errors. */
async function check(file: string, report: Out, strict = false): Promise<ParsedStory | null | 'skipped'> {
  let input: unknown;
  try {
    input = await readAny(file);
  } catch (error) {
    report(`${file}: ${(error as Error).message}`);
    return null;
  }
  if (isJsonSchema(input)) return 'skipped';
  const { errors, warnings, story } = parseStory(input, { strict });
  for (const e of errors) report(`${file}: ${e.path}: ${e.message}`);
  for (const w of warnings) report(`${file}: ${w.path}: warning: ${w.message}`);
  return errors.length ? null : story;
}

export async function validateFiles(files: string[], out: Out, strict = false): Promise<boolean> {
  let ok = true;
  for (const file of files) {
    const story = await check(file, out, strict);
    if (story === 'skipped') out(`${file}: skipped, a JSON Schema rather than a story`);
    else if (story) out(`${file}: ok, ${story.events.length} events`);
    else ok = false;
  }
  return ok;
}

/** The story as a story file holds it: without the parsed dates the validator adds. */
function toStory(story: ParsedStory): Story {
  const events = story.events.map(({ start: _start, finish: _finish, ...event }) => event);
  const eras = story.eras.map(({ id, title, start, end }) => ({ id, title, start: start.iso, end }));
  return { ...story, eras, events };
}

/** `--name value` taken out of the arguments, or undefined. */
function takeOption(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
}

/** `--name` taken out of the arguments: whether it was there. */
function takeFlag(args: string[], name: string): boolean {
  const at = args.indexOf(name);
  if (at >= 0) args.splice(at, 1);
  return at >= 0;
}

const toJson = (story: ParsedStory): string =>
  JSON.stringify({ $schema: './schema.json', ...toStory(story) }, null, 2);

/** The oEmbed "rich" response for a story published at `${base}events/<file>`, embedded by `${base}demo/embed.html`. */
export function oembedFor(story: ParsedStory, file: string, base: string): object {
  const root = base.replace(/\/?$/, '/');
  const title = pickText(story.title, story.language);
  const url = embedUrl(`${root}demo/embed.html`, { src: `${root}events/${basename(file)}`, filters: true });
  const height = initialHeight(story.events.length);
  return {
    type: 'rich',
    version: '1.0',
    title,
    provider_name: 'Storyline',
    provider_url: root,
    ...(story.source?.author && { author_name: story.source.author }),
    html: iframeSnippet(url, title, height),
    width: 960,
    height,
  };
}

/** Checks every story and writes `write(story, file)` into `out`; exit code 1 if one had errors. */
async function writeEach(
  args: string[],
  out: string,
  write: (story: ParsedStory, file: string) => Promise<void>,
): Promise<number> {
  await mkdir(out, { recursive: true });
  let ok = true;
  for (const file of args) {
    const story = await check(file, (line) => console.error(line));
    if (story === 'skipped') continue;
    if (!story) ok = false;
    else await write(story, file);
  }
  return ok ? 0 : 1;
}

async function writeOembed(args: string[]): Promise<number> {
  const base = takeOption(args, '--base');
  const out = takeOption(args, '--out');
  if (!base || !out || args.length === 0) {
    console.error(USAGE);
    return 2;
  }
  return writeEach(args, out, (story, file) =>
    writeFile(join(out, basename(file)), JSON.stringify(oembedFor(story, file, base), null, 2) + '\n'),
  );
}

/** The built files the self-contained page carries: this file's neighbours in dist/. */
async function builtFiles(): Promise<{ modules: Record<string, string>; css: string }> {
  const dist = fileURLToPath(new URL('.', import.meta.url));
  // Every chunk but those an embedded JSON story never asks for (other formats, the scrolly, the
  // CORS check: nothing is fetched). One left out by mistake would only fail when imported.
  const unused = /^(csv|timelinejs|html|define|cors)-/;
  const chunks = (await readdir(join(dist, 'chunks'))).filter(
    (name) => name.endsWith('.js') && !unused.test(name),
  );
  const modules: Record<string, string> = {};
  for (const path of ['storyline.js', 'embed.js', ...chunks.map((name) => `chunks/${name}`)])
    modules[path] = await readFile(join(dist, path), 'utf8');
  const css = await Promise.all(['storyline.css', 'embed.css'].map((f) => readFile(join(dist, f), 'utf8')));
  return { modules, css: css.join('\n').replace(/\/\*[\s\S]*?\*\//g, '') };
}

async function writeEmbedPages(args: string[]): Promise<number> {
  const out = takeOption(args, '--out');
  if (!out || args.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const built = await builtFiles();
  return writeEach(args, out, async (story, file) => {
    const page = inlinePage({
      ...built,
      story: toStory(story),
      title: pickText(story.title, story.language) || 'Storyline',
      lang: story.language ?? 'en',
    });
    await writeFile(join(out, `${basename(file, extname(file))}.html`), page);
  });
}

async function render(args: string[]): Promise<number> {
  const locale = takeOption(args, '--locale');
  const scripts = takeOption(args, '--page');
  const filters = takeFlag(args, '--filters');
  const showHeader = takeFlag(args, '--header');
  const [file, ...rest] = args;
  if (!file || rest.length > 0 || file.startsWith('--')) {
    console.error(USAGE);
    return 2;
  }
  const parsed = await check(file, (line) => console.error(line));
  if (!parsed || parsed === 'skipped') return 1;
  // Loaded only by this command: it brings Lit's server renderer and its DOM shim.
  const ssr = (await import(
    new URL('./ssr/index.js', import.meta.url).href
  )) as typeof import('./ssr/index.js');
  const story = toStory(parsed);
  const html = await ssr.renderTimeline(story, { locale, filters, showHeader });
  const lang = locale || story.language || 'en';
  console.log(
    scripts === undefined
      ? html
      : ssr.htmlPage(html, {
          title: story.title ? pickText(story.title, lang) : basename(file),
          lang,
          scripts,
        }),
  );
  return 0;
}

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  const strict = command === 'validate' && rest.includes('--strict');
  const files = strict ? rest.filter((arg) => arg !== '--strict') : rest;
  if (command === 'validate' && files.length > 0) {
    return (await validateFiles(files, (line) => console.log(line), strict)) ? 0 : 1;
  }
  if (command === 'convert' && files.length === 1) {
    const story = await check(files[0] as string, (line) => console.error(line));
    if (story && story !== 'skipped') console.log(toJson(story));
    return story && story !== 'skipped' ? 0 : 1;
  }
  if (command === 'oembed') return writeOembed(files);
  if (command === 'render') return render(files);
  if (command === 'embed-page') return writeEmbedPages(files);
  console.error(USAGE);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
