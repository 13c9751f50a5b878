/**
 * The story format: what a story JSON document holds (`Story`), and what the validator makes of
 * it (`ParsedStory`), with dates parsed and events sorted. `events/schema.json` is the same
 * contract as JSON Schema; a test checks every story in `events/` against both.
 */
import type { StoryDate } from './dates.js';

/** A date string: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, negative years for BCE. */
export type DateString = string;

/**
 * Plain text, or the same text in several languages keyed by BCP 47 tag:
 * `{ "en": "Shoigu visits Pyongyang", "ko": "쇼이구, 평양 방문" }`. See `pickText`.
 */
export type Text = string | Readonly<Record<string, string>>;

/** What a story's source is, which names it in short on the cards that cite it ("Report: …"). */
export type SourceKind = 'report' | 'article' | 'book' | 'paper';

export interface StorySource {
  title: string;
  /** What the source is; a card citing it says "Report: <section>". A generic "Source" when absent. */
  kind?: SourceKind;
  author?: string;
  publisher?: string;
  published?: DateString;
  url?: string;
}

export interface Actor {
  /** A slug, unique in the story, that events name in their `actors`. */
  id: string;
  label: string;
  /** A CSS colour: `#rgb`, `#rrggbb`, `rgb()`, `hsl()`, `oklch()` or a named colour. */
  color?: string;
}

export interface Era {
  id: string;
  title: string;
  start: DateString;
  end: DateString;
}

export interface EventSource {
  title: string;
  /** The section of the source (a heading, chapter or page) the event comes from. */
  section?: string;
  /** `http(s):` or relative. */
  url?: string;
  /** A short verbatim quote from the source. */
  quote?: string;
}

export interface Media {
  /** `http(s):` or relative. */
  src: string;
  alt: string;
  credit?: string;
  caption?: string;
}

export type Importance = 1 | 2 | 3;

/**
 * An event needs a date and a title (or, failing a title, a summary to take one from); the rest is
 * optional, and a missing `id`, `summary` or `sources` is a warning. `storyline validate --strict`
 * (a newsroom's policy) requires all three.
 */
export interface StoryEvent {
  /** A unique slug: lower-case letters, digits and single hyphens. Generated from date and title when absent. */
  id?: string;
  date: DateString;
  end?: DateString;
  /** Plain text, never HTML; may be given in several languages. Taken from the summary when absent. */
  title?: Text;
  /** Plain text, never HTML; may be given in several languages. */
  summary?: Text;
  actors?: string[];
  tags?: string[];
  /** Where the event comes from: citations, never made up. */
  sources?: EventSource[];
  media?: Media;
  /** 1 (minor) to 3 (headline); 2 when absent. */
  importance?: Importance;
}

export interface Story {
  title?: Text;
  description?: Text;
  /** BCP 47; `en` when absent. */
  language?: string;
  source?: StorySource;
  actors?: Actor[];
  eras?: Era[];
  events: StoryEvent[];
}

/** An event after validation: its id, title, summary (`""` when none) and sources (`[]` when none) are always there. */
export interface ParsedEvent extends Omit<StoryEvent, 'id' | 'title' | 'summary' | 'sources'> {
  id: string;
  title: Text;
  summary: Text;
  sources: EventSource[];
  start: StoryDate;
  /** The parsed `end`, when the event spans a period. */
  finish?: StoryDate;
}

/** An era after validation: `start` and `finish` parsed, as on an event (`end` keeps the text). */
export interface ParsedEra extends Omit<Era, 'start'> {
  start: StoryDate;
  /** The parsed `end`. */
  finish: StoryDate;
}

/** A story after validation: defaults filled in, dates parsed, events in date order. */
export interface ParsedStory extends Omit<Story, 'title' | 'events' | 'eras' | 'actors' | 'language'> {
  /** `""` when the story has none. */
  title: Text;
  language: string;
  actors: Actor[];
  eras: ParsedEra[];
  events: ParsedEvent[];
}

/** One problem, where it is (a JSON path such as `events[12].date`) and what is wrong. */
export interface Issue {
  path: string;
  message: string;
}

export interface ParseResult {
  /** The valid part of the story; `null` only when nothing could be made of the input. */
  story: ParsedStory | null;
  /** Problems that drop a field, an event or the whole story. */
  errors: Issue[];
  /** Problems that lose nothing, such as unknown fields or a missing summary or source. */
  warnings: Issue[];
}
