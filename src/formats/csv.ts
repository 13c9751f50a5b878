/**
 * CSV → Storyline: a spreadsheet export, in TimelineJS's Google Sheets columns (Year, Month, Day,
 * Headline, Text, Media, Type, Group…) or in Storyline's own (id, date, end, title, summary,
 * actors, tags, importance, source, source url, source section, media, media alt…). Parsing is
 * csv-parse's: quoted cells, doubled quotes, newlines inside cells and a UTF-8 BOM.
 */
import { parse } from 'csv-parse/browser/esm/sync';
import type { Story } from '../core/types.js';
import { domHtmlReader, fromTimelineJS, type HtmlReader, type TimelineJSFile } from './timelinejs.js';

type Row = Record<string, string>;

/** Parses CSV text into rows keyed by lower-case column name. Throws csv-parse's error, which names the line. */
export function readCsv(text: string): Row[] {
  return parse(text, {
    bom: true,
    columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()),
    skip_empty_lines: true,
    relax_column_count: true,
    trim: true,
  }) as Row[];
}

/** Converts CSV text to a story document (to be checked by `parseStory`). */
export function fromCsv(text: string, read: HtmlReader = domHtmlReader): Story {
  const rows = readCsv(text);
  const columns = new Set(rows.flatMap((row) => Object.keys(row)));
  return columns.has('headline') || columns.has('year') ? fromSheetRows(rows, read) : fromOwnRows(rows);
}

/** TimelineJS's Google Sheets template: one row a slide; `Type` says `title` or `era`. */
function fromSheetRows(rows: Row[], read: HtmlReader): Story {
  const file: Required<TimelineJSFile> = { title: {}, events: [], eras: [] };
  for (const row of rows) {
    const slide = {
      start_date: { year: row.year, month: row.month, day: row.day },
      ...(row['end year'] && {
        end_date: { year: row['end year'], month: row['end month'], day: row['end day'] },
      }),
      text: { headline: row.headline ?? '', text: row.text ?? '' },
      ...(row.media && {
        media: {
          url: row.media,
          credit: row['media credit'],
          caption: row['media caption'],
          alt: row['media alt'],
        },
      }),
      ...((row.group || row.tag) && { group: row.group || row.tag }),
      ...((row['unique id'] || row.id) && { unique_id: row['unique id'] || row.id }),
    };
    const type = (row.type ?? '').toLowerCase();
    if (type === 'title') file.title = slide;
    else if (type === 'era') file.eras.push(slide);
    else file.events.push(slide);
  }
  return fromTimelineJS(file, read);
}

const list = (cell: string | undefined) => (cell ?? '').split(/[\s,;]+/).filter(Boolean);

/** Storyline's own field names, one event a row; `type` = `era` or `title` rows are optional. */
function fromOwnRows(rows: Row[]): Story {
  const actors: NonNullable<Story['actors']> = [];
  const eras: NonNullable<Story['eras']> = [];
  const story: Story = { actors, eras, events: [] };
  for (const row of rows) {
    const type = (row.type ?? '').toLowerCase();
    if (type === 'title') {
      if (row.title) story.title = row.title;
      if (row.summary) story.description = row.summary;
    } else if (type === 'actor') {
      actors.push({
        id: row.id ?? '',
        label: row.title ?? '',
        ...(row.color && { color: row.color }),
      });
    } else if (type === 'era') {
      eras.push({
        id: row.id ?? '',
        title: row.title ?? '',
        start: row.date ?? '',
        end: row.end ?? '',
      });
    } else {
      story.events.push(ownEvent(row));
    }
  }
  // Actors named by events but not declared get their id as label.
  const declared = new Set(actors.map((a) => a.id));
  for (const id of story.events.flatMap((e) => e.actors ?? [])) {
    if (!declared.has(id)) actors.push({ id, label: id });
    declared.add(id);
  }
  return story;
}

/** One row, one event: only the cells the row fills, so an empty cell is a missing field, never an invented one. */
function ownEvent(row: Row): Story['events'][number] {
  const source = row.source || row['source url'];
  return {
    ...(row.id && { id: row.id }),
    date: row.date ?? '',
    ...(row.end && { end: row.end }),
    ...(row.title && { title: row.title }),
    ...(row.summary && { summary: row.summary }),
    ...(row.actors && { actors: list(row.actors) }),
    ...(row.tags && { tags: list(row.tags) }),
    ...(row.importance && { importance: Number(row.importance) as 1 | 2 | 3 }),
    ...(source && {
      sources: [
        {
          title: source,
          ...(row['source url'] && { url: row['source url'] }),
          ...(row['source section'] && { section: row['source section'] }),
        },
      ],
    }),
    ...(row.media && {
      media: {
        src: row.media,
        alt: row['media alt'] as string,
        ...(row['media credit'] && { credit: row['media credit'] }),
        ...(row['media caption'] && { caption: row['media caption'] }),
      },
    }),
  };
}
