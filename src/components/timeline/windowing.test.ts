import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import type { Story } from '../../core/types.js';
import { source } from '../../../tests/fixtures/story.js';
import { cards, press, ready, clearHash } from '../../../tests/fixtures/timeline.js';
import './define.js';
import type { StoryTimeline } from './timeline.component.js';

describe('<story-timeline>', () => {
  afterEach(clearHash);

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
      press(el, 'End');
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'e999', 'End did not reach the last card');
      press(el, 'Home');
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'e0', 'Home did not reach the first card');
      press(el, 'ArrowDown');
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
});
