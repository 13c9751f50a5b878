/** Checks for values that end up in URLs and styles: data never chooses a scheme or writes CSS. */

const SAFE_PROTOCOLS = new Set(['http:', 'https:']);

/**
 * True for `http:`, `https:` and relative URLs. The platform's URL parser decides, so the tricks
 * it forgives (leading spaces and control characters, tabs inside `java\tscript:`, any case) are
 * judged as a browser would follow them.
 */
export function isSafeUrl(value: string): boolean {
  // Most sources are plain web addresses: a string that starts with the scheme itself can only
  // be parsed as that scheme, so there is nothing for the parser to decide.
  if (/^https?:\/\//i.test(value)) return true;
  if (value.trim() === '') return false;
  let parsed: URL;
  try {
    parsed = new URL(value, 'https://relative.invalid/');
  } catch {
    return false;
  }
  return SAFE_PROTOCOLS.has(parsed.protocol);
}

/** True for absolute `http(s):` URLs only: the ones shown as links in a citation. */
export function isAbsoluteHttpUrl(value: string): boolean {
  return /^https?:\/\//i.test(value.trim()) && isSafeUrl(value);
}

const HEX = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const COLOR_FUNCTION = /^(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(\s*[-+0-9.%a-z\s,/]*\)$/i;
const NAMED = /^[a-z]{3,24}$/i;

/**
 * True for a CSS colour (hex, a colour function with plain numbers, or a named colour), never
 * arbitrary CSS. In a browser the engine must also accept it as a colour.
 */
export function isSafeColor(value: string): boolean {
  const text = value.trim();
  if (!(HEX.test(text) || COLOR_FUNCTION.test(text) || NAMED.test(text))) return false;
  if (/\b(?:var|url|attr|env|calc)\b/i.test(text)) return false;
  const css = (globalThis as { CSS?: { supports?: (p: string, v: string) => boolean } }).CSS;
  return css?.supports ? css.supports('color', text) : true;
}
