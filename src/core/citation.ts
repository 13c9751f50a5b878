/**
 * What a card cites. An event that cites the story's own source (the same URL or title) shows it
 * in short, in the reader's language: "Report: Camp David Summit Success", linking to the report;
 * its full title is shown once, in the story's header or credit. Another source shows its own
 * title. A card never links to one place twice: the sections of the story's source it cites are
 * listed in one link.
 */
import type { EventSource, SourceKind, StorySource } from './types.js';

/** One citation on a card: its text (the link's accessible name when it has a URL). */
export interface Citation {
  text: string;
  url?: string;
  /** The section of a source other than the story's own, shown after its title. */
  section?: string;
  /** It is the story's own source, named in short ("Report: …"), which needs no "Source:" label. */
  own?: true;
}

/** The words a citation needs, from the reader's messages. */
export interface CitationWords {
  /** The generic word, when the story's source does not say what it is. */
  source: string;
  sourceKinds: Readonly<Record<SourceKind, string>>;
}

/** True when an event's source is the story's own: the same URL, or the same title. */
export function isStorySource(source: EventSource, story: StorySource | undefined): boolean {
  if (!story) return false;
  if (source.url && story.url) return source.url === story.url;
  return source.title === story.title;
}

/**
 * The citations a card shows for an event's sources, in their order. Sources that link to one
 * place are one citation, listing their sections, so that a card never repeats a link.
 */
export function citationsFor(
  sources: readonly EventSource[],
  story: StorySource | undefined,
  words: CitationWords,
): Citation[] {
  const word = (story?.kind && words.sourceKinds[story.kind]) || words.source;
  const groups = new Map<string, { own: boolean; title: string; url?: string; sections: string[] }>();
  for (const source of sources) {
    const own = isStorySource(source, story);
    const url = source.url ?? (own ? story?.url : undefined);
    const key = own ? `own ${url ?? ''}` : `${source.title} ${url ?? ''}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { own, title: source.title, ...(url && { url }), sections: [] }));
    if (source.section && !group.sections.includes(source.section)) group.sections.push(source.section);
  }
  return [...groups.values()].map(({ own, title, url, sections }) => {
    const section = sections.join('; ');
    if (!own) return { text: title, ...(url && { url }), ...(section && { section }) };
    // The story's own source, named in short: its full title is in the header or credit.
    return { text: section ? `${word}: ${section}` : word, ...(url && { url }), own: true as const };
  });
}
