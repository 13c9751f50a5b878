import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { testStory as story } from '../../../tests/fixtures/story.js';
import {
  ORDER,
  cards,
  lineIn,
  press,
  ready,
  scrolling,
  scrollCardToLine,
  clearHash,
} from '../../../tests/fixtures/timeline.js';
import type { ActiveChangeDetail } from '../../events.js';
import './define.js';
import type { StoryTimeline } from './timeline.component.js';

describe('<story-timeline>', () => {
  afterEach(clearHash);

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
          box.scrollTop += top + (bottom - top) * share - lineIn(box);
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

    it('keeps the event of a jump active when it cuts a jump short, to the end of its scroll', async () => {
      const { el, box } = await scrolling();
      const seen: string[] = [];
      el.addEventListener('story-active-change', (e) => seen.push(e.detail.id));
      el.goTo('shoigu', { behavior: 'smooth' });
      el.goTo('announcement', { behavior: 'smooth' });
      // The scroll cut short ends: the browser says so while the second scroll is under way.
      box.dispatchEvent(new Event('scrollend'));
      const atLine = () => {
        const { top, bottom } = el.shadowRoot!.getElementById('announcement')!.getBoundingClientRect();
        return top <= lineIn(box) && bottom >= lineIn(box);
      };
      await waitUntil(atLine, 'the jump did not reach its card', { timeout: 3000 });
      // Its scroll has ended when the box stays where it is from one look to the next.
      let last = NaN;
      const still = () => {
        const same = box.scrollTop === last;
        last = box.scrollTop;
        return same;
      };
      await waitUntil(still, 'the scroll did not end', { interval: 100, timeout: 3000 });
      await nextFrame();
      await nextFrame();
      expect(seen).to.deep.equal(['shoigu', 'announcement']);
      expect(el.activeId).to.equal('announcement');
    });

    it('moves with the keyboard while focus is inside, and only then', async () => {
      const { el } = await scrolling();
      el.goTo('crimea', { focus: true, behavior: 'instant' });
      press(el, 'ArrowDown');
      expect(el.activeId).to.equal('shoigu');
      press(el, 'j');
      expect(el.activeId).to.equal('summit');
      press(el, 'k');
      expect(el.activeId).to.equal('shoigu');
      press(el, 'End');
      expect(el.activeId).to.equal('announcement');
      expect(el.shadowRoot!.activeElement!.id).to.equal('announcement');
      press(el, 'Home');
      expect(el.activeId).to.equal('crimea');
      press(el, 'ArrowUp');
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
      // The one region: a year is a heading, not a landmark of its own.
      expect(el.shadowRoot!.querySelectorAll('section[aria-label], [role="region"]')).to.have.length(1);
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
      // The active event (crimea) is hidden: the first shown one is active, none being before it.
      expect(el.activeId).to.equal('shoigu');
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
      press(el, 'Home');
      expect(el.shadowRoot!.activeElement!.getAttribute('data-goto')).to.equal(ORDER[0]);
      const walked: string[] = [el.activeId];
      for (let i = 0; i < ORDER.length - 1; i++) {
        press(el, 'ArrowDown');
        walked.push(el.activeId);
        expect(el.shadowRoot!.activeElement!.getAttribute('data-goto')).to.equal(el.activeId);
      }
      expect(walked).to.deep.equal(ORDER);
      for (let i = 0; i < ORDER.length - 1; i++) press(el, 'ArrowUp');
      expect(el.activeId).to.equal(ORDER[0]);
      await expect(el).to.be.accessible();
    });
  });
});
