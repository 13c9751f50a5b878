// What an author writes in a CMS rich-text field: a timeline of events with a date, a title and a
// paragraph each, no source and no story title. It shows every event, in date order, and no error.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { StoryTimeline } from '../src/components/timeline/timeline.component.js';

describe('a timeline written in a rich-text field', () => {
  it('shows its four events in date order, with no error box and no source', async () => {
    // The page as a CMS would publish it (the CLI test validates the same file).
    const page = new DOMParser().parseFromString(
      await (await fetch('/tests/fixtures/rich-text.html')).text(),
      'text/html',
    );
    const el = await fixture<StoryTimeline>(html`<div></div>`).then((box) => {
      box.replaceWith(document.importNode(page.querySelector('story-timeline')!, true));
      return document.querySelector('story-timeline') as StoryTimeline;
    });
    await waitUntil(
      () => el.shadowRoot!.querySelectorAll('[part~="event"]').length === 4,
      'events not shown',
      {
        timeout: 5000,
      },
    );
    await el.updateComplete;
    const cards = [...el.shadowRoot!.querySelectorAll('[part~="event"]')];
    expect(cards.map((card) => card.id)).to.deep.equal(['ukraine', 'shoigu', 'summit', 'satellite']);
    expect(cards.map((card) => card.querySelector('[part~="title"]')!.textContent!.trim())).to.deep.equal([
      'Russia invades Ukraine',
      'Shoigu visits Pyongyang',
      'Kim and Putin meet at Vostochny',
      'North Korea launches a spy satellite',
    ]);
    expect(el.shadowRoot!.querySelector('[role="alert"], [part~="error"]')).to.equal(null);
    // Each card shows the author's own paragraph.
    const slot = cards[0]!.querySelector('slot')!;
    expect(slot.assignedElements()[0]!.textContent).to.contain('A full-scale invasion began.');
  });
});
