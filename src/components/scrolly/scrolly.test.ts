import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import type { Story } from '../../core/types.js';
import { reduceMotion, restoreMotion } from '../../../tests/fixtures/motion.js';
import { source, testStory } from '../../../tests/fixtures/story.js';
import type { ActiveChangeDetail, StepDetail, StepProgressDetail, StoryErrorDetail } from '../../events.js';
import './define.js';
import type { StoryScrolly } from './scrolly.component.js';
import type { StoryStep } from './step.component.js';

/**
 * The shared test story, with a description and a source, a longer era, an event that spans and
 * one more in 2021 (and a summit without a quote, crimea with China too).
 */
function story(): Story {
  const base = testStory();
  const events = base.events.map((event) =>
    event.id === 'crimea'
      ? { ...event, actors: ['russia', 'china'] }
      : event.id === 'summit'
        ? { ...event, sources: [{ title: 'Report', url: 'https://example.com/r' }] }
        : event,
  );
  const more = [
    { id: 'road-map', date: '2021', end: '2025', title: 'Road map', summary: 'Signed.', sources: source },
    { id: 'trade', date: '2021', title: 'Trade', summary: 'Fell.', sources: source },
  ];
  return {
    ...base,
    description: 'What the story is about.',
    source: { title: 'The report', author: 'An Author' },
    eras: [{ id: 'road-map', title: 'Road Map', start: '2021', end: '2025' }],
    events: [
      ...events.slice(0, 4),
      { ...more[0]!, actors: ['russia', 'china'] },
      { ...more[1]!, actors: ['china', 'north-korea'] },
      ...events.slice(4),
    ],
  };
}

/** The steps' events, in the article's order; the third step names none. */
const STEP_EVENTS = ['crimea', 'shoigu', '', 'satellite', 'announcement'];

function steps(el: StoryScrolly): StoryStep[] {
  return [...el.querySelectorAll('story-step')];
}

function $(el: StoryScrolly, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

async function ready(el: StoryScrolly): Promise<StoryScrolly> {
  // A language other than English is a chunk the test server compiles on first use: give it time.
  await waitUntil(() => $(el, '[part~="axis"]') || $(el, '[role="alert"]'), 'scrolly did not render', {
    timeout: 5000,
  });
  await el.updateComplete;
  return el;
}

/**
 * A scrolly in its own 400 px scrolling box: 300 px of room above, five steps of 200 px of text and
 * 100 px of space each, room below. The reading line starts half way down the box, above the first step.
 */
async function scrolling(
  attributes: { offset?: string; once?: boolean; zoom?: boolean; width?: number } = {},
): Promise<{ el: StoryScrolly; box: HTMLElement }> {
  const box = await fixture<HTMLElement>(
    html`<div style="height: 400px; overflow: auto; width: ${attributes.width ?? 900}px">
      <div style="height: 300px"></div>
      <story-scrolly
        .data=${story()}
        offset=${attributes.offset ?? '0.5'}
        ?once=${attributes.once}
        ?zoom=${attributes.zoom}
        style="--story-viewport-height: 400px; --story-step-gap: 100px"
      >
        <story-lane label="Russia–North Korea" actors="russia north-korea"></story-lane>
        <story-lane label="China" actors="china"></story-lane>
        ${STEP_EVENTS.map(
          (id, i) =>
            html`<story-step event=${id || ''} style="height: 200px"><p>Step ${i + 1}.</p></story-step>`,
        )}
      </story-scrolly>
      <div style="height: 600px"></div>
    </div>`,
  );
  const el = box.querySelector('story-scrolly')!;
  // A step without an event has no attribute at all.
  steps(el)[2]!.removeAttribute('event');
  await ready(el);
  return { el, box };
}

/** Scrolls the box until the line is `at` (0–1) of the way through the step. */
async function scrollStepToLine(box: HTMLElement, step: Element, at = 0.5, offset = 0.5): Promise<void> {
  const boxRect = box.getBoundingClientRect();
  const rect = step.getBoundingClientRect();
  box.scrollTop += rect.top + rect.height * at - (boxRect.top + box.clientHeight * offset);
  await nextFrame();
  await nextFrame();
}

function record(target: HTMLElement): {
  enter: StepDetail[];
  exit: StepDetail[];
  progress: StepProgressDetail[];
} {
  const seen = { enter: [] as StepDetail[], exit: [] as StepDetail[], progress: [] as StepProgressDetail[] };
  target.addEventListener('story-step-enter', (e) => seen.enter.push(e.detail));
  target.addEventListener('story-step-exit', (e) => seen.exit.push(e.detail));
  target.addEventListener('story-step-progress', (e) => seen.progress.push(e.detail));
  return seen;
}

const summary = (details: StepDetail[]) =>
  details.map((d) => `${d.index}${d.direction === 'down' ? '↓' : '↑'}`);

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

  describe('steps and the reading line', () => {
    it('activates the steps in order scrolling down, and in reverse scrolling up', async () => {
      const { el, box } = await scrolling();
      const seen = record(box);
      const all = steps(el);
      for (const [i, step] of all.entries()) {
        await scrollStepToLine(box, step);
        await waitUntil(() => step.active, `step ${i} did not become active`);
      }
      for (const [i, step] of [...all.entries()].reverse().slice(1)) {
        await scrollStepToLine(box, step);
        await waitUntil(() => step.active, `step ${i} did not become active scrolling up`);
      }
      expect(summary(seen.enter)).to.deep.equal(['0↓', '1↓', '2↓', '3↓', '4↓', '3↑', '2↑', '1↑', '0↑']);
      expect(summary(seen.exit)).to.deep.equal(['0↓', '1↓', '2↓', '3↓', '4↑', '3↑', '2↑', '1↑']);
      expect(all.filter((step) => step.active)).to.deep.equal([all[0]]);
    });

    it('sends enter and exit details that bubble out, with the step, its index and its event', async () => {
      const { el, box } = await scrolling();
      const all = steps(el);
      const heard = oneEvent(box, 'story-step-enter');
      await scrollStepToLine(box, all[1]!);
      const event = (await heard) as CustomEvent<StepDetail>;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.target).to.equal(all[1]);
      expect(event.detail.step).to.equal(all[1]);
      expect(event.detail).to.include({ index: 1, direction: 'down' });
      expect(event.detail.event!.title).to.equal('Shoigu visit');
      const exit = oneEvent(box, 'story-step-exit');
      await scrollStepToLine(box, all[0]!);
      const left = (await exit) as CustomEvent<StepDetail>;
      expect(left.detail).to.include({ step: all[1], index: 1, direction: 'up' });
    });

    it('marks the active step and shows its event: card, mark and marker', async () => {
      const { el, box } = await scrolling();
      const seen: ActiveChangeDetail[] = [];
      el.addEventListener('story-active-change', (e) => seen.push(e.detail));
      const all = steps(el);
      await scrollStepToLine(box, all[3]!);
      await waitUntil(() => el.activeId === 'satellite', 'the step’s event was not shown');
      await el.updateComplete;
      await all[3]!.updateComplete;
      expect(all[3]!.hasAttribute('active')).to.equal(true);
      expect(all[3]!.getAttribute('aria-current')).to.equal('step');
      expect(all.filter((s) => s.hasAttribute('aria-current'))).to.have.length(1);
      expect(el.getAttribute('active-id')).to.equal('satellite');
      const card = $(el, '[part~="card"]')!;
      expect(card.querySelector('[part~="date"]')!.textContent).to.equal('November 2023');
      expect(card.querySelector('time')!.getAttribute('datetime')).to.equal('2023-11');
      expect(card.querySelector('[part~="title"]')!.textContent).to.equal('Satellite');
      // The story's own source, cited in short (its full title is in the credit).
      expect(card.querySelector('[part~="sources"]')!.textContent!.trim()).to.equal('Source: A section');
      const mark = $(el, '[data-event-id="satellite"]')!;
      expect(mark.classList.contains('active')).to.equal(true);
      expect($(el, '[part~="marker"]')!.style.getPropertyValue('--at')).to.equal(
        mark.style.getPropertyValue('--at'),
      );
      expect(seen.map((d) => d.id)).to.deep.equal(['satellite']);
      expect(seen[0]!.event.title).to.equal('Satellite');
      await expect(el).to.be.accessible();
    });

    it('keeps the graphic on the last event for a step that names none', async () => {
      const { el, box } = await scrolling();
      const all = steps(el);
      await scrollStepToLine(box, all[1]!);
      await waitUntil(() => el.activeId === 'shoigu');
      await scrollStepToLine(box, all[2]!);
      await waitUntil(() => all[2]!.active, 'the step without an event was not entered');
      expect(el.activeId).to.equal('shoigu');
    });

    it('raises progress monotonically from 0 to 1 through a step, as --story-progress', async () => {
      const { el, box } = await scrolling();
      const step = steps(el)[1]!;
      const seen = record(box);
      for (let at = 0.02; at < 1; at += 0.08) {
        await scrollStepToLine(box, step, at);
      }
      await waitUntil(() => seen.progress.some((p) => p.progress > 0.9), 'progress did not reach the end');
      const mine = seen.progress.filter((p) => p.step === step).map((p) => p.progress);
      expect(mine.length).to.be.greaterThan(8);
      expect([...mine].sort((a, b) => a - b)).to.deep.equal(mine);
      expect(mine[0]).to.be.below(0.1);
      expect(seen.progress.at(-1)!.index).to.equal(1);
      expect(Number(step.style.getPropertyValue('--story-progress'))).to.be.closeTo(mine.at(-1)!, 1e-9);
      // Leaving downwards rests the step at 1.
      await scrollStepToLine(box, steps(el)[2]!, 0.5);
      await waitUntil(() => step.style.getPropertyValue('--story-progress') === '1');
      expect(step.progress).to.equal(1);
    });

    it('fires story-step-progress at most once a frame', async () => {
      const { el, box } = await scrolling();
      const step = steps(el)[0]!;
      await scrollStepToLine(box, step, 0.2);
      await waitUntil(() => step.active);
      const seen = record(box);
      for (let i = 0; i < 10; i++) {
        box.scrollTop += 3;
        box.dispatchEvent(new Event('scroll'));
      }
      await nextFrame();
      await nextFrame();
      expect(seen.progress.length).to.be.within(1, 2);
      expect(seen.progress.at(-1)!.progress).to.be.closeTo(0.2 + 30 / 300, 0.02);
    });

    it('follows a new offset, as a share or in pixels', async () => {
      const { el, box } = await scrolling();
      const all = steps(el);
      // Step 3 starts 10 px below the box's top; steps are 300 px tall with their space.
      await scrollStepToLine(box, all[2]!, 0, 10 / 400);
      await waitUntil(() => all[2]!.active, 'step 3 was not at the line half way down');
      el.setAttribute('offset', '350px');
      await waitUntil(() => all[3]!.active, 'the pixel offset was not followed');
      expect(el.offset).to.equal('350px');
      expect(all[2]!.active).to.equal(false);
      el.offset = 0.1;
      await waitUntil(() => all[2]!.active, 'the share offset was not followed');
      expect(all[3]!.active).to.equal(false);
    });

    it('stays right after the container is resized', async () => {
      const { el, box } = await scrolling({ offset: '100px' });
      const all = steps(el);
      box.style.height = '600px';
      box.style.width = '500px';
      await nextFrame();
      await scrollStepToLine(box, all[3]!, 0.5, 100 / 600);
      await waitUntil(() => all[3]!.active, 'wrong after resize');
      box.style.height = '300px';
      await nextFrame();
      await scrollStepToLine(box, all[1]!, 0.5, 100 / 300);
      await waitUntil(() => all[1]!.active, 'wrong after a second resize');
    });

    it('with once, enters each step once and never exits', async () => {
      const { el, box } = await scrolling({ once: true });
      const seen = record(box);
      const all = steps(el);
      for (const step of all.slice(0, 3)) {
        await scrollStepToLine(box, step);
        await waitUntil(() => step.active);
      }
      await scrollStepToLine(box, all[0]!);
      await new Promise((r) => setTimeout(r, 100));
      expect(summary(seen.enter)).to.deep.equal(['0↓', '1↓', '2↓']);
      expect(seen.exit).to.have.length(0);
      expect(all.filter((s) => s.active)).to.deep.equal([all[2]]);
    });

    it('zooms the axis to the active event’s neighbourhood with zoom', async () => {
      const { el, box } = await scrolling({ zoom: true });
      await scrollStepToLine(box, steps(el)[0]!);
      await waitUntil(() => el.activeId === 'crimea');
      await el.updateComplete;
      expect($(el, '[data-event-id="crimea"]')!.classList.contains('out')).to.equal(false);
      expect($(el, '[data-event-id="announcement"]')!.classList.contains('out')).to.equal(true);
      await scrollStepToLine(box, steps(el)[4]!);
      await waitUntil(() => el.activeId === 'announcement');
      await el.updateComplete;
      expect($(el, '[data-event-id="crimea"]')!.classList.contains('out')).to.equal(true);
      expect($(el, '[data-event-id="announcement"]')!.classList.contains('out')).to.equal(false);
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

  describe('reduced motion', () => {
    afterEach(restoreMotion);

    it('drops transitions and the card’s animation', async function () {
      await reduceMotion(this);
      const { el, box } = await scrolling();
      const step = steps(el)[1]!;
      await scrollStepToLine(box, step);
      await waitUntil(() => el.activeId === 'shoigu');
      await el.updateComplete;
      expect(getComputedStyle($(el, '[part~="marker"]')!).transitionDuration).to.equal('0s');
      expect(getComputedStyle($(el, '[part~="card"]')!).animationName).to.equal('none');
      const rule = step.shadowRoot!.querySelector('[part~="base"]')!;
      expect(getComputedStyle(rule, '::after').transitionDuration).to.equal('0s');
    });
  });
});
