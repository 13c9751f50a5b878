import { expect } from '@open-wc/testing';
import { parseStory } from '../../src/core/validate.js';
import type { Story } from '../../src/core/types.js';

const source = [{ title: 'The report', section: 'Background' }];

function story(overrides: Partial<Story> = {}): Story {
  return {
    title: 'A story',
    actors: [
      { id: 'russia', label: 'Russia', color: '#3a7bd5' },
      { id: 'north-korea', label: 'North Korea' },
    ],
    eras: [{ id: 'road-map', title: 'Road Map', start: '2021', end: '2025' }],
    events: [
      {
        id: 'b',
        date: '2023-11',
        title: 'Satellite',
        summary: 'Launched.',
        sources: source,
        actors: ['north-korea'],
      },
      {
        id: 'a',
        date: '2023-07',
        title: 'Shoigu visit',
        summary: 'Visited.',
        sources: source,
        importance: 3,
      },
      { id: 'c', date: '2023', title: 'Trade', summary: 'Record.', sources: source },
    ],
    ...overrides,
  };
}

function messages(input: unknown): string[] {
  return parseStory(input).errors.map((e) => `${e.path}: ${e.message}`);
}

describe('parseStory', () => {
  it('returns a valid story sorted by date, with defaults and parsed dates', () => {
    const { story: parsed, errors, warnings } = parseStory(story());
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    expect(parsed!.language).to.equal('en');
    expect(parsed!.events.map((e) => e.id)).to.deep.equal(['c', 'a', 'b']);
    expect(parsed!.events[1]!.start).to.include({ year: 2023, month: 7, precision: 'month' });
    expect(parsed!.eras[0]!.finish.iso).to.equal('2025');
  });

  it('names the path and the problem of a bad date', () => {
    const input = story();
    input.events[1]!.date = '2023-13';
    input.events[2]!.date = 'July 2023';
    expect(messages(input)).to.deep.equal([
      'events[1].date: "2023-13" is not a date (month 13)',
      'events[2].date: "July 2023" is not a date: use "YYYY", "YYYY-MM" or "YYYY-MM-DD"',
    ]);
  });

  it('keeps the valid events when some are wrong', () => {
    const input = story();
    input.events[0]!.date = '2023-02-30';
    const result = parseStory(input);
    expect(result.errors[0]).to.deep.equal({
      path: 'events[0].date',
      message: '"2023-02-30" is not a date (February 2023 has 28 days)',
    });
    expect(result.story!.events.map((e) => e.id)).to.deep.equal(['c', 'a']);
  });

  it('reports wrong types and missing required fields', () => {
    const input = story() as unknown as { events: Record<string, unknown>[] };
    input.events[0]!.title = 42;
    delete input.events[1]!.date;
    expect(messages(input)).to.deep.equal([
      'events[0].title: must be text, not number 42',
      'events[1].date: is required',
    ]);
    expect(messages(null)).to.deep.equal(['(root): must be an object, not null']);
    expect(messages({ title: 'x' })).to.deep.equal(['events: is required: a story needs a list of events']);
    expect(messages({ title: 'x', events: {} })).to.deep.equal(['events: must be a list, not an object']);
  });

  it('rejects an end before the date but keeps the event', () => {
    const input = story();
    input.events[0]!.end = '2023-10';
    const result = parseStory(input);
    expect(messages(input)).to.deep.equal(['events[0].end: "2023-10" is before the date "2023-11"']);
    expect(result.story!.events.find((e) => e.id === 'b')!.end).to.equal(undefined);
  });

  it('rejects duplicate ids, keeping the first', () => {
    const input = story();
    input.events[2]!.id = 'b';
    const result = parseStory(input);
    expect(messages(input)).to.deep.equal(['events[2].id: "b" is already the id of events[0]']);
    expect(result.story!.events.map((e) => e.title)).to.deep.equal(['Shoigu visit', 'Satellite']);
  });

  it('rejects unknown actors and bad ids', () => {
    const input = story();
    input.events[0]!.actors = ['north-korea', 'atlantis'];
    input.events[1]!.id = 'Shoigu Visit';
    expect(messages(input)).to.deep.equal([
      'events[0].actors[1]: "atlantis" is not one of the story\'s actors',
      'events[1].id: "Shoigu Visit" is not a valid id: use lower-case letters, digits and single hyphens',
    ]);
  });

  it('requires alt text for media and safe URLs everywhere', () => {
    const input = story();
    input.events[0]!.media = { src: 'photo.jpg' } as never;
    input.events[1]!.media = { src: 'javascript:alert(1)', alt: 'x' };
    input.events[2]!.sources = [{ title: 'x', url: ' data:text/html,hi' }];
    expect(messages(input)).to.deep.equal([
      'events[0].media.alt: is required: describe the image for readers who cannot see it',
      'events[1].media.src: "javascript:alert(1)" is not allowed: only http(s) and relative URLs are',
      'events[2].sources[0].url: " data:text/html,hi" is not allowed: only http(s) and relative URLs are',
    ]);
    expect(parseStory(input).story!.events.find((e) => e.id === 'c')!.sources).to.deep.equal([
      { title: 'x' },
    ]);
  });

  it('rejects colours that are not colours', () => {
    const input = story();
    input.actors![0]!.color = 'red; background: url(x)';
    expect(messages(input)).to.deep.equal([
      'actors[0].color: "red; background: url(x)" is not a CSS colour such as "#c0392b"',
    ]);
    expect(parseStory(input).story!.actors[0]).to.deep.equal({ id: 'russia', label: 'Russia' });
  });

  it('warns about unknown fields and HTML in plain text, losing nothing', () => {
    const input = story() as unknown as { events: Record<string, unknown>[] };
    input.events[0]!.colour = 'red';
    input.events[1]!.summary = 'Visited <b>Pyongyang</b>.';
    const result = parseStory(input);
    expect(result.errors).to.deep.equal([]);
    expect(result.warnings.map((w) => `${w.path}: ${w.message}`)).to.deep.equal([
      'events[0].colour: unknown field "colour" is ignored',
      'events[1].summary: looks like HTML; it is shown as plain text',
    ]);
    expect(result.story!.events).to.have.length(3);
  });

  it('accepts titles and summaries in several languages', () => {
    const input = story();
    input.events[0]!.title = { en: 'Satellite', ko: '위성 발사' };
    input.events[1]!.summary = { en: 'Visited.', 'not a tag': 'x' };
    input.events[2]!.title = {};
    expect(messages(input)).to.deep.equal([
      'events[1].summary.not a tag: "not a tag" is not a BCP 47 language tag such as "en" or "ko"',
      'events[2].title: must give the text in at least one language',
    ]);
    // A bad summary is dropped (it is optional); a bad title drops its event.
    expect(parseStory(input).story!.events.map((e) => [e.title, e.summary])).to.deep.equal([
      ['Shoigu visit', ''],
      [{ en: 'Satellite', ko: '위성 발사' }, 'Launched.'],
    ]);
  });

  it('checks eras and the language tag', () => {
    const input = story({
      language: 'not a tag',
      eras: [{ id: 'x', title: 'X', start: '2025', end: '2021' }],
    });
    expect(messages(input)).to.deep.equal([
      'language: "not a tag" is not a BCP 47 language tag such as "en" or "ko-KR"',
      'eras[0].end: "2021" is before the start "2025"',
    ]);
  });

  it('sorts equal dates by precision, then id, stably', () => {
    const input = story({
      events: ['z:2023-01-01', 'y:2023', 'x:2023-01-01', 'w:2023-01'].map((pair) => {
        const [id, date] = pair.split(':') as [string, string];
        return { id, date, title: id, summary: id, sources: source };
      }),
    });
    expect(parseStory(input).story!.events.map((e) => e.id)).to.deep.equal(['y', 'w', 'x', 'z']);
  });
});
