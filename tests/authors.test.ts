// What an author writes in a CMS rich-text field: a timeline of events with a date, a title and a
// paragraph each, no source and no story title. It shows every event, in date order, and no error.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { StoryTimeline } from '../src/components/timeline/timeline.component.js';

/** The page as a CMS would publish it (the CLI test validates the same file), in this document. */
async function richText(): Promise<StoryTimeline> {
  const page = new DOMParser().parseFromString(
    await (await fetch('/tests/fixtures/rich-text.html')).text(),
    'text/html',
  );
  const box = await fixture(html`<div></div>`);
  box.append(document.importNode(page.querySelector('story-timeline')!, true));
  const el = box.querySelector('story-timeline') as StoryTimeline;
  await waitUntil(() => el.shadowRoot?.querySelectorAll('[part~="event"]').length === 4, 'events not shown', {
    timeout: 5000,
  });
  await el.updateComplete;
  return el;
}

describe('a timeline written in a rich-text field', () => {
  it('shows its four events in date order, with no error box', async () => {
    const el = await richText();
    const cards = [...el.shadowRoot!.querySelectorAll('[part~="event"]')];
    expect(cards.map((card) => card.id)).to.deep.equal(['ukraine', 'shoigu', 'summit', 'satellite']);
    expect(cards.map((card) => card.querySelector('[part~="title"]')!.textContent!.trim())).to.deep.equal([
      'Russia invades Ukraine',
      'Shoigu visits Pyongyang',
      'Kim and Putin meet at Vostochny',
      'North Korea launches a spy satellite',
    ]);
    expect(el.shadowRoot!.querySelector('[role="alert"], [part~="error"]')?.textContent).to.equal(undefined);
    // Each card shows the author's own paragraph.
    const slot = cards[0]!.querySelector('slot')!;
    expect(slot.assignedElements()[0]!.textContent).to.contain('A full-scale invasion began.');
  });

  it('is not given the sources it lacks', async () => {
    const el = await richText();
    for (const card of el.shadowRoot!.querySelectorAll('[part~="event"]')) {
      expect(card.querySelector('[part~="sources"], .sources')?.textContent?.trim(), card.id).to.equal(
        undefined,
      );
    }
  });
});

/** Every link in an element's shadow trees, with its accessible name (as a screen reader lists it). */
function links(root: ParentNode): { name: string; href: string; card?: string }[] {
  const found: { name: string; href: string; card?: string }[] = [];
  for (const node of root.querySelectorAll('*')) {
    if (node.shadowRoot) found.push(...links(node.shadowRoot));
    if (node instanceof HTMLAnchorElement && node.hasAttribute('href')) {
      const name = (node.getAttribute('aria-label') ?? node.textContent ?? '').replace(/\s+/g, ' ').trim();
      const card = node.closest('[part~="event"]')?.id;
      found.push({ name, href: node.href, ...(card && { card }) });
    }
  }
  return found;
}

describe('the report’s timeline', () => {
  it('names every link for where it goes: one name, one place; no card links anywhere twice', async () => {
    const el = await fixture<StoryTimeline>(
      html`<story-timeline show-header src="/events/china-russia-north-korea.json"></story-timeline>`,
    );
    await waitUntil(() => (el.story?.events.length ?? 0) > 0, 'story not loaded', { timeout: 10000 });
    await el.updateComplete;
    await waitUntil(
      () => el.shadowRoot!.querySelectorAll('[part~="event"]').length === el.story!.events.length,
    );
    const all = links(el.shadowRoot!);
    const places = new Map<string, Set<string>>();
    for (const { name, href } of all) places.set(name, (places.get(name) ?? new Set()).add(href));
    for (const [name, hrefs] of places) expect([...hrefs], `"${name}"`).to.have.length(1);
    const cited = all.filter((link) => link.card && !link.href.includes('#'));
    for (const card of new Set(cited.map((link) => link.card))) {
      const hrefs = cited.filter((link) => link.card === card).map((link) => link.href);
      expect(hrefs, card).to.deep.equal([...new Set(hrefs)]);
    }
    // The report's full title names one link (the header's); a card cites the section it draws on.
    const title = el.story!.source!.title;
    expect(all.filter((link) => link.name === title)).to.have.length(1);
    const camp = cited.find((link) => link.card === 'camp-david-summit')!;
    expect(camp.name).to.equal('Report: Camp David Summit Success');
    expect(cited.filter((link) => link.name.startsWith('Report: '))).to.have.length(cited.length);
  });
});
