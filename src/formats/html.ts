/**
 * Declarative HTML → Storyline: `<story-event>` and `<story-era>` children of a timeline (what a
 * CMS rich-text field can hold), read into a story document for `parseStory`. The event's own
 * content is its summary; the timeline shows that content itself, as the author wrote it.
 */
import type { Story } from '../core/types.js';
import { parseIdList as list, slugify } from '../core/text.js';

/** "north-korea" → "North Korea": a readable label for an actor the page names only by id. */
export function labelFromId(id: string): string {
  return id
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

export interface DeclaredStory {
  story: Story;
  /** The elements the events came from, in the order of `story.events`. */
  elements: Element[];
  /** Says which element a path such as `events[2].date` is about: `<story-event id="x">: date`. */
  describe(path: string): string;
}

/** Reads the `<story-event>`, `<story-era>` and `<story-actor>` children of a timeline element. */
export function fromElements(host: Element): DeclaredStory {
  const children = [...host.children];
  const events = children.filter((el) => el.localName === 'story-event');
  const eras = children.filter((el) => el.localName === 'story-era');
  const declaredActors = children.filter((el) => el.localName === 'story-actor');
  const hostSource = host.getAttribute('source');
  const actors = declaredActors.map((el) => ({
    id: el.getAttribute('id') ?? '',
    label: el.getAttribute('label') ?? el.textContent?.trim() ?? '',
    ...(el.hasAttribute('color') && { color: el.getAttribute('color') as string }),
  }));
  const known = new Set(actors.map((a) => a.id));
  for (const id of events.flatMap((el) => list(el.getAttribute('actors')))) {
    if (!known.has(id)) actors.push({ id, label: labelFromId(id) });
    known.add(id);
  }
  const title = host.getAttribute('story-title') ?? host.getAttribute('aria-label');
  const story: Story = {
    ...(title && { title }),
    actors,
    eras: eras.map((el) => ({
      id: el.getAttribute('id') ?? slugify(el.getAttribute('title') ?? ''),
      title: el.getAttribute('title') ?? el.textContent?.trim() ?? '',
      start: el.getAttribute('start') ?? '',
      end: el.getAttribute('end') ?? '',
    })),
    events: events.map((el) => {
      const get = (name: string) => el.getAttribute(name) || undefined;
      const summary = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      const source = get('source') ?? hostSource ?? undefined;
      const sourceUrl =
        get('source-url') ?? (get('source') ? undefined : (host.getAttribute('source-url') ?? undefined));
      // Only what the element says: a missing id, title, text or source is left for the validator.
      return {
        ...(get('id') && { id: get('id') }),
        date: get('date') as string,
        ...(get('end') && { end: get('end') }),
        ...(get('title') && { title: get('title') }),
        ...(summary && { summary }),
        ...(get('actors') && { actors: list(get('actors') ?? null) }),
        ...(get('tags') && { tags: list(get('tags') ?? null) }),
        ...(get('importance') && { importance: Number(get('importance')) as 1 | 2 | 3 }),
        ...(source && {
          sources: [
            {
              title: source,
              ...(sourceUrl && { url: sourceUrl }),
              ...(get('source-section') && { section: get('source-section') }),
            },
          ],
        }),
        ...(get('media') && { media: { src: get('media') as string, alt: get('media-alt') as string } }),
      };
    }),
  };
  const describe = (path: string): string => {
    const match = /^(events|eras|actors)\[(\d+)\]\.?(.*)$/.exec(path);
    if (!match) return path;
    const [, kind, index, rest] = match;
    const el = { events, eras, actors: declaredActors }[kind as 'events' | 'eras' | 'actors'][Number(index)];
    const id = el?.getAttribute('id');
    const n = Number(index) + 1;
    const label = `<${el?.localName ?? kind}${id ? ` id="${id}"` : ''}> (the ${n}${ordinal(n)})`;
    return rest ? `${label} ${rest}` : label;
  };
  return { story, elements: events, describe };
}

function ordinal(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}
