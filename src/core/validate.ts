/**
 * Unknown input → `{ story, errors, warnings }`. Nothing throws: every problem is collected with
 * the JSON path it is at, and the valid part of the story is kept. A problem in a required field
 * drops the event (or era) it belongs to; one in an optional field drops only that field.
 */
import { compareDates, parseStoryDate, type StoryDate } from './dates.js';
import { isSafeColor, isSafeUrl } from './safety.js';
import type {
  Actor,
  EventSource,
  Importance,
  Issue,
  Media,
  ParsedEra,
  ParsedEvent,
  ParseResult,
  StorySource,
  Text,
} from './types.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LOOKS_LIKE_HTML = /<\/?[a-z!][^>]*>/i;

const STORY_KEYS = ['$schema', 'title', 'description', 'language', 'source', 'actors', 'eras', 'events'];
const SOURCE_KEYS = ['title', 'author', 'publisher', 'published', 'url'];
const ACTOR_KEYS = ['id', 'label', 'color'];
const ERA_KEYS = ['id', 'title', 'start', 'end'];
// prettier-ignore
const EVENT_KEYS = ['id', 'date', 'end', 'title', 'summary', 'actors', 'tags', 'sources', 'media', 'importance'];
const EVENT_SOURCE_KEYS = ['title', 'section', 'url', 'quote'];
const MEDIA_KEYS = ['src', 'alt', 'credit', 'caption'];

type Obj = Record<string, unknown>;

/** Collects issues while reading one document; each read names its path. */
class Reader {
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

/** Validates a story document and returns its valid part, sorted, with every problem found. */
export function parseStory(input: unknown): ParseResult {
  const read = new Reader();
  const root = read.object(input, '', STORY_KEYS);
  if (!root) return { story: null, errors: read.errors, warnings: read.warnings };

  const title = read.localized(root, 'title', '', true) ?? '';
  const description = read.localized(root, 'description', '', false);
  const language = readLanguage(read, root);
  const source = readStorySource(read, root.source);
  const actors = readActors(read, root.actors);
  const eras = readEras(read, root.eras);
  const actorIds = new Set(actors.map((actor) => actor.id));
  const events = readEvents(read, root.events, actorIds);

  const story = {
    title,
    language,
    actors,
    eras,
    events,
    ...(description !== undefined && { description }),
    ...(source && { source }),
  };
  return { story, errors: read.errors, warnings: read.warnings };
}

function readLanguage(read: Reader, root: Obj): string {
  const value = read.text(root, 'language', '', false);
  if (value === undefined) return 'en';
  try {
    return Intl.getCanonicalLocales(value)[0] ?? 'en';
  } catch {
    read.error('language', `"${clip(value)}" is not a BCP 47 language tag such as "en" or "ko-KR"`);
    return 'en';
  }
}

function readStorySource(read: Reader, value: unknown): StorySource | undefined {
  if (value === undefined) return undefined;
  const obj = read.object(value, 'source', SOURCE_KEYS);
  if (!obj) return undefined;
  const title = read.text(obj, 'title', 'source', true);
  if (title === undefined) return undefined;
  const published = read.date(obj, 'published', 'source', false);
  return compact({
    title,
    author: read.text(obj, 'author', 'source', false),
    publisher: read.text(obj, 'publisher', 'source', false),
    published: published?.iso,
    url: read.url(obj, 'url', 'source', false),
  });
}

function readActors(read: Reader, value: unknown): Actor[] {
  const actors: Actor[] = [];
  const seen = new Set<string>();
  (read.list(value, 'actors') ?? []).forEach((item, index) => {
    const path = join('actors', index);
    const obj = read.object(item, path, ACTOR_KEYS);
    if (!obj) return;
    const id = read.slug(obj, 'id', path);
    const label = read.text(obj, 'label', path, true);
    if (id === undefined || label === undefined) return;
    if (seen.has(id)) return read.error(join(path, 'id'), `"${id}" is already the id of another actor`);
    seen.add(id);
    let color = read.text(obj, 'color', path, false);
    if (color !== undefined && !isSafeColor(color)) {
      read.error(join(path, 'color'), `"${clip(color)}" is not a CSS colour such as "#c0392b"`);
      color = undefined;
    }
    actors.push(compact({ id, label, color }));
  });
  return actors;
}

function readEras(read: Reader, value: unknown): ParsedEra[] {
  const eras: ParsedEra[] = [];
  (read.list(value, 'eras') ?? []).forEach((item, index) => {
    const path = join('eras', index);
    const obj = read.object(item, path, ERA_KEYS);
    if (!obj) return;
    const id = read.slug(obj, 'id', path);
    const title = read.plainText(obj, 'title', path, true);
    const start = read.date(obj, 'start', path, true);
    const finish = read.date(obj, 'end', path, true);
    if (id === undefined || title === undefined || !start || !finish) return;
    if (compareDates(finish, start) < 0) {
      return read.error(join(path, 'end'), `"${finish.iso}" is before the start "${start.iso}"`);
    }
    eras.push({ id, title, end: finish.iso, start, finish });
  });
  return eras.sort((a, b) => compareDates(a.start, b.start));
}

function readEvents(read: Reader, value: unknown, actorIds: Set<string>): ParsedEvent[] {
  if (value === undefined) {
    read.error('events', 'is required: a story needs a list of events');
    return [];
  }
  const events: ParsedEvent[] = [];
  const seen = new Map<string, number>();
  const list = read.list(value, 'events');
  if (list?.length === 0) read.error('events', 'is empty: a story needs at least one event');
  (list ?? []).forEach((item, index) => {
    const path = join('events', index);
    const event = readEvent(read, item, path, actorIds);
    if (!event) return;
    const first = seen.get(event.id);
    if (first !== undefined) {
      return read.error(join(path, 'id'), `"${event.id}" is already the id of events[${first}]`);
    }
    seen.set(event.id, index);
    events.push(event);
  });
  return events.sort(compareEvents);
}

/** Date order: by start, then coarser precision first, then id, so equal dates keep a stable order. */
export function compareEvents(a: ParsedEvent, b: ParsedEvent): number {
  return compareDates(a.start, b.start) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function readEvent(read: Reader, item: unknown, path: Path, actorIds: Set<string>): ParsedEvent | undefined {
  const obj = read.object(item, path, EVENT_KEYS);
  if (!obj) return undefined;
  const id = read.slug(obj, 'id', path);
  const start = read.date(obj, 'date', path, true);
  const title = read.localized(obj, 'title', path, true);
  const summary = read.localized(obj, 'summary', path, true);
  const sources = readSources(read, obj.sources, join(path, 'sources'));
  let finish = read.date(obj, 'end', path, false);
  if (start && finish && compareDates(finish, start) < 0) {
    read.error(join(path, 'end'), `"${finish.iso}" is before the date "${start.iso}"`);
    finish = undefined;
  }
  const actors = readActorRefs(read, obj.actors, join(path, 'actors'), actorIds);
  const tags = readTags(read, obj.tags, join(path, 'tags'));
  const media = readMedia(read, obj.media, join(path, 'media'));
  const importance = readImportance(read, obj.importance, join(path, 'importance'));
  if (id === undefined || !start || title === undefined || summary === undefined || !sources)
    return undefined;
  // Only the fields the input gave (as compact() does, built directly: this runs once an event).
  const event: ParsedEvent = { id, date: start.iso, title, summary, sources, start };
  if (finish) Object.assign(event, { end: finish.iso, finish });
  if (actors) event.actors = actors;
  if (tags) event.tags = tags;
  if (media) event.media = media;
  if (importance !== undefined) event.importance = importance;
  return event;
}

function readSources(read: Reader, value: unknown, path: Path): EventSource[] | undefined {
  if (value === undefined) return read.error(path, 'is required: name at least one source');
  const list = read.list(value, path);
  if (!list) return undefined;
  if (list.length === 0) return read.error(path, 'must name at least one source');
  const sources: EventSource[] = [];
  list.forEach((item, index) => {
    const at = join(path, index);
    const obj = read.object(item, at, EVENT_SOURCE_KEYS);
    if (!obj) return;
    const title = read.text(obj, 'title', at, true);
    if (title === undefined) return;
    sources.push(
      compact({
        title,
        section: read.text(obj, 'section', at, false),
        url: read.url(obj, 'url', at, false),
        quote: read.text(obj, 'quote', at, false),
      }),
    );
  });
  return sources.length > 0 ? sources : undefined;
}

function readActorRefs(
  read: Reader,
  value: unknown,
  path: Path,
  actorIds: Set<string>,
): string[] | undefined {
  const list = value === undefined ? undefined : read.list(value, path);
  if (!list) return undefined;
  const ids: string[] = [];
  list.forEach((item, index) => {
    if (typeof item !== 'string')
      return read.error(join(path, index), `must be an actor id, not ${kind(item)}`);
    if (!actorIds.has(item))
      return read.error(join(path, index), `"${clip(item)}" is not one of the story's actors`);
    ids.push(item);
  });
  return ids;
}

function readTags(read: Reader, value: unknown, path: Path): string[] | undefined {
  const list = value === undefined ? undefined : read.list(value, path);
  if (!list) return undefined;
  const tags: string[] = [];
  list.forEach((item, index) => {
    if (typeof item === 'string' && item.trim() !== '') tags.push(item.trim());
    else read.error(join(path, index), `must be a word, not ${kind(item)}`);
  });
  return tags;
}

function readMedia(read: Reader, value: unknown, path: Path): Media | undefined {
  if (value === undefined) return undefined;
  const obj = read.object(value, path, MEDIA_KEYS);
  if (!obj) return undefined;
  const src = read.url(obj, 'src', path, true);
  const alt = read.text(obj, 'alt', path, false);
  if (src !== undefined && alt === undefined) {
    return read.error(join(path, 'alt'), 'is required: describe the image for readers who cannot see it');
  }
  if (src === undefined || alt === undefined) return undefined;
  return compact({
    src,
    alt,
    credit: read.text(obj, 'credit', path, false),
    caption: read.text(obj, 'caption', path, false),
  });
}

function readImportance(read: Reader, value: unknown, path: Path): Importance | undefined {
  if (value === undefined) return undefined;
  if (value === 1 || value === 2 || value === 3) return value;
  return read.error(path, `must be 1 (minor), 2 or 3 (headline), not ${kind(value)}`);
}

/**
 * Where a value is in the document. A path is spelled out (`events[3].sources[0].url`) only when a
 * problem is reported at it: building the string for every value read was a quarter of the cost
 * of checking a long story.
 */
type Path = string | { readonly parent: Path; readonly key: string | number };

function join(parent: Path, key: string | number): Path {
  return { parent, key };
}

function spell(path: Path): string {
  if (typeof path === 'string') return path;
  const parent = spell(path.parent);
  if (typeof path.key === 'number') return `${parent}[${path.key}]`;
  return parent === '' ? path.key : `${parent}.${path.key}`;
}

function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text "${clip(value)}"`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

function clip(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}

/** Drops keys whose value is undefined, so parsed objects hold only what the input said. */
function compact<T extends object>(value: T): T {
  const kept: Partial<T> = {};
  for (const key in value) if (value[key] !== undefined) kept[key] = value[key];
  return kept as T;
}
