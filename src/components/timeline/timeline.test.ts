import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import type { Story } from '../../core/types.js';
import { reduceMotion, restoreMotion } from '../../../tests/fixtures/motion.js';
import { source, testStory } from '../../../tests/fixtures/story.js';
import type { ActiveChangeDetail, StoryErrorDetail } from '../../events.js';
import './define.js';
import type { StoryTimeline } from './timeline.component.js';

/** The shared test story: five events, deliberately out of order, three actors, an era, three years. */
const story = testStory;

const ORDER = ['crimea', 'shoigu', 'summit', 'satellite', 'announcement'];

function cards(el: StoryTimeline): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('article[part~="event"]')];
}

async function ready(el: StoryTimeline): Promise<StoryTimeline> {
  await waitUntil(
    () => cards(el).length > 0 || el.shadowRoot!.querySelector('[role="alert"]'),
    'timeline did not render',
    // A language other than English is a chunk the test server compiles on first use: give it time.
    { timeout: 5000 },
  );
  await el.updateComplete;
  return el;
}

/** A timeline in its own 400 px scrolling box, with room above and below the events. */
async function scrolling(): Promise<{ el: StoryTimeline; box: HTMLElement }> {
  const box = await fixture<HTMLElement>(
    html`<div style="height: 400px; overflow: auto; width: 900px">
      <div style="height: 300px"></div>
      <story-timeline .data=${story()}></story-timeline>
      <div style="height: 600px"></div>
    </div>`,
  );
  const el = box.querySelector('story-timeline')!;
  await ready(el);
  return { el, box };
}

/** Scrolls the box until the card's middle sits on the reading line (the box's middle). */
async function scrollCardToLine(box: HTMLElement, el: StoryTimeline, id: string): Promise<void> {
  const card = el.shadowRoot!.querySelector<HTMLElement>(`[data-event-id="${id}"]`)!;
  const boxRect = box.getBoundingClientRect();
  const rect = card.getBoundingClientRect();
  box.scrollTop += rect.top + rect.height / 2 - (boxRect.top + box.clientHeight / 2);
  await nextFrame();
  await nextFrame();
}

describe('<story-timeline>', () => {
  afterEach(() => {
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  });

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

  describe('scrolling', () => {
    it('activates the event at the reading line as the container scrolls, both ways', async () => {
      const { el, box } = await scrolling();
      const seen: ActiveChangeDetail[] = [];
      el.addEventListener('story-active-change', (e) => seen.push(e.detail));
      for (const id of ORDER.slice(1)) {
        await scrollCardToLine(box, el, id);
        await waitUntil(() => el.activeId === id, `${id} did not become active`);
      }
      for (const id of [...ORDER].reverse().slice(1)) {
        await scrollCardToLine(box, el, id);
        await waitUntil(() => el.activeId === id, `${id} did not become active scrolling up`);
      }
      expect(seen.map((d) => d.id)).to.deep.equal([...ORDER.slice(1), ...[...ORDER].reverse().slice(1)]);
      expect(seen[1]).to.include({ id: 'summit', index: 2 });
      expect(seen[1]!.event.title).to.equal('Summit');
    });

    it('settles on the nearest card when a jump leaves the reading line between two cards', async () => {
      const { el, box } = await scrolling();
      expect(el.activeId).to.equal('crimea');
      const [before, after] = ORDER.slice(-2);
      const gap = () => {
        const [a, b] = [before, after].map((id) =>
          el.shadowRoot!.querySelector<HTMLElement>(`[data-event-id="${id}"]`)!.getBoundingClientRect(),
        );
        return { top: a!.bottom, bottom: b!.top };
      };
      expect(gap().bottom - gap().top, 'a gap between the two cards').to.be.above(6);
      // Instant jumps to a point in the gap (nothing crosses the line there): a third of the way
      // down it, then two thirds. Measured again once there: cards laid out only when near the
      // viewport (content-visibility) take their real height then.
      const lineTo = async (share: number) => {
        for (let i = 0; i < 2; i++) {
          const { top, bottom } = gap();
          const boxRect = box.getBoundingClientRect();
          box.scrollTop += top + (bottom - top) * share - (boxRect.top + box.clientHeight / 2);
          await nextFrame();
          await nextFrame();
        }
      };
      await lineTo(1 / 3);
      await waitUntil(() => el.activeId === before, 'the card above the line is not active', {
        timeout: 3000,
      });
      await lineTo(2 / 3);
      await waitUntil(() => el.activeId === after, 'the card below the line is not active', {
        timeout: 3000,
      });
    });

    it('marks the active card with aria-current and moves the axis marker', async () => {
      const { el, box } = await scrolling();
      await scrollCardToLine(box, el, 'satellite');
      await waitUntil(() => el.activeId === 'satellite');
      await el.updateComplete;
      const current = el.shadowRoot!.querySelectorAll('article[aria-current="true"]');
      expect([...current].map((c) => c.id)).to.deep.equal(['satellite']);
      const marker = el.shadowRoot!.querySelector<HTMLElement>('[part~="marker"]')!;
      const mark = el.shadowRoot!.querySelector<HTMLElement>('[data-goto="satellite"]')!;
      // The marker's line meets the middle of the event's mark once it has moved there.
      const gap = () => {
        const line = marker.getBoundingClientRect().top + 1;
        const dot = mark.getBoundingClientRect();
        return Math.abs(line - (dot.top + dot.height / 2));
      };
      await waitUntil(() => gap() < 1.5, `the marker stopped ${gap()} px from the mark`);
      await expect(el).to.be.accessible();
    });

    it('fires story-active-change that bubbles out of the shadow root', async () => {
      const { el, box } = await scrolling();
      const heard = oneEvent(box, 'story-active-change');
      await scrollCardToLine(box, el, 'announcement');
      const event = (await heard) as CustomEvent<ActiveChangeDetail>;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.id).to.equal('announcement');
    });

    it('starts at the first event, says so once, and starts a new story at its own first event', async () => {
      const heard: string[] = [];
      const box = await fixture<HTMLElement>(html`<div style="height: 400px; overflow: auto"></div>`);
      box.addEventListener('story-active-change', (e) =>
        heard.push((e as CustomEvent<ActiveChangeDetail>).detail.id),
      );
      const el = document.createElement('story-timeline');
      el.data = story();
      box.append(el);
      await ready(el);
      // Active from the first render: the first card drawn is already marked.
      expect(el.activeId).to.equal('crimea');
      expect(cards(el)[0]!.getAttribute('aria-current')).to.equal('true');
      await nextFrame();
      expect(heard).to.deep.equal(['crimea']);
      el.data = { ...story(), events: story().events.filter((e) => e.id !== 'crimea') };
      await waitUntil(() => el.activeId === 'shoigu', `active stayed at ${el.activeId}`);
      expect(heard).to.deep.equal(['crimea', 'shoigu']);
    });

    it('follows a new offset', async () => {
      const { el, box } = await scrolling();
      await scrollCardToLine(box, el, 'summit');
      await waitUntil(() => el.activeId === 'summit');
      // Move the reading line to the very top of the box: the card now at the top becomes active.
      el.offset = 0.02;
      const top = box.getBoundingClientRect().top + 8;
      const atTop = cards(el).find((c) => {
        const r = c.closest('li')!.getBoundingClientRect();
        return r.top <= top && r.bottom >= top;
      });
      await waitUntil(() => atTop && el.activeId === atTop.id, 'offset change was not followed');
      expect(el.activeId).to.not.equal('summit');
    });

    it('takes an offset in pixels from the top of the viewport', async () => {
      const { el, box } = await scrolling();
      el.setAttribute('offset', '24px');
      await el.updateComplete;
      // Bring the summit's card to 24 px below the box's top (the middle of the box is far below it).
      const card = el.shadowRoot!.querySelector<HTMLElement>('[data-event-id="summit"]')!;
      const rect = card.getBoundingClientRect();
      box.scrollTop += rect.top + rect.height / 2 - (box.getBoundingClientRect().top + 24);
      await waitUntil(() => el.activeId === 'summit', `active is ${el.activeId}, not summit`);
      expect(el.offset).to.equal('24px');
    });

    it('stays right after the container is resized', async () => {
      const { el, box } = await scrolling();
      box.style.height = '600px';
      box.style.width = '500px';
      await nextFrame();
      await scrollCardToLine(box, el, 'satellite');
      await waitUntil(() => el.activeId === 'satellite', 'wrong after resize');
    });
  });

  describe('navigation', () => {
    it('goTo, next and previous move between events and scroll to them', async () => {
      const { el, box } = await scrolling();
      expect(el.goTo('satellite', { behavior: 'instant' })).to.equal(true);
      expect(el.activeId).to.equal('satellite');
      const rect = el.shadowRoot!.getElementById('satellite')!.getBoundingClientRect();
      const boxRect = box.getBoundingClientRect();
      expect(rect.bottom).to.be.greaterThan(boxRect.top);
      expect(rect.top).to.be.lessThan(boxRect.bottom);
      expect(el.next()).to.equal(true);
      expect(el.activeId).to.equal('announcement');
      expect(el.next()).to.equal(false);
      expect(el.previous()).to.equal(true);
      expect(el.activeId).to.equal('satellite');
      expect(el.goTo('no-such-event')).to.equal(false);
    });

    it('moves with the keyboard while focus is inside, and only then', async () => {
      const { el } = await scrolling();
      el.goTo('crimea', { focus: true, behavior: 'instant' });
      const press = (key: string) =>
        el.shadowRoot!.activeElement!.dispatchEvent(
          new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }),
        );
      press('ArrowDown');
      expect(el.activeId).to.equal('shoigu');
      press('j');
      expect(el.activeId).to.equal('summit');
      press('k');
      expect(el.activeId).to.equal('shoigu');
      press('End');
      expect(el.activeId).to.equal('announcement');
      expect(el.shadowRoot!.activeElement!.id).to.equal('announcement');
      press('Home');
      expect(el.activeId).to.equal('crimea');
      press('ArrowUp');
      expect(el.activeId).to.equal('crimea');
      // A key pressed elsewhere on the page is not taken.
      const outside = new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true });
      document.body.dispatchEvent(outside);
      expect(outside.defaultPrevented).to.equal(false);
      expect(el.activeId).to.equal('crimea');
    });

    it('goes to an axis mark when it is activated', async () => {
      const { el } = await scrolling();
      el.shadowRoot!.querySelector<HTMLElement>('[data-goto="summit"]')!.click();
      expect(el.activeId).to.equal('summit');
      expect(location.hash).to.equal('');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[data-goto="summit"]')!.getAttribute('tabindex')).to.equal('0');
    });

    it('starts at start-at', async () => {
      const { el } = await scrolling();
      const other = await fixture<StoryTimeline>(
        html`<story-timeline start-at="satellite" .data=${story()}></story-timeline>`,
      );
      await ready(other);
      await waitUntil(() => other.activeId === 'satellite');
      expect(el.activeId).to.equal('crimea');
    });

    it('follows a deep link on load and on hashchange', async () => {
      history.replaceState(null, '', '#summit');
      const { el } = await scrolling();
      await waitUntil(() => el.activeId === 'summit', 'deep link on load was not followed');
      location.hash = '#satellite';
      await waitUntil(() => el.activeId === 'satellite', 'hashchange was not followed');
    });

    it('keeps the hash on the active event with sync-hash, without adding history', async () => {
      const { el, box } = await scrolling();
      el.syncHash = true;
      const length = history.length;
      await scrollCardToLine(box, el, 'satellite');
      await waitUntil(() => location.hash === '#satellite', 'hash did not follow');
      await scrollCardToLine(box, el, 'summit');
      await waitUntil(() => location.hash === '#summit');
      expect(history.length).to.equal(length);
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

  describe('languages and direction', () => {
    it('formats dates and says its words in the locale given', async () => {
      const el = await ready(
        await fixture<StoryTimeline>(
          html`<story-timeline locale="ko" filters .data=${story()}></story-timeline>`,
        ),
      );
      await waitUntil(() => cards(el)[1]!.querySelector('[part~="date"]')!.textContent!.includes('년'));
      const dates = cards(el).map((c) => c.querySelector('[part~="date"]')!.textContent!.trim());
      expect(dates.slice(0, 3)).to.deep.equal(['2014년', '2023년 7월', '2023년 9월 13일']);
      expect(el.shadowRoot!.querySelector('[part~="filters"]')!.getAttribute('aria-label')).to.equal(
        '관련 주체별 보기',
      );
      expect(el.shadowRoot!.querySelector('.base')!.getAttribute('lang')).to.equal('ko');
    });

    it('falls back to the closest lang attribute, then to the story’s language', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="ja"><story-timeline .data=${story()}></story-timeline></div>`,
      );
      const el = await ready(wrapper.querySelector('story-timeline')!);
      await waitUntil(() => cards(el)[1]!.textContent!.includes('2023年7月'), 'lang attribute not followed', {
        timeout: 5000,
      });
      const korean = { ...story(), language: 'ko' };
      const bare = await fixture<HTMLElement>(
        html`<div lang=""><story-timeline .data=${korean}></story-timeline></div>`,
      );
      const other = await ready(bare.querySelector('story-timeline')!);
      await waitUntil(
        () => cards(other)[1]!.textContent!.includes('2023년 7월'),
        'story language not followed',
        {
          timeout: 5000,
        },
      );
    });

    it('shows multilingual text in the reader’s language', async () => {
      const data = story();
      data.events[1]!.title = { en: 'Shoigu visit', ko: '쇼이구 방문' };
      const el = await ready(
        await fixture<StoryTimeline>(html`<story-timeline locale="ko-KR" .data=${data}></story-timeline>`),
      );
      await waitUntil(() => el.shadowRoot!.getElementById('shoigu')!.textContent!.includes('쇼이구 방문'));
      const english = await ready(
        await fixture<StoryTimeline>(html`<story-timeline locale="fr" .data=${data}></story-timeline>`),
      );
      await waitUntil(() =>
        english.shadowRoot!.getElementById('shoigu')?.textContent!.includes('Shoigu visit'),
      );
    });

    it('says its dates again in a language set after the first render', async () => {
      const el = await ready(
        await fixture<StoryTimeline>(html`<story-timeline .data=${story()}></story-timeline>`),
      );
      const date = () => el.shadowRoot!.querySelector('#shoigu [part~="date"]')!.textContent!.trim();
      expect(date()).to.equal('July 2023');
      el.locale = 'fr';
      await waitUntil(() => date() === 'juillet 2023', `the date stayed "${date()}"`, { timeout: 5000 });
    });

    it('lets the page replace its words', async () => {
      const el = await ready(
        await fixture<StoryTimeline>(
          html`<story-timeline
            filters
            .messages=${{ filterBy: 'Follow' }}
            .data=${story()}
          ></story-timeline>`,
        ),
      );
      expect(el.shadowRoot!.querySelector('[part~="filters"]')!.getAttribute('aria-label')).to.equal(
        'Follow',
      );
    });

    it('mirrors the layout right to left, and arrow keys follow the reading direction', async () => {
      const ltr = await ready(
        await fixture<StoryTimeline>(
          html`<story-timeline style="width: 900px" .data=${story()}></story-timeline>`,
        ),
      );
      const wrapper = await fixture<HTMLElement>(
        html`<div dir="rtl"><story-timeline style="width: 900px" .data=${story()}></story-timeline></div>`,
      );
      const rtl = await ready(wrapper.querySelector('story-timeline')!);
      const axisLeft = (el: StoryTimeline) =>
        el.shadowRoot!.querySelector('[part~="axis"]')!.getBoundingClientRect().left;
      const cardLeft = (el: StoryTimeline) => cards(el)[0]!.getBoundingClientRect().left;
      expect(axisLeft(ltr)).to.be.lessThan(cardLeft(ltr));
      expect(axisLeft(rtl)).to.be.greaterThan(cardLeft(rtl));
      await expect(rtl).to.be.accessible();
      rtl.goTo('shoigu', { focus: true, behavior: 'instant' });
      const press = (key: string) =>
        rtl.shadowRoot!.activeElement!.dispatchEvent(
          new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }),
        );
      press('ArrowLeft');
      expect(rtl.activeId).to.equal('summit');
      press('ArrowRight');
      expect(rtl.activeId).to.equal('shoigu');
    });

    it('puts the marker of a narrow axis on the active mark, left to right and right to left', async () => {
      for (const dir of ['ltr', 'rtl']) {
        const el = await ready(
          await fixture<StoryTimeline>(
            html`<story-timeline dir=${dir} style="width: 400px" .data=${story()}></story-timeline>`,
          ),
        );
        el.activeId = 'summit';
        const marker = el.shadowRoot!.querySelector<HTMLElement>('[part~="marker"]')!;
        // Against the mark of whichever event is active when measured: the reading line may move it.
        const gap = () => {
          const dot = el.shadowRoot!.querySelector(`[data-goto="${el.activeId}"]`)!.getBoundingClientRect();
          return Math.abs(marker.getBoundingClientRect().left + 1 - (dot.left + dot.width / 2));
        };
        await waitUntil(() => gap() < 2, `${dir}: the marker stopped ${gap()} px from the mark`);
        expect(el.shadowRoot!.querySelector('.axis-track')!.getBoundingClientRect().width).to.be.above(300);
        // The tick labels centre under their dates: the first and last stay inside the component.
        const box = el.getBoundingClientRect();
        const ticks = [...el.shadowRoot!.querySelectorAll('[part~="tick"]')].map((t) =>
          t.getBoundingClientRect(),
        );
        expect(ticks.length, dir).to.be.above(1);
        expect(
          ticks.every((t) => t.left >= box.left && t.right <= box.right),
          dir,
        ).to.equal(true);
      }
    });

    it('keeps long tick labels inside the component (Spanish, Arabic)', async () => {
      // A story within one year: its ticks are months, "septiembre de 2023", "سبتمبر 2023".
      const data = story();
      data.events.forEach((event, i) => (event.date = `2023-${String(2 * i + 1).padStart(2, '0')}`));
      delete data.events[0]!.end;
      for (const locale of ['es', 'ar']) {
        const el = await ready(
          await fixture<StoryTimeline>(
            html`<story-timeline locale=${locale} style="width: 900px" .data=${data}></story-timeline>`,
          ),
        );
        const months = () =>
          [...el.shadowRoot!.querySelectorAll('[part~="tick"]')].filter((t) =>
            /\p{L}{4}/u.test(t.textContent!),
          );
        await waitUntil(() => months().length > 1, `${locale}: no month ticks`);
        const box = el.getBoundingClientRect();
        const ticks = [...el.shadowRoot!.querySelectorAll('[part~="tick"]')];
        const outside = ticks.filter((tick) => {
          const rect = tick.getBoundingClientRect();
          return rect.left < box.left || rect.right > box.right;
        });
        expect(
          outside.map((tick) => tick.textContent),
          locale,
        ).to.deep.equal([]);
      }
    });

    it('lays out right to left for an Arabic locale on a page that says nothing', async () => {
      const el = await ready(
        await fixture<StoryTimeline>(
          html`<story-timeline locale="ar" style="width: 900px" .data=${story()}></story-timeline>`,
        ),
      );
      await waitUntil(() => el.shadowRoot!.querySelector('.base')!.getAttribute('dir') === 'rtl');
      await el.updateComplete;
      const axis = el.shadowRoot!.querySelector('[part~="axis"]')!.getBoundingClientRect();
      expect(axis.left).to.be.greaterThan(cards(el)[0]!.getBoundingClientRect().left);
      expect(cards(el)[1]!.textContent).to.contain('يوليو 2023');
      await expect(el).to.be.accessible();
    });
  });

  describe('screen readers and keyboards', () => {
    it('announces only the date and title of the event the reader moves to', async () => {
      const { el } = await scrolling();
      const live = el.shadowRoot!.querySelector('[aria-live="polite"]')!;
      expect(live.textContent!.trim()).to.equal('');
      el.goTo('summit', { behavior: 'instant' });
      await el.updateComplete;
      expect(live.textContent!.trim()).to.equal('September 13, 2023: Summit');
    });

    it('is a labelled region whose axis is a list of links with the date and title', async () => {
      const el = await ready(
        await fixture<StoryTimeline>(html`<story-timeline .data=${story()}></story-timeline>`),
      );
      expect(el.shadowRoot!.querySelector('section.base')!.getAttribute('aria-label')).to.equal('Test story');
      const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="axis"] a')];
      // Their names: what a screen reader lists.
      expect(links.map((a) => a.getAttribute('aria-label'))[1]).to.equal('July 2023: Shoigu visit');
      expect(links.filter((a) => a.tabIndex === 0)).to.have.length(1);
    });

    it('walks by keyboard from the filter through every event to the last and back', async () => {
      const { el } = await scrolling();
      el.filters = true;
      await el.updateComplete;
      // The filter: Tab reaches the chips; a chip is a toggle button.
      const chips = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="filters"] button')];
      chips[2]!.focus();
      chips[2]!.click();
      await el.updateComplete;
      expect(el.visibleEvents.map((e) => e.id)).to.deep.equal(['shoigu', 'summit', 'satellite']);
      chips[0]!.click();
      await el.updateComplete;
      // Arrow keys on a chip stay with the chip bar.
      const onChip = new KeyboardEvent('keydown', {
        key: 'ArrowDown',
        bubbles: true,
        composed: true,
        cancelable: true,
      });
      chips[0]!.dispatchEvent(onChip);
      expect(onChip.defaultPrevented).to.equal(false);
      // The axis: the active mark is the one Tab reaches; arrows move between marks.
      const mark = el.shadowRoot!.querySelector<HTMLElement>('[part~="axis"] a[tabindex="0"]')!;
      mark.focus();
      const press = (key: string) =>
        el.shadowRoot!.activeElement!.dispatchEvent(
          new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }),
        );
      const walked: string[] = [el.activeId];
      for (let i = 0; i < ORDER.length - 1; i++) {
        press('ArrowDown');
        walked.push(el.activeId);
        expect(el.shadowRoot!.activeElement!.getAttribute('data-goto')).to.equal(el.activeId);
      }
      expect(walked).to.deep.equal(ORDER);
      for (let i = 0; i < ORDER.length - 1; i++) press('ArrowUp');
      expect(el.activeId).to.equal(ORDER[0]);
      await expect(el).to.be.accessible();
    });
  });

  describe('long stories (windowing)', () => {
    /** 1,000 events a month apart from 1900, two actors taking turns. */
    function longStory(): Story {
      return {
        title: 'Long',
        actors: [
          { id: 'even', label: 'Even' },
          { id: 'odd', label: 'Odd' },
        ],
        events: Array.from({ length: 1000 }, (_, i) => ({
          id: `e${i}`,
          date: `${1900 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
          title: `Event ${i}`,
          summary: `Summary of event ${i}.`,
          actors: [i % 2 ? 'odd' : 'even'],
          sources: source,
        })),
      };
    }

    async function long(): Promise<{ el: StoryTimeline; box: HTMLElement }> {
      const box = await fixture<HTMLElement>(
        html`<div style="height: 500px; overflow: auto; width: 900px">
          <story-timeline .data=${longStory()}></story-timeline>
        </div>`,
      );
      const el = box.querySelector('story-timeline')!;
      await ready(el);
      return { el, box };
    }

    it('keeps only a few chunks of cards in the DOM, the rest as placeholders findable in the page', async () => {
      const { el } = await long();
      expect(cards(el).length).to.be.at.most(120);
      const placeholders = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.placeholder')];
      expect(placeholders.length).to.be.greaterThan(25);
      const far = placeholders.at(-1)!;
      expect(far.getAttribute('hidden')).to.equal('until-found');
      // The text comes in idle time, soon after the first cards.
      await waitUntil(() => far.textContent!.includes('Event 999'), 'placeholder text not filled in');
      expect(far.textContent).to.contain('Summary of event 999.').and.contain('April 1983');
      expect(far.getBoundingClientRect().height).to.be.greaterThan(100);
      const nodes = (root: Node): number => [...root.childNodes].reduce((n, c) => n + nodes(c), 1);
      expect(nodes(el.shadowRoot!)).to.be.lessThan(5000);
      // A single path draws the thousand marks; the active one stays a link.
      expect(el.shadowRoot!.querySelectorAll('.marks-path path')).to.have.length(1);
      expect(el.shadowRoot!.querySelectorAll('[part~="axis-mark"]')).to.have.length(1);
    });

    it('windows a story of 100 events, each of which stays a link on the axis to its card', async () => {
      const story = longStory();
      story.events = story.events.slice(0, 100);
      const box = await fixture<HTMLElement>(
        html`<div style="height: 500px; overflow: auto; width: 900px">
          <story-timeline .data=${story}></story-timeline>
        </div>`,
      );
      const el = box.querySelector('story-timeline')!;
      await ready(el);
      expect(cards(el).length).to.be.below(100);
      const marks = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="axis-mark"]')];
      expect(marks).to.have.length(100);
      // What a screen reader lists: the date and title of each event, the last one included.
      expect(marks.at(-1)!.getAttribute('aria-label')).to.contain('April 1908').and.contain('Event 99');
      marks.at(-1)!.click();
      await waitUntil(() => el.activeId === 'e99', `active stayed at ${el.activeId}`, { timeout: 5000 });
      await waitUntil(() => el.shadowRoot!.getElementById('e99'), 'the card did not come in');
    });

    it('brings chunks in as the reader scrolls, and tracks the active event through them', async () => {
      const { el, box } = await long();
      for (let i = 0; i < 40; i++) {
        box.scrollTop += 400;
        await nextFrame();
      }
      await waitUntil(() => Number(el.activeId.slice(1)) > 35, `active stayed at ${el.activeId}`);
      expect(cards(el).length).to.be.at.most(120);
    });

    it('brings in the chunk a jump lands on (a dragged scrollbar), and tracks from there', async () => {
      const { el, box } = await long();
      box.scrollTop = box.scrollHeight * 0.8;
      const line = () => {
        const rect = box.getBoundingClientRect();
        const column = el.shadowRoot!.querySelector('.events')!.getBoundingClientRect();
        return el.shadowRoot!.elementFromPoint(column.left + column.width / 2, rect.top + rect.height / 2);
      };
      await waitUntil(() => line()?.closest('.entry'), 'no card came in at the reading line', {
        timeout: 5000,
      });
      await waitUntil(() => Number(el.activeId.slice(1)) > 600, `active stayed at ${el.activeId}`);
      expect(cards(el).length).to.be.at.most(120);
    });

    it('follows a deep link to an event far down, and the keyboard to the end and back', async () => {
      history.replaceState(null, '', '#e900');
      const { el } = await long();
      await waitUntil(() => el.activeId === 'e900', 'deep link not followed', { timeout: 5000 });
      await waitUntil(() => el.shadowRoot!.getElementById('e900'));
      el.goTo('e900', { focus: true, behavior: 'instant' });
      await el.updateComplete;
      const press = (key: string) =>
        el.shadowRoot!.activeElement!.dispatchEvent(
          new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }),
        );
      press('End');
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'e999', 'End did not reach the last card');
      press('Home');
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'e0', 'Home did not reach the first card');
      press('ArrowDown');
      expect(el.activeId).to.equal('e1');
    });

    it('puts every event in the DOM to print, and windows again after', async () => {
      const { el } = await long();
      window.dispatchEvent(new Event('beforeprint'));
      expect(cards(el)).to.have.length(1000);
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(cards(el).length).to.be.at.most(120);
    });

    it('windows the filtered events too', async () => {
      const { el } = await long();
      el.actors = 'odd';
      await el.updateComplete;
      await el.updateComplete;
      expect(el.visibleEvents).to.have.length(500);
      expect(cards(el).every((c) => Number(c.id.slice(1)) % 2 === 1)).to.equal(true);
      expect(cards(el).length).to.be.at.most(120);
      el.goTo('e999', { behavior: 'instant' });
      await waitUntil(() => el.shadowRoot!.getElementById('e999'), 'goTo did not bring the chunk in');
    });
  });

  describe('reduced motion', () => {
    afterEach(restoreMotion);

    it('jumps instead of scrolling smoothly, and drops transitions', async function () {
      await reduceMotion(this);
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
      const { el, box } = await scrolling();
      const before = box.scrollTop;
      el.goTo('announcement');
      // No smooth scroll: the container is already where it is going.
      expect(box.scrollTop).to.be.greaterThan(before + 100);
      const marker = el.shadowRoot!.querySelector('[part~="marker"]')!;
      expect(getComputedStyle(marker).transitionDuration).to.equal('0s');
    });
  });
});
