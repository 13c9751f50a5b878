/**
 * The messages an embedded timeline (embed.html in an iframe) and its host page exchange. Heights
 * go out in pym.js's format and in WordPress's wp-embed format, so hosts that speak either size
 * the iframe with no code of ours; `embed-host.js` does it for the rest.
 */

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

/** Storyline's own messages, both ways. */
export type StorylineMessage =
  | { type: 'storyline:height'; height: number }
  | { type: 'storyline:active'; id: string }
  | { type: 'storyline:goto'; id: string };

export function isStorylineMessage(data: unknown): data is StorylineMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    String((data as { type?: unknown }).type).startsWith('storyline:')
  );
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

/** The iframe snippet for a CMS that strips scripts. */
export function iframeSnippet(url: string, title: string, height = 720): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${escape(url)}" title="${escape(title)}" width="100%" height="${height}" style="border:0;width:100%" loading="lazy" data-storyline></iframe>`;
}
