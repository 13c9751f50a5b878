import type { Text } from './types.js';

/**
 * The text in the language wanted: an exact tag, then the same language (`ko` for `ko-KR`), then
 * the story's own language, then the first one given.
 */
export function pickText(text: Text, wanted: string, fallback = 'en'): string {
  if (typeof text === 'string') return text;
  const tags = Object.keys(text);
  const language = (tag: string) => tag.toLowerCase().split('-')[0];
  const match =
    tags.find((tag) => tag.toLowerCase() === wanted.toLowerCase()) ??
    tags.find((tag) => language(tag) === language(wanted)) ??
    tags.find((tag) => tag.toLowerCase() === fallback.toLowerCase()) ??
    tags.find((tag) => language(tag) === language(fallback)) ??
    tags[0];
  return match === undefined ? '' : (text[match] ?? '');
}

/** "Shoigu in Pyongyang!" → "shoigu-in-pyongyang": an id from a title (letters and digits, single hyphens, ≤ 60). */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/**
 * "Talks began. Then…" → "Talks began": a title for an event given only text. Its first sentence
 * (or line), cut at a word to about `max` characters with an ellipsis.
 */
export function titleFromText(text: string, max = 80): string {
  const line = text.trim().split('\n')[0] ?? '';
  const sentence = (/^.*?[.!?。！？](?=\s|$)/.exec(line)?.[0] ?? line).replace(/[.。]$/, '');
  if (sentence.length <= max) return sentence;
  const space = sentence.lastIndexOf(' ', max - 1);
  return `${sentence.slice(0, space > max / 2 ? space : max - 1)}…`;
}

/** A list of ids as an author writes it in HTML, space- or comma-separated: "china, russia" → `['china', 'russia']`. */
export function parseIdList(value: string | null | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}
