// The pre-rendered report (demo/prerendered.html, written by the build): readable with no script,
// and taken over by dist/hydrate.js + dist/storyline.js without a warning or a second render.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { activeFollowsScroll, takenOver } from './hydration.mjs';
import { BROWSERS, serve } from './serve.mjs';

const story = JSON.parse(readFileSync('events/china-russia-north-korea.json', 'utf8'));
let server;

before(async () => {
  server = await serve({
    // Scripts never run in a sandbox without allow-scripts: what a reader with JavaScript off gets.
    '/__noscript.html': { body: '<!doctype html><iframe sandbox="allow-same-origin" src="/demo/prerendered.html" style="width:1280px;height:800px"></iframe>' },
    // The same story drawn in the browser alone, to compare the cards with.
    '/__client.html': {
      body: `<!doctype html><html lang="en"><body><script type="module" src="/dist/storyline.js"></script>
        <story-timeline src="/events/china-russia-north-korea.json" filters show-header locale="en"></story-timeline></body></html>`,
    },
  });
});

after(() => server?.stop());

/** Each card as what it is, not how it was written: elements, sorted attributes (styles as the CSSOM has them) and text; no comments (Lit's markers). */
const cardsOf = () => {
  const root = document.querySelector('story-timeline').shadowRoot;
  const canon = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.data;
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    const attrs = node
      .getAttributeNames()
      .sort()
      .map((name) => `${name}=${name === 'style' ? node.style.cssText : node.getAttribute(name)}`);
    return `<${node.localName} ${attrs.join(' ')}>${[...node.childNodes].map(canon).join('')}</${node.localName}>`;
  };
  return [...root.querySelectorAll('article[part~="event"]')].map(canon);
};

test('cssVars writes its properties as the style attribute on the server (where the axis and placeholders get their places)', async () => {
  const { render } = await import('@lit-labs/ssr');
  const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
  const { html } = await import('lit');
  const { cssVars } = await import('../../dist/internal/css-vars.js');
  const out = await collectResult(
    render(html`<span style=${cssVars({ '--at': '1%', '--gone': undefined, '--actor': '#123456' })}></span>`),
  );
  assert.match(out, /<span style="--at:1%;--actor:#123456">/);
});

for (const [name, launch] of Object.entries(BROWSERS)) {
  test(`with JavaScript off the pre-rendered page shows every title and date (${name})`, async () => {
    const browser = await launch();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/__noscript.html`);
      await page.waitForFunction(() => document.querySelector('iframe').contentDocument?.readyState === 'complete');
      const seen = await page.evaluate(() => {
        const doc = document.querySelector('iframe').contentDocument;
        const el = doc.querySelector('story-timeline');
        return {
          defined: !!doc.defaultView.customElements.get('story-timeline'),
          cards: [...el.shadowRoot.querySelectorAll('article')].map((card) => ({
            id: card.id,
            date: card.querySelector('[part~="date"]').textContent.trim(),
            title: card.querySelector('[part~="title"]').textContent.trim(),
            shown: card.getBoundingClientRect().height > 20,
          })),
        };
      });
      assert.equal(seen.defined, false, 'no script ran');
      assert.equal(seen.cards.length, story.events.length);
      for (const event of story.events) {
        const card = seen.cards.find((c) => c.id === event.id);
        assert.equal(card?.title, event.title, `the title of ${event.id}`);
        assert.ok(card.date.length > 3, `a date for ${event.id}`);
        assert.ok(card.shown, `${event.id} is laid out`);
      }
    } finally {
      await browser.close();
    }
  });

  test(`the pre-rendered page is taken over without a warning, with the client's cards, and follows scrolling (${name})`, async () => {
    const browser = await launch();
    try {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 800 });
      const problems = [];
      page.on('pageerror', (e) => problems.push(String(e)));
      page.on('console', (m) => {
        const favicon = m.location()?.url?.endsWith('/favicon.ico');
        if (['error', 'warn', 'warning'].includes(m.type()) && !favicon) problems.push(m.text());
      });
      // Marks the server's first card: a second render would replace it. Counts the islands' hidden
      // markers when the timeline's own hydration is done: its cards and marks come after it.
      await page.evaluateOnNewDocument(() => {
        document.addEventListener('DOMContentLoaded', () => {
          const el = document.querySelector('story-timeline');
          window.__serverCard = el.shadowRoot.querySelector('article');
          new MutationObserver(() => {
            if (el.hasAttribute('defer-hydration')) return;
            el.updateComplete.then(() => (window.__hiddenAtHydration = window.hiddenMarkers(el)));
          }).observe(el, { attributes: true, attributeFilter: ['defer-hydration'] });
        });
        window.hiddenMarkers = (el) => {
          const comments = document.createTreeWalker(el.shadowRoot, NodeFilter.SHOW_COMMENT);
          let hidden = 0;
          while (comments.nextNode()) if (comments.currentNode.data.startsWith('island:')) hidden++;
          return hidden;
        };
      });
      await page.goto(`${server.origin}/demo/prerendered.html`);
      await page.waitForFunction(() => document.querySelector('story-timeline').hasUpdated === true, { timeout: 20000 });
      await page.evaluate(() => document.querySelector('story-timeline').updateComplete);
      const hydrated = await page.evaluate(cardsOf);
      const same = await page.evaluate(
        () => document.querySelector('story-timeline').shadowRoot.querySelector('article') === window.__serverCard,
      );
      assert.equal(same, true, 'the server’s cards were kept, not drawn again');
      const taken = await takenOver(page);
      assert.ok(taken.serverMarkers > story.events.length, 'the timeline was drawn again, not taken over');
      assert.equal(hydrated.length, story.events.length);
      // The cards and the marks are taken over after the timeline, in idle tasks of their own.
      assert.ok((await page.evaluate(() => window.__hiddenAtHydration)) > 0, 'the islands were taken over with the timeline');
      await page.waitForFunction(() => window.hiddenMarkers(document.querySelector('story-timeline')) === 0, { timeout: 10000 });
      // The reader scrolls: the active event follows.
      await activeFollowsScroll(page);
      assert.deepEqual(problems, []);

      const client = await browser.newPage();
      await client.setViewport({ width: 1280, height: 800 });
      await client.goto(`${server.origin}/__client.html`);
      await client.waitForFunction(() => document.querySelector('story-timeline').shadowRoot?.querySelectorAll('article').length > 40, { timeout: 20000 });
      assert.deepEqual(await client.evaluate(cardsOf), hydrated);
    } finally {
      await browser.close();
    }
  });
}
