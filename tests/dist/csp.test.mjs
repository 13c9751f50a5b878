// The built bundle under a strict Content-Security-Policy, with Trusted Types required, in
// Chromium and Firefox ESR: the timeline renders and the page reports no violation.
import { strict as assert } from 'node:assert';
import { after, before, test } from 'node:test';
import { BROWSERS, serve } from './serve.mjs';

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; require-trusted-types-for 'script'";

let server;

before(async () => {
  server = await serve({
    '/__csp.html': {
      headers: { 'content-security-policy': CSP },
      body: `<!doctype html><html lang="ko"><head><meta charset="utf-8">
        <script type="module" src="/tests/dist/csp-watch.js"></script>
        <script type="module" src="/dist/storyline.js"></script></head>
        <body><story-timeline src="/events/china-russia-north-korea.json" filters locale="ko"></story-timeline>
        <story-timeline src="/tests/fixtures/mini-timelinejs.csv"></story-timeline></body></html>`,
    },
  });
});

after(() => server?.stop());

for (const [name, launch] of Object.entries(BROWSERS)) {
  test(`renders under a strict CSP with Trusted Types and no violation (${name})`, async () => {
    const browser = await launch();
    try {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${server.origin}/__csp.html`);
      await page.waitForFunction(
        () => [...document.querySelectorAll('story-timeline')].every((t) => t.shadowRoot?.querySelectorAll('article').length > 3),
        { timeout: 20000 },
      );
      // A Korean date proves the language chunk loaded; the CSV timeline proves the CSV chunk did.
      const text = await page.evaluate(() => document.querySelector('story-timeline').shadowRoot.textContent);
      assert.match(text, /2023년 7월/);
      const violations = await page.evaluate(() => window.violations);
      assert.deepEqual(violations, []);
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
    }
  });
}
