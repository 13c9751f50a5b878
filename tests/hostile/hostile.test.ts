import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { Story } from '../../src/core/types.js';
import type { StoryErrorDetail } from '../../src/events.js';
import { fromTimelineJS } from '../../src/formats/timelinejs.js';
import '../../src/define.js';
import type { StoryTimeline } from '../../src/components/timeline/timeline.component.js';
import { BAD_URLS, findDanger, PAYLOADS } from './payloads.js';

type Pwned = Window & { pwned?: unknown };
const win = window as Pwned;

function cards(el: StoryTimeline): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('article[part~="event"]')];
}

async function settled(el: StoryTimeline): Promise<StoryTimeline> {
  await waitUntil(
    () => cards(el).length > 0 || el.shadowRoot!.querySelector('[role="alert"]'),
    'nothing rendered',
    {
      timeout: 8000,
    },
  );
  await el.updateComplete;
  // Give any injected handler (onerror, onload, autofocus…) its chance to run.
  await new Promise((r) => setTimeout(r, 150));
  return el;
}

const blobUrl = (text: string, type: string) => URL.createObjectURL(new Blob([text], { type }));

/** A story with a payload in every text field a reader sees. */
function hostileStory(payload: string): Story {
  return {
    title: payload,
    description: payload,
    actors: [{ id: 'a', label: payload }],
    eras: [{ id: 'e', title: payload, start: '2020', end: '2024' }],
    events: [
      {
        id: 'x',
        date: '2023-07',
        title: payload,
        summary: payload,
        actors: ['a'],
        tags: [payload],
        sources: [{ title: payload, section: payload, quote: payload, url: 'https://example.com/' }],
        media: { src: 'img.png', alt: payload, credit: payload, caption: payload },
      },
    ],
  };
}

describe('hostile input', () => {
  beforeEach(() => delete win.pwned);

  it(`runs none of ${PAYLOADS.length} payloads through any field of a JSON story, and shows them as text`, async () => {
    for (const payload of PAYLOADS) {
      const el = await settled(
        await fixture<StoryTimeline>(
          html`<story-timeline filters show-header .data=${hostileStory(payload)}></story-timeline>`,
        ),
      );
      expect(win.pwned, payload).to.equal(undefined);
      expect(findDanger(el), payload).to.deep.equal([]);
      expect(cards(el)[0]!.querySelector('[part~="title"]')!.textContent!.trim(), payload).to.equal(payload);
    }
  });

  it('runs none of them through a src response, CSV cells or TimelineJS HTML', async () => {
    for (const payload of PAYLOADS) {
      const json = await settled(
        await fixture<StoryTimeline>(
          html`<story-timeline
            src=${blobUrl(JSON.stringify(hostileStory(payload)), 'application/json')}
          ></story-timeline>`,
        ),
      );
      const cell = `"${payload.replace(/"/g, '""')}"`;
      const csv = `type,id,date,title,summary,tags,source,media,media alt\ntitle,,,${cell},,,,,\n,x,2023-07,${cell},${cell},${cell},${cell},img.png,${cell}\n`;
      const fromCsv = await settled(
        await fixture<StoryTimeline>(
          html`<story-timeline format="csv" src=${blobUrl(csv, 'text/csv')}></story-timeline>`,
        ),
      );
      const tl = fromTimelineJS({
        title: { text: { headline: payload, text: payload } },
        events: [
          {
            start_date: { year: 2023 },
            text: { headline: `${payload}T`, text: payload },
            media: { url: 'img.png', caption: payload, credit: payload },
            group: payload,
          },
        ],
      });
      const fromTl = await settled(
        await fixture<StoryTimeline>(html`<story-timeline .data=${tl}></story-timeline>`),
      );
      for (const el of [json, fromCsv, fromTl]) {
        expect(win.pwned, payload).to.equal(undefined);
        expect(findDanger(el), payload).to.deep.equal([]);
      }
      expect(cards(fromCsv)[0]!.querySelector('[part~="title"]')!.textContent!.trim(), payload).to.equal(
        payload,
      );
    }
  });

  it('keeps declarative attributes as text', async () => {
    for (const payload of PAYLOADS.slice(0, 8)) {
      const el = await fixture<StoryTimeline>(
        html`<story-timeline source=${payload}>
          <story-event id="x" date="2023" title=${payload} tags=${payload}>Summary</story-event>
        </story-timeline>`,
      );
      await settled(el);
      expect(win.pwned, payload).to.equal(undefined);
      expect(findDanger(el), payload).to.deep.equal([]);
    }
  });

  it('refuses script URLs in links and media, in any disguise, with a validation error', async () => {
    for (const url of BAD_URLS) {
      const story = hostileStory('t');
      story.events[0]!.sources = [{ title: 'src', url }];
      story.events[0]!.media = { src: url, alt: 'a' };
      const el = await fixture<StoryTimeline>(html`<story-timeline></story-timeline>`);
      const heard = oneEvent(el, 'story-error');
      el.data = story;
      const { detail } = (await heard) as CustomEvent<StoryErrorDetail>;
      expect(
        detail.errors.map((e) => e.path),
        JSON.stringify(url),
      ).to.deep.equal(['events[0].sources[0].url', 'events[0].media.src']);
      await settled(el);
      expect(findDanger(el), JSON.stringify(url)).to.deep.equal([]);
      expect(cards(el)).to.have.length(1);
    }
  });

  it('refuses colours that are not colours', async () => {
    const story = hostileStory('t');
    story.actors![0]!.color = 'red; background-image: url(https://example.com/track)';
    const el = await settled(
      await fixture<StoryTimeline>(html`<story-timeline .data=${story}></story-timeline>`),
    );
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('actors[0].color');
    const chip = el.shadowRoot!.querySelector<HTMLElement>('.chips [part~="chip"]')!;
    expect(chip.style.getPropertyValue('--actor')).to.equal('');
  });
});

describe('bad data and failed loads', () => {
  async function failure(
    markup: ReturnType<typeof html>,
  ): Promise<{ el: StoryTimeline; detail: StoryErrorDetail; warned: string[] }> {
    const warned: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warned.push(args.join(' '));
    try {
      const holder = await fixture<HTMLElement>(html`<div></div>`);
      const heard = oneEvent(holder, 'story-error');
      const { render } = await import('lit');
      render(markup, holder);
      const { detail } = (await heard) as CustomEvent<StoryErrorDetail>;
      const el = holder.querySelector('story-timeline')!;
      await el.updateComplete;
      return { el, detail, warned };
    } finally {
      console.warn = original;
    }
  }

  const alertText = (el: StoryTimeline) => el.shadowRoot!.querySelector('[role="alert"]')!.textContent!;

  it('names the problem of a server error, a network error and a timeout', async () => {
    const server = await failure(html`<story-timeline src="/__status/500"></story-timeline>`);
    expect(server.detail.kind).to.equal('http');
    expect(alertText(server.el)).to.contain('500');
    const network = await failure(
      html`<story-timeline src="http://127.0.0.1:9/story.json"></story-timeline>`,
    );
    expect(network.detail.kind).to.equal('network');
    expect(alertText(network.el)).to.contain('network request failed');
    const slow = await failure(
      html`<story-timeline timeout="300" src="/__delay/5000/tests/fixtures/mini.json"></story-timeline>`,
    );
    expect(slow.detail.kind).to.equal('timeout');
    expect(alertText(slow.el)).to.contain('no answer after 0.3 seconds');
    expect(slow.warned.join('\n')).to.contain('no answer after 0.3 s');
  });

  it('says a response that is not JSON is not JSON', async () => {
    const { detail, el } = await failure(
      html`<story-timeline src=${blobUrl('<html>Not found</html>', 'text/html')}></story-timeline>`,
    );
    expect(detail.kind).to.equal('json');
    expect(alertText(el)).to.contain('not valid JSON');
  });

  it('reports an empty story and a story of the wrong shape, with console warnings naming the path', async () => {
    const empty = await failure(
      html`<story-timeline .data=${{ title: 'Empty', events: [] }}></story-timeline>`,
    );
    expect(empty.detail.errors.map((e) => e.path)).to.deep.equal(['events']);
    expect(alertText(empty.el)).to.contain('needs at least one event');
    expect(empty.warned.join('\n')).to.contain('story-timeline: events: is empty');
    const wrong = await failure(
      html`<story-timeline .data=${{ title: 3, events: 'none' }}></story-timeline>`,
    );
    expect(wrong.detail.errors.map((e) => `${e.path}: ${e.message}`)).to.deep.equal([
      'title: must be text, not number 3',
      'events: must be a list, not the text "none"',
    ]);
  });

  it('renders the valid events of a story with many errors, and counts them', async () => {
    const story = hostileStory('t');
    story.events = Array.from({ length: 12 }, (_, i) => ({
      id: `e${i}`,
      date: i % 3 === 0 ? `2023-${13 + i}` : `2023-0${(i % 9) + 1}`,
      title: `E${i}`,
      summary: 's',
      sources: [{ title: 's' }],
    }));
    const { el, detail } = await failure(html`<story-timeline .data=${story}></story-timeline>`);
    expect(detail.errors).to.have.length(4);
    expect(detail.rendered).to.equal(8);
    await el.updateComplete;
    expect(cards(el)).to.have.length(8);
    expect(alertText(el)).to.contain('4 entries were left out or shortened').and.contain('8 events shown.');
  });

  it('loads a 5 MB story', async () => {
    const long = 'A sentence of a long summary that goes on. '.repeat(120);
    const story = hostileStory('t');
    story.events = Array.from({ length: 1000 }, (_, i) => ({
      id: `e${i}`,
      date: `${1900 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      title: `Event ${i}`,
      summary: long,
      sources: [{ title: 'Source' }],
    }));
    const text = JSON.stringify(story);
    expect(text.length).to.be.greaterThan(5_000_000);
    const el = await settled(
      await fixture<StoryTimeline>(
        html`<story-timeline src=${blobUrl(text, 'application/json')}></story-timeline>`,
      ),
    );
    expect(el.story!.events).to.have.length(1000);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });
});

describe('hostile hosts', () => {
  it('is not broken by aggressive page CSS, and leaks none', async () => {
    const style = document.createElement('style');
    style.textContent = `
      * { color: rgb(255, 0, 0) !important; font-size: 40px !important; letter-spacing: 9px !important;
          text-transform: uppercase !important; line-height: 0.5 !important; }
      article { display: none !important; } ol, li { display: inline !important; }`;
    document.head.append(style);
    try {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <article id="outside">Outside</article>
          <story-timeline .data=${hostileStory('Title')}></story-timeline>
        </div>`,
      );
      const el = await settled(wrapper.querySelector('story-timeline')!);
      const card = cards(el)[0]!;
      expect(getComputedStyle(card).display).to.equal('block');
      const title = card.querySelector('[part~="title"]')!;
      expect(getComputedStyle(title).color).to.not.equal('rgb(255, 0, 0)');
      expect(getComputedStyle(title).textTransform).to.equal('none');
      expect(getComputedStyle(card.querySelector('[part~="summary"]')!).letterSpacing).to.equal('normal');
      // Nothing of ours reaches the page: the article outside keeps the page's rules.
      expect(getComputedStyle(wrapper.querySelector('#outside')!).display).to.equal('none');
    } finally {
      style.remove();
    }
  });

  it('keeps two timelines on one page apart: keyboard, hash and activity', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <story-timeline id="one" .data=${hostileStory('One')}></story-timeline>
        <story-timeline id="two" src="/tests/fixtures/mini.json"></story-timeline>
      </div>`,
    );
    const [one, two] = [...wrapper.querySelectorAll('story-timeline')] as StoryTimeline[];
    await settled(one!);
    await settled(two!);
    two!.goTo('crimea', { focus: true, behavior: 'instant' });
    const before = one!.activeId;
    two!.shadowRoot!.activeElement!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }),
    );
    expect(two!.activeId).to.equal('shoigu-visit');
    expect(one!.activeId).to.equal(before);
    location.hash = '#summit';
    await waitUntil(() => two!.activeId === 'summit', 'hashchange not followed', { timeout: 5000 });
    // The keyboard's scroll, cut short, and the hash's scroll both end by then; neither moves it.
    await new Promise((r) => setTimeout(r, 1600));
    expect(two!.activeId).to.equal('summit');
    expect(one!.activeId).to.equal(before);
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('leaves no observers or listeners behind when removed and re-added 100 times', async () => {
    // Count observers that observe something and have not been disconnected, and window listeners.
    let live = 0;
    const observing = new WeakSet<object>();
    const patched: [
      { prototype: { observe: (...a: never[]) => void; disconnect: () => void } },
      unknown,
      unknown,
    ][] = [];
    for (const Observer of [IntersectionObserver, ResizeObserver] as unknown as {
      prototype: { observe: (...a: never[]) => void; disconnect: () => void };
    }[]) {
      const { observe, disconnect } = Observer.prototype;
      patched.push([Observer, observe, disconnect]);
      Observer.prototype.observe = function (this: object, ...args: never[]) {
        if (!observing.has(this)) live++;
        observing.add(this);
        return observe.apply(this, args);
      };
      Observer.prototype.disconnect = function (this: object) {
        if (observing.has(this)) live--;
        observing.delete(this);
        return disconnect.apply(this);
      };
    }
    const listeners = new Map<unknown, number>();
    const { addEventListener, removeEventListener } = window;
    window.addEventListener = function (this: Window, type: string, fn: unknown, ...rest: unknown[]) {
      listeners.set(fn, (listeners.get(fn) ?? 0) + 1);
      return addEventListener.call(this, type, fn as EventListener, ...(rest as []));
    } as typeof window.addEventListener;
    window.removeEventListener = function (this: Window, type: string, fn: unknown, ...rest: unknown[]) {
      listeners.set(fn, (listeners.get(fn) ?? 0) - 1);
      return removeEventListener.call(this, type, fn as EventListener, ...(rest as []));
    } as typeof window.removeEventListener;
    try {
      const holder = await fixture<HTMLElement>(html`<div></div>`);
      const el = document.createElement('story-timeline');
      el.data = hostileStory('t');
      holder.append(el);
      await settled(el);
      const baseline = live;
      expect(baseline).to.be.greaterThan(0);
      for (let i = 0; i < 100; i++) {
        el.remove();
        holder.append(el);
        await el.updateComplete;
      }
      await settled(el);
      expect(live).to.equal(baseline);
      el.remove();
      expect(live).to.equal(0);
      expect([...listeners.values()].every((n) => n === 0)).to.equal(true);
    } finally {
      for (const [Observer, observe, disconnect] of patched) {
        Object.assign(Observer.prototype, { observe, disconnect });
      }
      window.addEventListener = addEventListener;
      window.removeEventListener = removeEventListener;
    }
  });
});
