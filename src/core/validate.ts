/**
 * Unknown input → `{ story, errors, warnings }`. Nothing throws: every problem is collected with
 * the JSON path it is at, and the valid part of the story is kept.
 *
 * What an event needs: a valid date and a title (or, failing a title, a summary to take one from).
 * A missing `id` (then generated), `summary` or `sources` is a warning and loses nothing; a story
 * needs no title. An error in a needed field (an impossible date, a bad id, an unknown actor)
 * drops the event (or era) it belongs to; one in an optional field (a `javascript:` URL) drops
 * that field. `{ strict: true }` is a newsroom's policy: every warning is an error.
 */
import { compareDates } from './dates.js';
import { clip, compact, join, kind, Reader, type Obj, type Path } from './reader.js';
import { isSafeColor } from './safety.js';
import { pickText, slugify, titleFromText } from './text.js';
import type {
  Actor,
  EventSource,
  Importance,
  Media,
  ParsedEra,
  ParsedEvent,
  ParseResult,
  SourceKind,
  StorySource,
  Text,
} from './types.js';

export interface ParseOptions {
  /** A newsroom's policy: every event has an id, a summary and a source; warnings become errors. */
  strict?: boolean;
}

const SOURCE_KINDS: readonly SourceKind[] = ['report', 'article', 'book', 'paper'];

const STORY_KEYS = ['$schema', 'title', 'description', 'language', 'source', 'actors', 'eras', 'events'];
const SOURCE_KEYS = ['title', 'kind', 'author', 'publisher', 'published', 'url'];
const ACTOR_KEYS = ['id', 'label', 'color'];
const ERA_KEYS = ['id', 'title', 'start', 'end'];
// prettier-ignore
const EVENT_KEYS = ['id', 'date', 'end', 'title', 'summary', 'actors', 'tags', 'sources', 'media', 'importance'];
const EVENT_SOURCE_KEYS = ['title', 'section', 'url', 'quote'];
const MEDIA_KEYS = ['src', 'alt', 'credit', 'caption'];

/** Validates a story document and returns its valid part, sorted, with every problem found. */
export function parseStory(input: unknown, options: ParseOptions = {}): ParseResult {
  const read = new Reader();
  const result = readStory(read, input);
  if (!options.strict) return result;
  return { ...result, errors: [...result.errors, ...result.warnings], warnings: [] };
}

function readStory(read: Reader, input: unknown): ParseResult {
  const root = read.object(input, '', STORY_KEYS);
  if (!root) return { story: null, errors: read.errors, warnings: read.warnings };

  const title = read.localized(root, 'title', '', false) ?? '';
  const description = read.localized(root, 'description', '', false);
  const language = readLanguage(read, root);
  const source = readStorySource(read, root.source);
  const actors = readActors(read, root.actors);
  const eras = readEras(read, root.eras);
  const actorIds = new Set(actors.map((actor) => actor.id));
  const events = readEvents(read, root.events, actorIds, language);

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
  let sourceKind = read.text(obj, 'kind', 'source', false) as SourceKind | undefined;
  if (sourceKind !== undefined && !SOURCE_KINDS.includes(sourceKind)) {
    read.error(join('source', 'kind'), `"${clip(sourceKind)}" is not one of ${SOURCE_KINDS.join(', ')}`);
    sourceKind = undefined;
  }
  return compact({
    title,
    kind: sourceKind,
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

function readEvents(read: Reader, value: unknown, actorIds: Set<string>, language: string): ParsedEvent[] {
  if (value === undefined) {
    read.error('events', 'is required: a story needs a list of events');
    return [];
  }
  const events: ParsedEvent[] = [];
  const seen = new Map<string, number>();
  const unnamed: { event: ParsedEvent; path: Path }[] = [];
  const list = read.list(value, 'events');
  if (list?.length === 0) read.error('events', 'is empty: a story needs at least one event');
  (list ?? []).forEach((item, index) => {
    const path = join('events', index);
    const event = readEvent(read, item, path, actorIds);
    if (!event) return;
    events.push(event);
    if (event.id === '') return void unnamed.push({ event, path });
    const first = seen.get(event.id);
    if (first !== undefined) {
      events.pop();
      return read.error(join(path, 'id'), `"${event.id}" is already the id of events[${first}]`);
    }
    seen.set(event.id, index);
  });
  // Generated after every given id is known, so that a generated id never takes a given one.
  for (const { event, path } of unnamed) {
    const base = generatedId(event, language);
    let id = base;
    for (let n = 2; seen.has(id); n++) id = `${base}-${n}`;
    seen.set(id, -1);
    event.id = id;
    read.warn(
      join(path, 'id'),
      `is missing: "${id}" is used (from the date and title); add it to keep links stable`,
    );
  }
  return events.sort(compareEvents);
}

/** "2023-09-13" + "Shoigu in Pyongyang" → "2023-09-13-shoigu-in-pyongyang": stable while date and title are. */
function generatedId(event: ParsedEvent, language: string): string {
  const date = slugify(event.date) || 'event';
  const title = slugify(pickText(event.title, language));
  return title ? `${date}-${title}` : date;
}

/** Date order: by start, then coarser precision first, then id, so equal dates keep a stable order. */
export function compareEvents(a: ParsedEvent, b: ParsedEvent): number {
  return compareDates(a.start, b.start) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function readEvent(read: Reader, item: unknown, path: Path, actorIds: Set<string>): ParsedEvent | undefined {
  const obj = read.object(item, path, EVENT_KEYS);
  if (!obj) return undefined;
  const id = obj.id === undefined || obj.id === '' ? '' : read.slug(obj, 'id', path);
  const start = read.date(obj, 'date', path, true);
  const summary = readSummary(read, obj, path);
  const title = readTitle(read, obj, path, summary);
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
  if (id === undefined || !start || title === undefined) return undefined;
  // Only the fields the input gave (as compact() does, built directly: this runs once an event).
  const event: ParsedEvent = { id, date: start.iso, title, summary: summary ?? '', sources, start };
  if (finish) Object.assign(event, { end: finish.iso, finish });
  if (actors) event.actors = actors;
  if (tags) event.tags = tags;
  if (media) event.media = media;
  if (importance !== undefined) event.importance = importance;
  return event;
}

/** The summary, or undefined (with a warning) when there is none: it is optional. */
function readSummary(read: Reader, obj: Obj, path: Path): Text | undefined {
  const blank = obj.summary === undefined || obj.summary === null || obj.summary === '';
  if (!blank) return read.localized(obj, 'summary', path, true);
  read.warn(join(path, 'summary'), 'is missing: the card shows the title alone');
  return undefined;
}

/** The title, or failing one the start of the summary; an event with neither cannot be shown. */
function readTitle(read: Reader, obj: Obj, path: Path, summary: Text | undefined): Text | undefined {
  const blank = obj.title === undefined || obj.title === null || obj.title === '';
  if (!blank) return read.localized(obj, 'title', path, true);
  if (summary === undefined)
    return read.error(join(path, 'title'), 'is required (or a summary to take it from)');
  read.warn(join(path, 'title'), 'is missing: the start of the summary is used');
  return typeof summary === 'string'
    ? titleFromText(summary)
    : Object.fromEntries(Object.entries(summary).map(([tag, text]) => [tag, titleFromText(text)]));
}

/** The event's citations; none is a warning (the card shows no source), never an invented one. */
function readSources(read: Reader, value: unknown, path: Path): EventSource[] {
  const list = read.list(value, path);
  if (!list) return [];
  if (list.length === 0) {
    read.warn(path, 'is missing: the event cites no source');
    return [];
  }
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
  return sources;
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
