import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { testStory as story } from '../../../tests/fixtures/story.js';
import { ORDER, cards, ready, clearHash } from '../../../tests/fixtures/timeline.js';
import type { StoryErrorDetail } from '../../events.js';
import './define.js';
import type { StoryTimeline } from './timeline.component.js';

describe('<story-timeline>', () => {
  afterEach(clearHash);

  describe('rendering', () => {
    it('renders every event in date order, with year headings', async () => {
      const el = await ready(
        await fixture<StoryTimeline>(html`<story-timeline .data=${story()}></story-timeline>`),
      );
      expect(cards(el).map((c) => c.id)).to.deep.equal(ORDER);
      const years = [...el.shadowRoot!.querySelectorAll('[part~="year"]')].map((h) => h.textContent!.trim());
      expect(years).to.deep.equal(['2014', '2023', '2024']);
      expect(el.shadowRoot!.querySelector('[part~="year"]')!.getAttribute('aria-level')).to.equal('2');
      await expect(el).to.be.accessible();
    });

    it('formats each date at its precision', async () => {
      const el = await ready(
        await fixture<StoryTimeline>(html`<story-timeline .data=${story()}></story-timeline>`),
      );
      const dates = cards(el).map((c) => c.querySelector('[part~="date"]')!.textContent!.trim());
      expect(dates).to.deep.equal([
        '2014',
        'July 2023',
        'September 13, 2023',
        'November 2023',
        'January 2024',
      ]);
      expect(cards(el)[2]!.querySelector('time')!.getAttribute('datetime')).to.equal('2023-09-13');
    });

    it('says a span of months within a year once: "January–October 2023"', async () => {
      const data = story();
      data.events[0] = { ...data.events[0]!, date: '2023-01', end: '2023-10' };
      const el = await ready(
        await fixture<StoryTimeline>(html`<story-timeline .data=${data}></story-timeline>`),
      );
      const card = el.shadowRoot!.getElementById('satellite')!;
      expect(card.querySelector('[part~="date"]')!.textContent!.trim()).to.equal('January–October 2023');
    });

    it('shows actor chips in the actors’ colours, sources and quotes; headline events stand out, minor ones step back', async () => {
      const data = story();
      data.events[0] = { ...data.events[0]!, importance: 1 };
      const el = await ready(
        await fixture<StoryTimeline>(html`<story-timeline .data=${data}></story-timeline>`),
      );
      const shoigu = el.shadowRoot!.getElementById('shoigu')!;
      const chips = [...shoigu.querySelectorAll('.chips [part~="chip"]')];
      expect(chips.map((c) => c.textContent!.trim())).to.deep.equal(['Russia', 'North Korea']);
      expect(getComputedStyle(chips[0]!, '::before').backgroundColor).to.equal('rgb(58, 123, 213)');
      expect(shoigu.classList.contains('major')).to.equal(true);
      const summit = el.shadowRoot!.getElementById('summit')!;
      expect(summit.querySelector('cite a')!.getAttribute('href')).to.equal('https://example.com/r');
      expect(summit.querySelector('blockquote')!.textContent).to.equal('A quote');
      // A source without a URL is text: its `a` has no href, so it is no link.
      expect(shoigu.querySelector('cite a[href]')).to.equal(null);
      const titleSize = (id: string) =>
        parseFloat(
          getComputedStyle(el.shadowRoot!.getElementById(id)!.querySelector('[part~="title"]')!).fontSize,
        );
      // shoigu is a headline (3), summit has no importance (2), satellite is minor (1).
      expect(titleSize('shoigu')).to.be.greaterThan(titleSize('summit'));
      expect(titleSize('summit')).to.be.greaterThan(titleSize('satellite'));
    });

    it('shows eras as labelled bands on the axis and beside the events they span', async () => {
      const el = await ready(
        await fixture<StoryTimeline>(html`<story-timeline .data=${story()}></story-timeline>`),
      );
      expect(el.shadowRoot!.querySelector('.axis [part~="era"]')!.getAttribute('title')).to.equal('Road Map');
      const labels = [...el.shadowRoot!.querySelectorAll('.era-label')];
      expect(labels).to.have.length(1);
      expect(labels[0]!.closest('[data-event-id]')!.getAttribute('data-event-id')).to.equal('shoigu');
      expect(labels[0]!.textContent).to.contain('Road Map').and.contain('2023–2024');
      const rails = ORDER.map(
        (id) => el.shadowRoot!.querySelector(`[data-event-id="${id}"] .rail.on`) !== null,
      );
      // The era runs to the end of 2024, so January 2024 is inside it.
      expect(rails).to.deep.equal([false, true, true, true, true]);
    });

    it('sets eras that overlap in time side by side on the axis, each band and name clear of the other', async () => {
      const data = story();
      data.eras = [
        { id: 'road-map', title: 'Road Map', start: '2014', end: '2023-09' },
        { id: 'summits', title: 'Summits', start: '2023', end: '2024' },
      ];
      const el = await ready(
        await fixture<StoryTimeline>(
          html`<div style="height: 700px; width: 900px">
            <story-timeline .data=${data}></story-timeline>
          </div>`,
        ).then((box) => box.querySelector('story-timeline')!),
      );
      const [a, b] = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.axis [part~="era"]')];
      const [ra, rb] = [a!, b!].map((band) => band.getBoundingClientRect());
      // They overlap in time (2023) ...
      expect(rb!.top).to.be.lessThan(ra!.bottom);
      // ... so they stand apart across the axis, and the first one's name stays clear of the second band.
      expect(rb!.left).to.be.greaterThan(ra!.right);
      const name = a!.querySelector('.axis-era-label')!.getBoundingClientRect();
      expect(name.width).to.be.greaterThan(0);
      expect(name.right).to.be.at.most(rb!.left);
    });

    it('names an era beside its band, from the band’s start, left to right and right to left', async () => {
      const data = story();
      data.eras = [{ id: 'road-map', title: 'Road Map', start: '2014', end: '2023-09' }];
      for (const dir of ['ltr', 'rtl']) {
        const el = await ready(
          await fixture<StoryTimeline>(
            html`<div style="height: 700px; width: 900px">
              <story-timeline dir=${dir} .data=${data}></story-timeline>
            </div>`,
          ).then((box) => box.querySelector('story-timeline')!),
        );
        const band = el.shadowRoot!.querySelector('.axis [part~="era"]')!;
        const [b, name] = [band, band.querySelector('.axis-era-label')!].map((e) =>
          e.getBoundingClientRect(),
        );
        expect(name!.height, dir).to.be.greaterThan(0);
        if (dir === 'ltr') expect(name!.left, 'the name covers its band').to.be.at.least(b!.right);
        else expect(name!.right, 'the name covers its band').to.be.at.most(b!.left);
        expect(
          Math.abs(name!.top - b!.top),
          `${dir}: the name starts away from the band's start`,
        ).to.be.below(2);
      }
    });

    it('shows the active mark above a mark of the same date', async () => {
      const data = story();
      data.events = data.events.map((event) =>
        event.id === 'satellite' ? { ...event, date: '2023-09-13' } : event,
      );
      const el = await ready(
        await fixture<StoryTimeline>(html`<story-timeline .data=${data}></story-timeline>`),
      );
      const root = el.shadowRoot!;
      // The first of the two in the DOM, which the second would paint over.
      const [first, second] = ['summit', 'satellite']
        .map((id) => root.querySelector<HTMLElement>(`[data-goto="${id}"]`)!)
        .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
      el.activeId = first!.dataset.goto!;
      await el.updateComplete;
      const at = first!.getBoundingClientRect();
      expect(second!.getBoundingClientRect().top, 'the two marks are apart').to.be.closeTo(at.top, 2);
      expect(root.elementFromPoint(at.left + at.width / 2, at.top + at.height / 2)).to.equal(first);
    });

    it('flags the active date among the tick labels, clear of the era names, and the tick it stands on gives way', async () => {
      const data = story();
      data.eras = [{ id: 'talks', title: 'Talks between the two', start: '2023-06', end: '2024' }];
      const el = await ready(
        await fixture<StoryTimeline>(
          html`<div style="width: 900px"><story-timeline .data=${data}></story-timeline></div>`,
        ).then((box) => box.querySelector('story-timeline')!),
      );
      el.activeId = 'shoigu';
      await el.updateComplete;
      const root = el.shadowRoot!;
      root.getAnimations().forEach((animation) => animation.finish());
      const flag = root.querySelector('.marker-label')!;
      // Where the event starts, as a tick says it; its card has the whole date.
      expect(flag.textContent!.trim()).to.equal('Jul 2023');
      const f = flag.getBoundingClientRect();
      const name = root.querySelector('.axis-era-label')!.getBoundingClientRect();
      expect(name.height).to.be.greaterThan(0);
      const covers = f.right > name.left && f.left < name.right && f.bottom > name.top && f.top < name.bottom;
      expect(covers, 'the flag covers the era’s name').to.equal(false);
      expect(f.left, 'the flag sticks out of the timeline').to.be.at.least(el.getBoundingClientRect().left);
      const ticks = [...root.querySelectorAll<HTMLElement>('.tick')];
      const under = ticks.filter((tick) => {
        const r = tick.getBoundingClientRect();
        return r.bottom > f.top && r.top < f.bottom;
      });
      for (const tick of under) expect(getComputedStyle(tick).opacity, tick.textContent!).to.equal('0');
      expect(ticks.filter((tick) => getComputedStyle(tick).opacity === '1').length).to.be.greaterThan(1);
    });

    it('paints a dark background when dark, so that its light text reads on a page that stays white', async () => {
      const box = await fixture<HTMLElement>(
        html`<div style="background: #fff">
          <story-timeline theme="dark" .data=${story()}></story-timeline>
          <story-timeline theme="light" .data=${story()}></story-timeline>
        </div>`,
      );
      const [dark, light] = [...box.querySelectorAll('story-timeline')];
      await ready(dark!);
      await ready(light!);
      const background = getComputedStyle(dark!).backgroundColor;
      // Opaque (rgb(), not rgba()) and dark.
      expect(background).to.match(/^rgb\(/);
      const [r, g, b] = background.match(/\d+/g)!.map(Number);
      expect(Math.max(r!, g!, b!), background).to.be.below(60);
      expect(getComputedStyle(light!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    });

    it('draws a mark per event on the axis, in time order', async () => {
      const el = await ready(
        await fixture<StoryTimeline>(html`<story-timeline .data=${story()}></story-timeline>`),
      );
      const marks = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="axis-mark"]')];
      expect(marks.map((m) => m.dataset.goto)).to.deep.equal(ORDER);
      const tops = marks.map((m) => m.getBoundingClientRect().top);
      expect([...tops].sort((a, b) => a - b)).to.deep.equal(tops);
      expect(el.shadowRoot!.querySelectorAll('[part~="tick"]').length).to.be.greaterThan(1);
    });
  });

  describe('loading', () => {
    it('loads src, showing a status while pending', async () => {
      const el = await fixture<StoryTimeline>(
        html`<story-timeline src="/__delay/300/events/china-russia-north-korea.json"></story-timeline>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('[role="status"]'), 'no pending status');
      await ready(el);
      expect(cards(el).length).to.be.at.least(30);
      await expect(el).to.be.accessible();
    });

    it('never lets an older response render over a newer one', async () => {
      const el = await fixture<StoryTimeline>(
        html`<story-timeline src="/__delay/800/events/china-russia-north-korea.json"></story-timeline>`,
      );
      await new Promise((r) => setTimeout(r, 50));
      el.src = '/events/end-of-roman-republic.json';
      await ready(el);
      await new Promise((r) => setTimeout(r, 1000));
      expect(el.story!.title).to.contain('Roman');
      expect(cards(el)[0]!.querySelector('[part~="date"]')!.textContent).to.contain('BCE');
    });

    it('shows an alert and fires story-error when the server fails', async () => {
      const el = await fixture<StoryTimeline>(html`<story-timeline></story-timeline>`);
      const heard = oneEvent(el, 'story-error');
      el.src = '/__status/404';
      const { detail } = (await heard) as CustomEvent<StoryErrorDetail>;
      expect(detail).to.include({ kind: 'http', src: '/__status/404', rendered: 0 });
      await el.updateComplete;
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('404');
      await expect(el).to.be.accessible();
    });

    it('names invalid JSON', async () => {
      const el = await fixture<StoryTimeline>(html`<story-timeline></story-timeline>`);
      const heard = oneEvent(el, 'story-error');
      el.src = '/web-test-runner.config.mjs';
      const { detail } = (await heard) as CustomEvent<StoryErrorDetail>;
      expect(detail.kind).to.equal('json');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('not valid JSON');
    });

    it('shows validation errors with their paths and still renders the valid events', async () => {
      const bad = story();
      bad.events[0]!.date = '2023-13';
      bad.events[1]!.actors = ['atlantis'];
      const el = await fixture<StoryTimeline>(html`<story-timeline></story-timeline>`);
      const heard = oneEvent(el, 'story-error');
      el.data = bad;
      const { detail } = (await heard) as CustomEvent<StoryErrorDetail>;
      expect(detail.kind).to.equal('validation');
      expect(detail.errors.map((e) => e.path)).to.deep.equal(['events[0].date', 'events[1].actors[0]']);
      expect(detail.rendered).to.equal(4);
      await ready(el);
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent)
        .to.contain('events[0].date')
        .and.contain('"2023-13" is not a date (month 13)');
      expect(cards(el)).to.have.length(4);
      await expect(el).to.be.accessible();
    });
  });

  describe('filtering', () => {
    it('shows only the events of the actors attribute, and the axis follows', async () => {
      const el = await ready(
        await fixture<StoryTimeline>(html`<story-timeline actors="china" .data=${story()}></story-timeline>`),
      );
      expect(cards(el).map((c) => c.id)).to.deep.equal(['announcement']);
      expect(el.shadowRoot!.querySelectorAll('[part~="axis-mark"]')).to.have.length(1);
      el.actors = 'north-korea china';
      await el.updateComplete;
      expect(cards(el).map((c) => c.id)).to.deep.equal(['shoigu', 'summit', 'satellite', 'announcement']);
    });

    it('makes a shown event active when the filter hides the active one: the one before it in time, else the first', async () => {
      const el = await ready(
        await fixture<StoryTimeline>(html`<story-timeline .data=${story()}></story-timeline>`),
      );
      el.activeId = 'satellite';
      await el.updateComplete;
      const changes: string[] = [];
      el.addEventListener('story-active-change', (event) => changes.push(event.detail.id));
      el.actors = 'russia';
      await el.updateComplete;
      expect(cards(el).map((c) => c.id)).to.deep.equal(['crimea', 'shoigu', 'summit']);
      expect(el.activeId).to.equal('summit');
      expect(changes).to.deep.equal(['summit']);
      // Its mark is the axis' stop in the Tab order.
      const stop = el.shadowRoot!.querySelector<HTMLElement>('[part~="axis-mark"][tabindex="0"]');
      expect(stop?.dataset.goto).to.equal('summit');
      el.actors = 'china';
      await el.updateComplete;
      expect(el.activeId).to.equal('announcement');
    });

    it('lets the reader toggle actors with chips that show counts', async () => {
      const el = await ready(
        await fixture<StoryTimeline>(html`<story-timeline filters .data=${story()}></story-timeline>`),
      );
      const chips = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="filters"] button')];
      expect(chips.map((c) => c.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        'All 5',
        'Russia 3',
        'North Korea 3',
        'China 1',
      ]);
      expect(chips[0]!.getAttribute('aria-pressed')).to.equal('true');
      chips[1]!.click();
      await el.updateComplete;
      expect(cards(el).map((c) => c.id)).to.deep.equal(['crimea', 'shoigu', 'summit']);
      expect(el.actors).to.equal('russia');
      const pressed = el.shadowRoot!.querySelectorAll('[part~="filters"] button[aria-pressed="true"]');
      expect([...pressed].map((b) => b.textContent!.trim())).to.have.length(1);
      await expect(el).to.be.accessible();
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="filters"] button')!.click();
      await el.updateComplete;
      expect(cards(el)).to.have.length(5);
    });
  });
});
