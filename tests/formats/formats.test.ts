import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { parseStory } from '../../src/core/validate.js';
import type { ParsedStory } from '../../src/core/types.js';
import { fromCsv, readCsv } from '../../src/formats/csv.js';
import { fromTimelineJS, isTimelineJS, toDate } from '../../src/formats/timelinejs.js';
import '../../src/define.js';
import type { StoryTimeline } from '../../src/components/timeline/timeline.component.js';

const text = async (path: string) => (await fetch(path)).text();
const shape = (story: ParsedStory | null) =>
  story!.events.map((e) => `${e.id} ${e.date}${e.end ? `/${e.end}` : ''}`);

const EXPECTED = [
  'caesar -0044-03-15',
  'crimea 2014',
  'shoigu-visit 2023-07',
  'summit 2023-09-13/2023-09-17',
];

async function viaElement(markup: ReturnType<typeof html>): Promise<StoryTimeline> {
  const el = await fixture<StoryTimeline>(markup);
  await waitUntil(() => el.story !== null, 'no story', { timeout: 5000 });
  return el;
}

describe('input routes', () => {
  it('JSON, both CSV layouts, TimelineJS JSON and declarative HTML yield the same events', async () => {
    const json = parseStory(JSON.parse(await text('/tests/fixtures/mini.json')));
    const sheet = parseStory(fromCsv(await text('/tests/fixtures/mini-timelinejs.csv')));
    const own = parseStory(fromCsv(await text('/tests/fixtures/mini-own.csv')));
    const tl = parseStory(fromTimelineJS(JSON.parse(await text('/tests/fixtures/mini-timelinejs.json'))));
    const declared = await viaElement(
      html`<story-timeline source="Mini">
        <story-era start="2021" end="2025" title="Road Map"></story-era>
        <story-event id="summit" date="2023-09-13" end="2023-09-17" actors="russia north-korea" title="Summit"
          ><p>Two lines</p>
          <p>in one cell.</p></story-event
        >
        <story-event id="caesar" date="-0044-03-15" title="Ides of March"
          ><p>Caesar is killed.</p></story-event
        >
        <story-event id="crimea" date="2014" actors="russia" title="Crimea"
          >Russia annexes Crimea.</story-event
        >
        <story-event id="shoigu-visit" date="2023-07" actors="russia north-korea" title="Shoigu in Pyongyang"
          ><p>A visit.</p></story-event
        >
      </story-timeline>`,
    );
    for (const [name, result] of Object.entries({ json, sheet, own, tl })) {
      expect(result.errors, name).to.deep.equal([]);
      expect(shape(result.story), name).to.deep.equal(EXPECTED);
      expect(
        result.story!.eras.map((e) => `${e.title} ${e.start.iso}–${e.end}`),
        name,
      ).to.deep.equal(['Road Map 2021–2025']);
    }
    expect(shape(declared.story)).to.deep.equal(EXPECTED);
  });

  it('invents no source on any route: an event without one cites none, never the story title', async () => {
    const json = parseStory(JSON.parse(await text('/tests/fixtures/mini.json')));
    const sheet = parseStory(fromCsv(await text('/tests/fixtures/mini-timelinejs.csv')));
    const own = parseStory(fromCsv('type,id,date,title,summary\ntitle,,,Mini,\n,a,2023,A,Text\n'));
    const tl = parseStory(fromTimelineJS(JSON.parse(await text('/tests/fixtures/mini-timelinejs.json'))));
    const declared = await viaElement(
      html`<story-timeline story-title="Mini"
        ><story-event id="a" date="2023" title="A"><p>Text</p></story-event></story-timeline
      >`,
    );
    for (const [name, story] of Object.entries({
      sheet: sheet.story,
      own: own.story,
      tl: tl.story,
      declared: declared.story,
    })) {
      const cited = story!.events.flatMap((e) => e.sources.map((s) => `${e.id}: ${s.title}`));
      // Only the TimelineJS file's one link is a source.
      expect(cited, name).to.deep.equal(name === 'tl' ? ['caesar: killed'] : []);
    }
    expect(json.story!.events.every((e) => e.sources.length === 1)).to.equal(true);
    for (const result of [sheet, own, tl]) {
      expect(result.errors).to.deep.equal([]);
      expect(result.warnings.some((w) => /sources: is missing/.test(`${w.path}: ${w.message}`))).to.equal(
        true,
      );
    }
  });

  it('reads CSV edge cases: quotes, doubled quotes, newlines in cells, a BOM', async () => {
    const rows = readCsv('\uFEFFid,"summary"\r\na,"one, ""two""\nthree"\r\n');
    expect(rows).to.deep.equal([{ id: 'a', summary: 'one, "two"\nthree' }]);
    const own = parseStory(fromCsv(await text('/tests/fixtures/mini-own.csv')));
    expect(own.story!.events.find((e) => e.id === 'shoigu-visit')!.summary).to.equal(
      'A visit, "with quotes", and, commas.',
    );
    expect(own.story!.events.find((e) => e.id === 'summit')!.summary).to.equal('Two lines\nin one cell.');
  });

  it('maps TimelineJS dates from numbers and numeric strings, negative years BCE', () => {
    expect(toDate({ year: '-44', month: '3', day: 15 })).to.equal('-0044-03-15');
    expect(toDate({ year: 2023, month: 7 })).to.equal('2023-07');
    expect(toDate({ year: '476' })).to.equal('0476');
    expect(toDate({ year: 'circa 1900' })).to.equal('circa 1900');
    expect(
      parseStory(
        fromTimelineJS({ events: [{ start_date: { year: 'circa 1900' }, text: { headline: 'x' } }] }),
      ).errors[0]!.path,
    ).to.equal('events[0].date');
  });

  it('maps TimelineJS groups to actors, media, the title slide and links to sources', async () => {
    const tl = JSON.parse(await text('/tests/fixtures/mini-timelinejs.json'));
    expect(isTimelineJS(tl)).to.equal(true);
    const { story } = parseStory(fromTimelineJS(tl));
    expect(story!.title).to.equal('Mini');
    expect(story!.description).to.equal('A small story.');
    expect(story!.actors.map((a) => `${a.id}:${a.label}`)).to.deep.equal([
      'north-korea:North Korea',
      'russia:Russia',
    ]);
    const crimea = story!.events.find((e) => e.id === 'crimea')!;
    expect(crimea.media).to.deep.equal({
      src: 'https://example.com/crimea.jpg',
      alt: 'Crimea',
      credit: 'Someone',
      caption: 'Crimea',
    });
    const caesar = story!.events.find((e) => e.id === 'caesar')!;
    expect(caesar.sources).to.deep.equal([{ title: 'killed', url: 'https://example.com/caesar' }]);
  });

  it('keeps only the text of TimelineJS HTML: nothing in it runs or reaches the page', async () => {
    const win = window as unknown as { pwned?: boolean };
    delete win.pwned;
    const hostile = fromTimelineJS({
      events: [
        {
          start_date: { year: 2023 },
          text: {
            headline: '<img src=x onerror="window.pwned=true">Headline<script>window.pwned=true</script>',
            text: '<svg onload="window.pwned=true"><a href="javascript:window.pwned=true">click</a></svg><p>Body</p>',
          },
        },
      ],
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(win.pwned).to.equal(undefined);
    expect(hostile.events[0]!.title).to.equal('Headline');
    expect(hostile.events[0]!.summary).to.equal('click\nBody');
    // The javascript: link became a source, which the validator then refuses.
    const { errors } = parseStory(hostile);
    expect(errors.map((e) => e.path)).to.deep.equal(['events[0].sources[0].url']);
  });

  it('loads CSV and TimelineJS files through src', async () => {
    const csv = await viaElement(
      html`<story-timeline src="/tests/fixtures/mini-timelinejs.csv"></story-timeline>`,
    );
    expect(shape(csv.story)).to.deep.equal(EXPECTED);
    const tl = await viaElement(
      html`<story-timeline src="/tests/fixtures/mini-timelinejs.json"></story-timeline>`,
    );
    expect(shape(tl.story)).to.deep.equal(EXPECTED);
  });

  it('names the element in the errors of declarative HTML, and shows the author’s own content', async () => {
    const el = await viaElement(
      html`<story-timeline source="Mini">
        <story-event id="a" date="2023-13" title="Bad"><p>x</p></story-event>
        <story-event id="b" date="2023-07" title="Good"
          ><p>Rich <a href="https://example.com/x">text</a></p></story-event
        >
      </story-timeline>`,
    );
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent)
      .to.contain('<story-event id="a"> (the 1st) date')
      .and.contain('"2023-13" is not a date (month 13)');
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('#b slot')!;
    const assigned = slot.assignedElements()[0]!;
    expect(assigned.querySelector('a')!.getAttribute('href')).to.equal('https://example.com/x');
    expect(assigned.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('re-reads declarative events when an attribute changes', async () => {
    const el = await viaElement(
      html`<story-timeline source="Mini">
        <story-event id="a" date="2023" title="A">x</story-event>
      </story-timeline>`,
    );
    el.querySelector('story-event')!.setAttribute('date', '2021-05');
    await waitUntil(() => el.story?.events[0]?.date === '2021-05', 'change not followed');
  });
});
