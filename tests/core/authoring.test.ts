// What an event needs (a date and a title, or text to take one from), the ids made for events
// without one, warnings that lose nothing, the strict profile, and the citations a card shows.
import { expect } from '@open-wc/testing';
import { citationsFor } from '../../src/core/citation.js';
import { titleFromText } from '../../src/core/text.js';
import { parseStory } from '../../src/core/validate.js';
import { en } from '../../src/i18n/en.js';
import { loadLocale } from '../../src/i18n/index.js';

const said = (issues: { path: string; message: string }[]) => issues.map((i) => `${i.path}: ${i.message}`);

describe('what an event needs', () => {
  it('draws an event with a date and a title alone, warning about what is missing', () => {
    const { story, errors, warnings } = parseStory({ events: [{ date: '2023-07', title: 'Shoigu visits' }] });
    expect(errors).to.deep.equal([]);
    expect(story!.title).to.equal('');
    expect(story!.events).to.have.length(1);
    expect(story!.events[0]).to.include({ title: 'Shoigu visits', summary: '' });
    expect(story!.events[0]!.sources).to.deep.equal([]);
    expect(said(warnings)).to.deep.equal([
      'events[0].summary: is missing: the card shows the title alone',
      'events[0].sources: is missing: the event cites no source',
      'events[0].id: is missing: "2023-07-shoigu-visits" is used (from the date and title); add it to keep links stable',
    ]);
  });

  it('takes a title from the text when there is none, and needs one or the other', () => {
    const { story, errors, warnings } = parseStory({
      events: [
        { id: 'a', date: '2023', summary: 'Talks began in Moscow. They lasted a week.', sources: [] },
        { id: 'b', date: '2024', summary: { en: 'Talks ended.', ko: '회담이 끝났다.' } },
        { id: 'c', date: '2025', title: '', summary: '' },
      ],
    });
    expect(story!.events.map((e) => e.title)).to.deep.equal([
      'Talks began in Moscow',
      { en: 'Talks ended', ko: '회담이 끝났다' },
    ]);
    expect(said(errors)).to.deep.equal(['events[2].title: is required (or a summary to take it from)']);
    expect(said(warnings)).to.include('events[0].title: is missing: the start of the summary is used');
  });

  it('cuts a long first sentence at a word', () => {
    expect(titleFromText('One. Two.')).to.equal('One');
    expect(titleFromText('First line\nsecond line')).to.equal('First line');
    const long = titleFromText('word '.repeat(40));
    expect(long.length).to.be.at.most(80);
    expect(long).to.match(/word…$/);
  });

  it('generates stable ids from date and title, never taking a given one, and de-duplicates them', () => {
    const input = {
      events: [
        { date: '2023-09-13', title: 'Summit!' },
        { id: '2023-09-13-summit', date: '2023-01', title: 'Given' },
        { date: '2023-09-13', title: 'Summit' },
        { date: '-0044-03-15', title: 'Ides of March' },
        { date: '2023', title: '회담' },
      ],
    };
    const ids = () => parseStory(input).story!.events.map((e) => e.id);
    expect(ids()).to.have.members([
      '2023-09-13-summit-2',
      '2023-09-13-summit',
      '2023-09-13-summit-3',
      '0044-03-15-ides-of-march',
      '2023',
    ]);
    expect(parseStory(input).story!.events.find((e) => e.title === 'Given')!.id).to.equal(
      '2023-09-13-summit',
    );
    expect(ids()).to.deep.equal(ids());
    expect(said(parseStory(input).warnings).filter((w) => w.includes('.id:'))).to.have.length(4);
  });

  it('keeps real errors: a bad date or id drops its event; an unknown actor or a bad URL its field', () => {
    const { story, errors } = parseStory({
      actors: [{ id: 'russia', label: 'Russia' }],
      events: [
        { date: '2023-02-30', title: 'No such day' },
        { id: 'Bad Id', date: '2023', title: 'Bad id' },
        { date: '2023', title: 'Who', actors: ['nobody'] },
        { date: '2023', title: 'Kept', sources: [{ title: 'x', url: 'javascript:alert(1)' }] },
      ],
    });
    expect(errors.map((e) => e.path)).to.deep.equal([
      'events[0].date',
      'events[1].id',
      'events[2].actors[0]',
      'events[3].sources[0].url',
    ]);
    expect(story!.events.map((e) => [e.title, e.actors ?? e.sources])).to.deep.equal([
      ['Kept', [{ title: 'x' }]],
      ['Who', []],
    ]);
  });

  it('is strict on request: every event has an id, a summary and a source; warnings are errors', () => {
    const lenient = { events: [{ date: '2023', title: 'T', extra: 1 }] };
    expect(parseStory(lenient).errors).to.deep.equal([]);
    const strict = parseStory(lenient, { strict: true });
    expect(strict.warnings).to.deep.equal([]);
    expect(strict.errors.map((e) => e.path)).to.have.members([
      'events[0].extra',
      'events[0].summary',
      'events[0].sources',
      'events[0].id',
    ]);
    const full = { events: [{ id: 't', date: '2023', title: 'T', summary: 'S', sources: [{ title: 'A' }] }] };
    expect(parseStory(full, { strict: true }).errors).to.deep.equal([]);
  });

  it('checks the kind of the story source', () => {
    const events = [{ id: 'a', date: '2023', title: 'T' }];
    expect(parseStory({ source: { title: 'R', kind: 'report' }, events }).story!.source).to.deep.equal({
      title: 'R',
      kind: 'report',
    });
    expect(said(parseStory({ source: { title: 'R', kind: 'tweet' }, events }).errors)).to.deep.equal([
      'source.kind: "tweet" is not one of report, article, book, paper',
    ]);
  });
});

describe('citations on a card', () => {
  const report = {
    title: 'China–Russia–North Korea Solidarity',
    kind: 'report' as const,
    url: 'https://r.example/',
  };

  it('names the story’s own source in short, by section, in the reader’s language', async () => {
    const cited = [{ title: report.title, section: 'Camp David Summit Success', url: report.url }];
    expect(citationsFor(cited, report, en.messages)).to.deep.equal([
      { text: 'Report: Camp David Summit Success', url: 'https://r.example/', own: true },
    ]);
    const ko = await loadLocale('ko');
    expect(citationsFor(cited, report, ko.messages)[0]!.text).to.equal('보고서: Camp David Summit Success');
  });

  it('matches the story’s source by URL or by title, and says "Source" when its kind is unknown', () => {
    const story = { title: 'The Book', url: 'https://b.example/' };
    expect(citationsFor([{ title: 'The Book', section: 'Ch. 1' }], story, en.messages)).to.deep.equal([
      { text: 'Source: Ch. 1', url: 'https://b.example/', own: true },
    ]);
    expect(
      citationsFor([{ title: 'Other name', url: 'https://b.example/' }], story, en.messages),
    ).to.deep.equal([{ text: 'Source', url: 'https://b.example/', own: true }]);
  });

  it('gives another source its own title, and never repeats a link on one card', () => {
    const sources = [
      { title: report.title, section: 'Growing Chinese–Russian Solidarity', url: report.url },
      { title: 'Reuters', url: 'https://reuters.example/a', section: 'p. 2' },
      { title: report.title, section: 'Escalating Economic Ties', url: report.url },
      { title: report.title, section: 'Escalating Economic Ties', url: report.url },
    ];
    expect(citationsFor(sources, report, en.messages)).to.deep.equal([
      {
        text: 'Report: Growing Chinese–Russian Solidarity; Escalating Economic Ties',
        url: 'https://r.example/',
        own: true,
      },
      { text: 'Reuters', url: 'https://reuters.example/a', section: 'p. 2' },
    ]);
    expect(citationsFor([{ title: 'Reuters' }], undefined, en.messages)).to.deep.equal([{ text: 'Reuters' }]);
    expect(citationsFor([], report, en.messages)).to.deep.equal([]);
  });

  it('has a word for every kind of source in every language', async () => {
    for (const code of ['en', 'ar', 'de', 'es', 'fr', 'he', 'ja', 'ko', 'ru', 'uk', 'zh-CN']) {
      const { messages } = await loadLocale(code);
      for (const kind of ['report', 'article', 'book', 'paper'] as const) {
        expect(messages.sourceKinds[kind], `${code} ${kind}`).to.be.a('string').and.not.equal('');
      }
    }
  });
});
