/**
 * Text written into HTML by the Node side (the server renderer, the self-contained embed page):
 * nothing a story says can become markup.
 */

/** Text for an element's content or a quoted attribute value (either quote). */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * JSON for the inside of a `<script>` element: `<`, `>`, `&` (and U+2028, U+2029) are `\u003c`…,
 * the same string to JSON.parse, so neither `</script>` nor `<!--` in a story ends the element or
 * opens a comment.
 */
export function jsonInHtml(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
