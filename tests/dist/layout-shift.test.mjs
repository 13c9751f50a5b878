// Nothing shifts the article: every demo page, served by a plain static server, at 375 and 1280 px,
// from load to 2 s after. Chromium: CLS from the layout-shift API at most 0.01 (0 for the
// pre-rendered page). Firefox has no such API: there the text in the first viewport at load must
// not have moved 2 s later.
import { strict as assert } from 'node:assert';
import { after, before, test } from 'node:test';
import { BROWSERS, serve } from './serve.mjs';
import { PAGES, WIDTHS, shiftOf } from './layout-shift.mjs';

// Any author's page, not only the demo's: a scrolly with no style of the page's own but
// dist/storyline.css (and a margin on the steps, written before it: the page's rules win, as
// over the elements' own). Its text is where it will be before the script is even asked for, and the
// script (added 'late', after load) moves none of it: not the steps, not the headings between them.
const steps = ['invasion-of-ukraine', 'crimea-annexation', 'no-limits-summit', 'road-map-military-cooperation']
  .map((id, i) => `<story-step event="${id}"><h2>Step ${i + 1}</h2><p>${'Words of the article, over several lines. '.repeat(8)}</p><p>More.</p></story-step>`)
  .join('<h2>Between the steps</h2>');
const LATE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<style>story-step { margin-block-end: 3rem }</style><link rel="stylesheet" href="/dist/storyline.css"></head><body><h1>An article</h1>
<story-scrolly src="/events/china-russia-north-korea.json"><story-lane label="Russia" actors="russia"></story-lane>${steps}</story-scrolly></body></html>`;

/** Left, top and width of every heading and paragraph, in page coordinates. */
function textBoxes() {
  return [...document.querySelectorAll('p, h1, h2')].map((block) => {
    const box = block.getBoundingClientRect();
    return `${Math.round(box.left)},${Math.round(box.top + scrollY)},${Math.round(box.width)}`;
  });
}

let server;
const browsers = {};

before(async () => {
  server = await serve({ '/late.html': { body: LATE } });
  browsers.chromium = await BROWSERS.chromium();
  browsers.firefox = await BROWSERS.firefox();
});

after(async () => {
  for (const browser of Object.values(browsers)) await browser?.close();
  server?.stop();
});

for (const file of PAGES) {
  // The pre-rendered page is laid out by the server's HTML and hydrated without moving anything (#19).
  const most = file === 'prerendered.html' ? 0 : 0.01;
  test(`${file} does not shift in Chromium (CLS ≤ ${most})`, async () => {
    for (const width of WIDTHS) {
      const cls = await shiftOf(browsers.chromium, 'chromium', `${server.origin}/demo/${file}`, width);
      assert.ok(cls <= most, `${file} at ${width} px: CLS ${cls.toFixed(3)}`);
    }
  });
  test(`${file} does not shift in Firefox (text in view at load still 2 s later)`, async () => {
    for (const width of WIDTHS) {
      const moved = await shiftOf(browsers.firefox, 'firefox', `${server.origin}/demo/${file}`, width);
      assert.ok(moved <= 2, `${file} at ${width} px in Firefox: text moved ${moved} px`);
    }
  });
}

for (const name of ['chromium', 'firefox']) {
  test(`${name}: a scrolly laid out by dist/storyline.css does not move when its script arrives`, async () => {
    for (const width of WIDTHS) {
      const page = await browsers[name].newPage();
      await page.setViewport({ width, height: width < 600 ? 740 : 900 });
      await page.goto(`${server.origin}/late.html`, { waitUntil: 'load' });
      const before = await page.evaluate(textBoxes);
      await page.evaluate(() => {
        const script = Object.assign(document.createElement('script'), { type: 'module', src: '/dist/storyline.js' });
        document.head.append(script);
      });
      await page.waitForFunction(() => document.querySelector('story-scrolly')?.story, { timeout: 10000 });
      await new Promise((resolve) => setTimeout(resolve, 500));
      const after = await page.evaluate(textBoxes);
      await page.close();
      assert.deepEqual(after, before, `at ${width} px: left,top,width of each block before → after the script`);
    }
  });
}
