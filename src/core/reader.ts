/**
 * The validator's reader: each read names the JSON path it is at, and every problem is collected
 * as an error (something is dropped) or a warning (nothing is lost). Shared by `validate.ts`.
 */
import { parseStoryDate, type StoryDate } from './dates.js';
import { isSafeUrl } from './safety.js';
import type { Issue, Text } from './types.js';

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LOOKS_LIKE_HTML = /<\/?[a-z!][^>]*>/i;

export type Obj = Record<string, unknown>;

/** Collects issues while reading one document; each read names its path. */
export class Reader {
  readonly errors: Issue[] = [];
  readonly warnings: Issue[] = [];

  error(path: Path, message: string): undefined {
    this.errors.push({ path: spell(path) || '(root)', message });
    return undefined;
  }

  warn(path: Path, message: string): void {
    this.warnings.push({ path: spell(path), message });
  }

  object(value: unknown, path: Path, keys: string[]): Obj | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return this.error(path, `must be an object, not ${kind(value)}`);
    }
    for (const key in value) {
      if (!keys.includes(key)) this.warn(join(path, key), `unknown field "${key}" is ignored`);
    }
    return value as Obj;
  }

  list(value: unknown, path: Path): unknown[] | undefined {
    if (value === undefined) return [];
    return Array.isArray(value) ? value : this.error(path, `must be a list, not ${kind(value)}`);
  }

  text(obj: Obj, key: string, path: Path, required: boolean): string | undefined {
    const value = obj[key];
    if (typeof value === 'string' && (!required || value.trim() !== '')) return value;
    const at = join(path, key);
    if (value === undefined || value === null) {
      return required ? this.error(at, `is required`) : undefined;
    }
    if (typeof value !== 'string') return this.error(at, `must be text, not ${kind(value)}`);
    return this.error(at, `must not be empty`);
  }

  plainText(obj: Obj, key: string, path: Path, required: boolean): string | undefined {
    const value = this.text(obj, key, path, required);
    if (value?.includes('<') && LOOKS_LIKE_HTML.test(value)) {
      this.warn(join(path, key), `looks like HTML; it is shown as plain text`);
    }
    return value;
  }

  /** Plain text, or an object of BCP 47 tags to plain text. */
  localized(obj: Obj, key: string, path: Path, required: boolean): Text | undefined {
    const value = obj[key];
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return this.plainText(obj, key, path, required);
    }
    const at = join(path, key);
    const entries = Object.entries(value);
    if (entries.length === 0) return this.error(at, 'must give the text in at least one language');
    const text: Record<string, string> = {};
    for (const [tag] of entries) {
      try {
        Intl.getCanonicalLocales(tag);
      } catch {
        return this.error(join(at, tag), `"${clip(tag)}" is not a BCP 47 language tag such as "en" or "ko"`);
      }
      const checked = this.plainText(value as Obj, tag, at, true);
      if (checked === undefined) return undefined;
      text[tag] = checked;
    }
    return text;
  }

  slug(obj: Obj, key: string, path: Path): string | undefined {
    const value = this.text(obj, key, path, true);
    if (value !== undefined && !SLUG.test(value)) {
      return this.error(
        join(path, key),
        `"${value}" is not a valid id: use lower-case letters, digits and single hyphens`,
      );
    }
    return value;
  }

  date(obj: Obj, key: string, path: Path, required: boolean): StoryDate | undefined {
    const value = obj[key];
    if (value === undefined && !required) return undefined;
    if (value === undefined) return this.error(join(path, key), `is required`);
    const result = parseStoryDate(value);
    return result.ok ? result.date : this.error(join(path, key), result.reason);
  }

  url(obj: Obj, key: string, path: Path, required: boolean): string | undefined {
    const value = this.text(obj, key, path, required);
    if (value === undefined || isSafeUrl(value)) return value;
    return this.error(join(path, key), `"${clip(value)}" is not allowed: only http(s) and relative URLs are`);
  }
}

/**
 * Where a value is in the document. A path is spelled out (`events[3].sources[0].url`) only when a
 * problem is reported at it: building the string for every value read was a quarter of the cost
 * of checking a long story.
 */
export type Path = string | { readonly parent: Path; readonly key: string | number };

export function join(parent: Path, key: string | number): Path {
  return { parent, key };
}

export function spell(path: Path): string {
  if (typeof path === 'string') return path;
  const parent = spell(path.parent);
  if (typeof path.key === 'number') return `${parent}[${path.key}]`;
  return parent === '' ? path.key : `${parent}.${path.key}`;
}

export function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text "${clip(value)}"`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

export function clip(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}

/** Drops keys whose value is undefined, so parsed objects hold only what the input said. */
export function compact<T extends object>(value: T): T {
  const kept: Partial<T> = {};
  for (const key in value) if (value[key] !== undefined) kept[key] = value[key];
  return kept as T;
}
