/**
 * TimelineJS3 → Storyline. Maps a TimelineJS JSON file (or the rows of its Google Sheets
 * template, via `fromTimelineJSRows`) to a story document, which `parseStory` then validates.
 * Its text fields are HTML: only their text is kept, read through an inert parser (nothing in it
 * runs or loads), and the links in them become sources, so no markup ever reaches the page.
 */
import { slugify } from '../core/text.js';
import type { Story } from '../core/types.js';

/** Turns an HTML fragment into text and the links it holds. */
export type HtmlReader = (html: string) => { text: string; links: { text: string; href: string }[] };

interface TLDate {
  year?: number | string;
  month?: number | string;
  day?: number | string;
  display_date?: string;
}

interface TLText {
  headline?: string;
  text?: string;
}

interface TLMedia {
  url?: string;
  caption?: string;
  credit?: string;
  alt?: string;
}

interface TLSlide {
  start_date?: TLDate;
  end_date?: TLDate;
  text?: TLText;
  media?: TLMedia;
  group?: string;
  unique_id?: string;
  display_date?: string;
}

interface TLEra {
  start_date?: TLDate;
  end_date?: TLDate;
  text?: TLText;
}

export { isTimelineJS } from './detect.js';

export interface TimelineJSFile {
  title?: TLSlide;
  events?: TLSlide[];
  eras?: TLEra[];
}

type TrustedTypesHost = {
  trustedTypes?: {
    createPolicy(name: string, rules: { createHTML(s: string): string }): { createHTML(s: string): string };
  };
};

/**
 * Under Trusted Types (`require-trusted-types-for 'script'`) DOMParser takes only TrustedHTML.
 * This policy hands the file's HTML to DOMParser alone: the document it makes is inert (no script
 * runs, nothing loads), only its text is read, and none of it is ever put into the page.
 */
let inertPolicy: { createHTML(s: string): string } | undefined;
function inert(html: string): string {
  const trustedTypes = (globalThis as TrustedTypesHost).trustedTypes;
  if (!trustedTypes) return html;
  inertPolicy ??= trustedTypes.createPolicy('storyline-inert', { createHTML: (s) => s });
  return inertPolicy.createHTML(html);
}

/** Reads HTML with the browser's inert DOMParser: scripts never run, images never load. */
export const domHtmlReader: HtmlReader = (html) => {
  const doc = new DOMParser().parseFromString(inert(html), 'text/html');
  for (const code of doc.querySelectorAll('script, style, template, noscript, iframe, object')) code.remove();
  for (const br of doc.querySelectorAll('br')) br.replaceWith('\n');
  for (const block of doc.querySelectorAll('p, div, li, h1, h2, h3, h4, h5, h6')) {
    block.before('\n');
    block.append('\n');
  }
  const links = [...doc.querySelectorAll('a[href]')].map((a) => ({
    text: (a.textContent ?? '').trim(),
    href: a.getAttribute('href') ?? '',
  }));
  return { text: tidy(doc.body.textContent ?? ''), links };
};

function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** Converts a TimelineJS3 JSON document into a story document (to be checked by `parseStory`). */
export function fromTimelineJS(input: TimelineJSFile, read: HtmlReader = domHtmlReader): Story {
  const title = read(input.title?.text?.headline ?? '').text;
  const actors = new Map<string, string>();
  const ids = new Set<string>();
  const events = (input.events ?? []).map((slide) => {
    const headline = read(slide.text?.headline ?? '').text;
    const body = read(slide.text?.text ?? '');
    // Without a unique_id the validator makes one from the date and title, as for every route.
    const id = slide.unique_id ? uniqueId(slide.unique_id, '', ids) : undefined;
    const actor = slide.group?.trim();
    if (actor) actors.set(slugify(actor) || 'group', actor);
    const linked = body.links.filter((l) => l.href).map((l) => ({ title: l.text || l.href, url: l.href }));
    const media = slide.media?.url
      ? {
          src: slide.media.url,
          alt: slide.media.alt || read(slide.media.caption ?? '').text || headline,
          ...(slide.media.credit && { credit: read(slide.media.credit).text }),
          ...(slide.media.caption && { caption: read(slide.media.caption).text }),
        }
      : undefined;
    // The links in the text are its citations; a slide without one cites nothing (the story's
    // title is not a source).
    return {
      ...(id && { id }),
      date: toDate(slide.start_date) as string,
      ...(slide.end_date && { end: toDate(slide.end_date) as string }),
      ...(headline && { title: headline }),
      ...(body.text && { summary: body.text }),
      ...(actor && { actors: [slugify(actor) || 'group'] }),
      ...(linked.length && { sources: linked }),
      ...(media && { media }),
    };
  });
  const eras = (input.eras ?? []).map((era, index) => {
    const headline = read(era.text?.headline ?? '').text || `Era ${index + 1}`;
    return {
      id: uniqueId(undefined, headline, ids),
      title: headline,
      start: toDate(era.start_date) as string,
      end: toDate(era.end_date) as string,
    };
  });
  const description = read(input.title?.text?.text ?? '').text;
  return {
    ...(title && { title }),
    ...(description && { description }),
    actors: [...actors].map(([id, label]) => ({ id, label })),
    eras,
    events,
  };
}

/**
 * `{ year: "-44", month: 3, day: "15" }` → `"-0044-03-15"`. Numbers and numeric strings are both
 * read; a negative year is BCE. Anything else is passed on as it is, for the validator to name.
 */
export function toDate(date: TLDate | undefined): unknown {
  if (!date || date.year === undefined || date.year === '') return undefined;
  const year = Number(date.year);
  if (!Number.isInteger(year)) return String(date.year);
  const parts = [(year < 0 ? '-' : '') + String(Math.abs(year)).padStart(4, '0')];
  for (const part of [date.month, date.day]) {
    if (part === undefined || part === '') break;
    const value = Number(part);
    parts.push(Number.isInteger(value) ? String(value).padStart(2, '0') : String(part));
  }
  return parts.join('-');
}

function uniqueId(given: string | undefined, fallback: string, taken: Set<string>): string {
  const base = (given && slugify(given)) || slugify(fallback) || 'event';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
