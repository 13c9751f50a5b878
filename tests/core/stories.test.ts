import { expect } from '@open-wc/testing';
import { Validator, type Schema } from '@cfworker/json-schema';
import { parseStory } from '../../src/core/validate.js';

async function json(path: string): Promise<unknown> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
}

// Every story in events/ must pass both the published JSON Schema and the TypeScript validator,
// so the two contracts cannot drift apart.
describe('the stories in events/', () => {
  let files: string[] = [];
  let validator: Validator;

  before(async () => {
    files = (await json('/__stories')) as string[];
    validator = new Validator((await json('/events/schema.json')) as Schema, '2020-12', false);
  });

  it('are there, the report first among them', () => {
    expect(files).to.include('china-russia-north-korea.json');
    expect(files.length).to.be.greaterThan(1);
  });

  it('pass the JSON Schema and the validator with no errors or warnings', async () => {
    for (const file of files) {
      const story = await json(`/events/${file}`);
      const schema = validator.validate(story);
      expect(
        schema.errors.map((e) => `${e.instanceLocation}: ${e.error}`),
        `${file} (schema)`,
      ).to.deep.equal([]);
      const { errors, warnings } = parseStory(story);
      expect(errors, `${file} (validator)`).to.deep.equal([]);
      expect(warnings, `${file} (validator warnings)`).to.deep.equal([]);
    }
  });

  it('give every event at least one source', async () => {
    for (const file of files) {
      const { story } = parseStory(await json(`/events/${file}`));
      for (const event of story!.events)
        expect(event.sources.length, `${file} ${event.id}`).to.be.greaterThan(0);
    }
  });

  it('both accept and reject the same multilingual text', () => {
    const base = { title: 'T', events: [{ id: 'a', date: '2023', summary: 's', sources: [{ title: 's' }] }] };
    const good = { ...base, events: [{ ...base.events[0], title: { en: 'A', ko: '가' } }] };
    const bad = { ...base, events: [{ ...base.events[0], title: { en: '' } }] };
    expect(validator.validate(good).valid).to.equal(true);
    expect(parseStory(good).errors).to.deep.equal([]);
    expect(validator.validate(bad).valid).to.equal(false);
    expect(parseStory(bad).errors.map((e) => e.path)).to.deep.equal(['events[0].title.en']);
  });

  it('both reject a copy with a bad month, a duplicate id and an end before its start', async () => {
    const story = (await json('/events/china-russia-north-korea.json')) as {
      events: { id: string; date: string; end?: string }[];
    };
    story.events[0]!.date = '2023-13';
    story.events[2]!.id = story.events[1]!.id;
    story.events[3]!.end = '1900';
    expect(validator.validate(story).valid).to.equal(false);
    const paths = parseStory(story).errors.map((e) => e.path);
    expect(paths).to.include.members(['events[0].date', 'events[2].id', 'events[3].end']);
  });
});

describe('the report story', () => {
  it('covers the report with at least 30 sourced events at the precision it gives', async () => {
    const { story } = parseStory(await json('/events/china-russia-north-korea.json'));
    expect(story!.events.length).to.be.at.least(30);
    const byId = new Map(story!.events.map((e) => [e.id, e]));
    expect(story!.source?.author).to.equal('Bruce Klingner');
    expect(story!.eras.map((e) => `${e.start.iso}–${e.end}`)).to.include.members(['1910–1945', '2021–2025']);
    const dates = story!.events.map((e) => e.date);
    // Crimea, the "no limits" summit, Shoigu's visit and the satellite launch at the report's precision.
    expect(dates).to.include.members(['2014', '2022-02', '2023-07', '2023-11']);
    expect(byId.size).to.equal(story!.events.length);
  });
});
