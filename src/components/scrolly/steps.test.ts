import { expect, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { $, record, scrollStepToLine, scrolling, steps, summary } from '../../../tests/fixtures/scrolly.js';
import type { ActiveChangeDetail, StepDetail } from '../../events.js';
import './define.js';

describe('<story-scrolly>', () => {
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

    it('keeps focus in the card when the next event replaces it, without scrolling', async () => {
      const { el, box } = await scrolling();
      el.activeId = 'summit';
      await el.updateComplete;
      $(el, '[part~="card"] a')!.focus();
      const top = box.scrollTop;
      el.activeId = 'satellite';
      await el.updateComplete;
      const card = $(el, '[part~="card"]')!;
      expect(card.querySelector('[part~="title"]')!.textContent).to.equal('Satellite');
      expect(el.shadowRoot!.activeElement).to.equal(card);
      expect(box.scrollTop).to.equal(top);
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
});
