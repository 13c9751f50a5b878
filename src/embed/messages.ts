/**
 * The messages an embedded timeline (embed.html in an iframe) and its host page exchange. Heights
 * go out in pym.js's format and in WordPress's wp-embed format, so hosts that speak either size
 * the iframe with no code of ours; `embed-host.js` does it for the rest. Messages come in from
 * other origins, so each is read field by field: anything not in a documented shape is ignored.
 */
import { escapeHtml } from '../internal/html-text.js';

/** pym.js: `pymxPYMx<id>xPYMxheightxPYMx<px>`. */
export function pymHeight(id: string, height: number): string {
  return ['pym', id, 'height', String(height)].join('xPYMx');
}

/** WordPress wp-embed: `{ message: 'height', value, secret }`. */
export function wpHeight(
  height: number,
  secret: string,
): { message: 'height'; value: number; secret: string } {
  return { message: 'height', value: height, secret };
}

/**
 * Storyline's own messages. Child to host: `height` (of the embed's content, in CSS pixels) and
 * `active` (the id of the event at the reading line), `scroll` (asks the host to scroll so that the
 * point `top` px down the iframe's document is at the top of its viewport, as pym.js's
 * `scrollToChildPos`; `behavior` is `smooth`, or `auto` for no animation at all). Host to child: `goto` (an event's id) and
 * `viewport` (where the host's viewport is: `top`, the iframe's top edge measured from the top of
 * the host's viewport, negative once scrolled past; `height`, the viewport's height).
 */
export type StorylineMessage =
  | { type: 'storyline:height'; height: number }
  | { type: 'storyline:active'; id: string }
  | { type: 'storyline:goto'; id: string }
  | { type: 'storyline:scroll'; top: number; behavior: 'auto' | 'smooth' }
  | { type: 'storyline:viewport'; top: number; height: number };

/** Where the host's viewport is, seen from the iframe: as in `storyline:viewport`. */
export interface HostViewport {
  /** The iframe's top edge below the top of the host's viewport, in CSS pixels (negative above it). */
  top: number;
  /** The host viewport's height. */
  height: number;
}

/** The longest event id a message may carry: ids are short slugs, and a message is untrusted. */
const MAX_ID = 200;
/** The largest distance a message may carry, far beyond any page. */
const MAX_PX = 1e7;

const isPx = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= MAX_PX;
const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_ID;

/**
 * Reads one of Storyline's messages, or null for anything else: a type not documented, a field
 * missing, of the wrong type, not finite or out of range, or fields beyond the documented ones.
 */
export function parseStorylineMessage(data: unknown): StorylineMessage | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const record = data as Record<string, unknown>;
  const keys = Object.keys(record).sort().join(' ');
  switch (record.type) {
    case 'storyline:height':
      return keys === 'height type' && isPx(record.height) && record.height >= 0
        ? { type: record.type, height: record.height }
        : null;
    case 'storyline:active':
    case 'storyline:goto':
      return keys === 'id type' && isId(record.id) ? { type: record.type, id: record.id } : null;
    case 'storyline:scroll':
      return keys === 'behavior top type' &&
        isPx(record.top) &&
        (record.behavior === 'auto' || record.behavior === 'smooth')
        ? { type: record.type, top: record.top, behavior: record.behavior }
        : null;
    case 'storyline:viewport':
      return keys === 'height top type' && isPx(record.top) && isPx(record.height) && record.height > 0
        ? { type: record.type, top: record.top, height: record.height }
        : null;
    default:
      return null;
  }
}

const PYM = 'xPYMx';
const NUMBER = /^-?\d+(?:\.\d+)?(?:e[-+]?\d+)?$/i;

/**
 * Reads a pym.js parent's `viewport-iframe-position` message (sent on the parent's scroll when it
 * was made with `trackscroll: true`): `pymxPYMx<id>xPYMxviewport-iframe-positionxPYMx<payload>`,
 * whose payload is `<viewport width> <viewport height> <iframe top> <iframe left> <iframe bottom>
 * <iframe right>` (pym.js 1.3). Only the child's own id is accepted; null for anything else.
 */
export function parsePymViewport(data: unknown, id: string): HostViewport | null {
  if (typeof data !== 'string' || data.length > 500) return null;
  const parts = data.split(PYM);
  if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== id) return null;
  if (parts[2] !== 'viewport-iframe-position') return null;
  const fields = (parts[3] as string).split(' ');
  if (fields.length !== 6 || !fields.every((field) => NUMBER.test(field))) return null;
  const [, height, top] = fields.map(Number) as [number, number, number];
  return isPx(top) && isPx(height) && height > 0 ? { top, height } : null;
}

/** A host viewport from any message a host may send: Storyline's own, or pym.js's. */
export function parseHostViewport(data: unknown, pymId: string): HostViewport | null {
  const message = parseStorylineMessage(data);
  if (message?.type === 'storyline:viewport') return { top: message.top, height: message.height };
  return pymId ? parsePymViewport(data, pymId) : null;
}

/** The options an embed URL carries: `embed.html?src=&locale=&theme=&start-at=&actors=&filters`. */
export interface EmbedOptions {
  src: string;
  locale?: string;
  theme?: string;
  startAt?: string;
  actors?: string;
  filters?: boolean;
}

/** Builds the embed URL for a story, relative to where embed.html is served. */
export function embedUrl(base: string, options: EmbedOptions): string {
  const params = new URLSearchParams({ src: options.src });
  if (options.locale) params.set('locale', options.locale);
  if (options.theme) params.set('theme', options.theme);
  if (options.startAt) params.set('start-at', options.startAt);
  if (options.actors) params.set('actors', options.actors);
  if (options.filters) params.set('filters', '');
  return `${base}?${params}`;
}

/**
 * The height an embed's iframe starts at, for a story of `events` events: a little under what the
 * timeline takes at any width (about 270 px an event), and never under a tall phone's viewport. A
 * frame that starts this tall grows out of the reader's sight, so nothing below it shifts; one
 * that started too tall would shrink in sight.
 */
export function initialHeight(events: number): number {
  return Math.max(800, 160 + 250 * Math.max(0, Math.floor(events)));
}

/** The iframe snippet for a CMS that strips scripts. */
export function iframeSnippet(url: string, title: string, height = 720): string {
  return `<iframe src="${escapeHtml(url)}" title="${escapeHtml(title)}" width="100%" height="${height}" style="border:0;width:100%" loading="lazy" data-storyline></iframe>`;
}
