import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { testStory } from '../../../tests/fixtures/story.js';
import '../../components/scrolly/define.js';
import '../../components/timeline/define.js';
import type { StoryScrolly } from '../../components/scrolly/scrolly.component.js';
import type { StoryTimeline } from '../../components/timeline/timeline.component.js';

const text = async (path: string) => (await fetch(path)).text();

/** Both elements load a story the same way: the story source is theirs in common. */
for (const tag of ['story-timeline', 'story-scrolly'] as const) {
  /** The element, with a `<script>` of that type and text as its child, in the page. */
  async function withInline(type: string, body: string): Promise<StoryTimeline | StoryScrolly> {
    const box = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement(tag);
    const script = document.createElement('script');
    script.type = type;
    script.textContent = body;
    el.append(script);
    box.append(el);
    await waitUntil(() => el.story || el.shadowRoot?.querySelector('[role="alert"]'), `${tag} did not load`, {
      timeout: 5000,
    });
    await el.updateComplete;
    return el;
  }

  const ids = (el: StoryTimeline | StoryScrolly) => el.story?.events.map((event) => event.id) ?? [];

  describe(`<${tag}> story source`, () => {
    it('reads a story from an inline JSON script', async () => {
      const el = await withInline('application/json', JSON.stringify(testStory()));
      expect(ids(el)).to.deep.equal(['crimea', 'shoigu', 'summit', 'satellite', 'announcement']);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    });

    it('reads an inline CSV story', async () => {
      const el = await withInline('text/csv', await text('/tests/fixtures/mini-own.csv'));
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      expect(ids(el)).to.include.members(['caesar', 'crimea', 'summit']);
      expect(el.format).to.equal('csv');
    });

    it('reads an inline TimelineJS story', async () => {
      const el = await withInline('application/json', await text('/tests/fixtures/mini-timelinejs.json'));
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      expect(ids(el)).to.include.members(['caesar', 'summit']);
    });

    it('takes a story the page preloads, as the README advises, without fetching it again', async () => {
      const src = `/events/end-of-roman-republic.json?preloaded=${tag}-${Date.now()}`;
      const link = Object.assign(document.createElement('link'), {
        rel: 'preload',
        as: 'fetch',
        crossOrigin: 'anonymous',
        href: src,
      });
      const requests: PerformanceEntry[] = [];
      const observer = new PerformanceObserver((list) =>
        requests.push(...list.getEntries().filter((entry) => entry.name.endsWith(src))),
      );
      observer.observe({ type: 'resource' });
      const preloaded = new Promise((resolve) => link.addEventListener('load', resolve));
      document.head.append(link);
      await preloaded;
      const box = await fixture<HTMLElement>(html`<div></div>`);
      const el = document.createElement(tag);
      el.setAttribute('src', src);
      box.append(el);
      await waitUntil(() => el.story, `${tag} did not load ${src}`, { timeout: 5000 });
      // Resource timing entries come in a task of their own: wait for the last one.
      await new Promise((resolve) => setTimeout(resolve, 100));
      requests.push(...observer.takeRecords().filter((entry) => entry.name.endsWith(src)));
      observer.disconnect();
      link.remove();
      expect(ids(el)).to.include('ides-of-march');
      expect(requests.length).to.equal(1);
    });

    it('reads the story again when the inline script changes', async () => {
      const el = await withInline('application/json', JSON.stringify(testStory()));
      const story = testStory();
      story.events = story.events.slice(0, 2);
      el.querySelector('script')!.textContent = JSON.stringify(story);
      await waitUntil(() => ids(el).length === 2, 'the new script was not read');
    });
  });
}
