import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { $, ready, scrolling, steps, story } from '../../../tests/fixtures/scrolly.js';
import type { StoryErrorDetail } from '../../events.js';
import './define.js';
import type { StoryScrolly } from './scrolly.component.js';
import type { StoryStep } from './step.component.js';

describe('<story-scrolly>', () => {
  describe('rendering', () => {
    it('draws the axis with a mark per event, in lanes from <story-lane> children', async () => {
      const { el } = await scrolling();
      const lanes = [...el.shadowRoot!.querySelectorAll('[part~="lane"]')];
      const labels = lanes.map((lane) => lane.querySelector('[part~="lane-label"]')!.textContent!.trim());
      expect(labels).to.deep.equal(['Russia–North Korea', 'China']);
      const ids = lanes.map((lane) =>
        [...lane.querySelectorAll<HTMLElement>('[part~="mark"]')].map((m) => m.dataset.eventId),
      );
      // In date order within each lane. An event sharing one actor with each lane goes to the lane
      // of its first actor: Russia for the road map, China for trade.
      expect(ids).to.deep.equal([
        ['crimea', 'road-map', 'shoigu', 'summit', 'satellite'],
        ['trade', 'announcement'],
      ]);
      const lefts = ids[0]!.map((id) => $(el, `[data-event-id="${id}"]`)!.getBoundingClientRect().left);
      expect([...lefts].sort((a, b) => a - b)).to.deep.equal(lefts);
      expect(el.shadowRoot!.querySelectorAll('[part~="tick"]').length).to.be.greaterThan(1);
      expect($(el, '[part~="era"]')!.getAttribute('title')).to.equal('Road Map');
      await expect(el).to.be.accessible();
    });

    it('takes lanes from the lanes property too, with a row for events that fit none', async () => {
      const { el } = await scrolling();
      el.lanes = [{ label: 'China', actors: ['china'] }];
      await el.updateComplete;
      const labels = [...el.shadowRoot!.querySelectorAll('[part~="lane-label"]')].map((l) => l.textContent);
      expect(labels).to.deep.equal(['China', 'Other']);
    });

    it('shows the story’s title in the card before the first step', async () => {
      const { el } = await scrolling();
      const card = $(el, '[part~="card"]')!;
      expect(card.querySelector('[part~="title"]')!.textContent).to.equal('Test story');
      expect(card.textContent).to.contain('What the story is about.').and.contain('An Author');
      expect($(el, '[part~="marker"]')).to.equal(null);
      expect(steps(el).some((step) => step.active)).to.equal(false);
    });

    it('puts the graphic beside the steps when wide and above them when narrow', async () => {
      const { el } = await scrolling();
      const graphic = $(el, '[part~="graphic"]')!.getBoundingClientRect();
      const prose = $(el, '[part~="steps"]')!.getBoundingClientRect();
      expect(graphic.left).to.be.greaterThan(prose.right - 1);
      const { el: narrow } = await scrolling({ width: 375 });
      const top = $(narrow, '[part~="graphic"]')!.getBoundingClientRect();
      const below = $(narrow, '[part~="steps"]')!.getBoundingClientRect();
      expect(top.bottom).to.be.at.most(below.top + 1);
      expect(top.width).to.be.greaterThan(300);
    });
  });

  describe('inside an iframe', () => {
    it('puts the reading line in the iframe’s own viewport', async () => {
      const frame = await fixture<HTMLIFrameElement>(
        html`<iframe title="Story" style="width: 800px; height: 300px; border: 0"></iframe>`,
      );
      const doc = frame.contentDocument!;
      doc.open();
      doc.write(`<!doctype html><body style="margin:0">
        <div style="height: 400px"></div>
        <story-scrolly style="--story-step-gap: 100px; --story-viewport-height: 300px">
          <story-step style="height: 200px"><p>One</p></story-step>
          <story-step style="height: 200px"><p>Two</p></story-step>
        </story-scrolly>
        <div style="height: 800px"></div>
        <script type="module" src="${new URL('./define.ts', import.meta.url).href}"></script>
      </body>`);
      doc.close();
      const win = frame.contentWindow!;
      await waitUntil(() => win.customElements.get('story-scrolly'), 'the elements were not defined', {
        timeout: 5000,
      });
      const [first, second] = [...doc.querySelectorAll('story-step')] as StoryStep[];
      // The iframe's middle (150 px) is in the second step; the top page's middle is not in the iframe.
      win.scrollTo(0, 400 + 300 + 100 - 150);
      await waitUntil(() => second!.active, 'the line was not in the iframe’s viewport');
      expect(first!.active).to.equal(false);
    });
  });

  describe('languages', () => {
    it('says its dates, axis and words in the locale given, and picks the reader’s text', async () => {
      const data = story();
      data.events[0]!.title = { en: 'Satellite', ko: '정찰위성 발사' };
      const el = await fixture<StoryScrolly>(
        html`<story-scrolly .data=${data} locale="ko" active-id="satellite">
          <story-lane label="Russia" actors="russia"></story-lane>
        </story-scrolly>`,
      );
      await waitUntil(() => $(el, '[part~="card"] [part~="date"]'), 'no card');
      await el.updateComplete;
      const card = $(el, '[part~="card"]')!;
      expect(card.querySelector('[part~="date"]')!.textContent).to.equal('2023년 11월');
      expect(card.querySelector('[part~="title"]')!.textContent).to.equal('정찰위성 발사');
      // The story's own source, cited in short in the reader's language.
      expect(card.querySelector('[part~="sources"]')!.textContent!.trim()).to.equal('출처: A section');
      expect($(el, '[part~="axis"]')!.getAttribute('aria-label')).to.equal(
        '2014년부터 2024년 1월까지의 시간 축, 2023년 11월 표시',
      );
      expect(
        [...el.shadowRoot!.querySelectorAll('[part~="lane-label"]')].map((l) => l.textContent),
      ).to.deep.equal(['Russia', '기타']);
      expect($(el, '[part~="base"]')!.getAttribute('lang')).to.equal('ko');
    });

    it('lays out right to left in Arabic, and lets the page replace a word', async () => {
      const el = await fixture<StoryScrolly>(
        html`<story-scrolly .data=${story()} locale="ar" .messages=${{ other: 'غير ذلك' }}>
          <story-lane label="Russia" actors="russia"></story-lane>
        </story-scrolly>`,
      );
      await ready(el);
      expect($(el, '[part~="base"]')!.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle($(el, '[part~="base"]')!).direction).to.equal('rtl');
      expect([...el.shadowRoot!.querySelectorAll('[part~="lane-label"]')].at(-1)!.textContent).to.equal(
        'غير ذلك',
      );
    });

    it('lists what is wrong with a story, by path', async () => {
      const data = story();
      (data.events[0] as { date: string }).date = '2023-13';
      const el = await fixture<StoryScrolly>(html`<story-scrolly .data=${data}></story-scrolly>`);
      await ready(el);
      const alert = $(el, '[role="alert"]')!;
      expect(alert.textContent).to.contain('events[0].date').and.contain('month 13');
      // The same box as the timeline's: it says what is still shown.
      expect(alert.querySelector('.error-kept')!.textContent).to.equal(
        `${data.events.length - 1} events shown.`,
      );
    });
  });

  describe('loading', () => {
    it('loads src and fires story-error when the server fails', async () => {
      const el = await fixture<StoryScrolly>(
        html`<story-scrolly src="/events/china-russia-north-korea.json"></story-scrolly>`,
      );
      await ready(el);
      expect(el.shadowRoot!.querySelectorAll('[part~="mark"]').length).to.be.at.least(30);
      const heard = oneEvent(el, 'story-error');
      el.src = '/__status/404';
      const { detail } = (await heard) as CustomEvent<StoryErrorDetail>;
      expect(detail).to.include({ kind: 'http', src: '/__status/404' });
      await el.updateComplete;
      // In the reader's words first, then the detail.
      expect($(el, '[role="alert"]')!.textContent).to.contain(
        'The story could not be loaded: the server answered 404. (Could not load /__status/404',
      );
      await expect(el).to.be.accessible();
    });
  });
});
