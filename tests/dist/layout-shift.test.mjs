// Nothing shifts the article: every demo page, served by a plain static server, at 375 and 1280 px,
// from load to 2 s after. Chromium: CLS from the layout-shift API at most 0.01. Firefox has no such
// API: there the text in the first viewport at load must not have moved 2 s later.
import { strict as assert } from 'node:assert';
import { after, before, test } from 'node:test';
import { BROWSERS, serve } from './serve.mjs';
import { PAGES, WIDTHS, shiftOf } from './layout-shift.mjs';

let server;
const browsers = {};

before(async () => {
  server = await serve();
  browsers.chromium = await BROWSERS.chromium();
  browsers.firefox = await BROWSERS.firefox();
});

after(async () => {
  for (const browser of Object.values(browsers)) await browser?.close();
  server?.stop();
});

// Not there yet: the scrolly's no-JS fallback (the steps as a 40rem article) lays out otherwise
// than the defined element (CLS 0.043 at 375 px, 0.080 at 1280 px).
const TODO = {
  'article.html': 'the scrolly shifts when it is defined (CLS 0.04–0.08)',
};
// In Firefox the declarative page's text moves 6 px at 1280 px in about half the runs (0 in the others).
const FIREFOX_TODO = { 'article.html': TODO['article.html'], 'declarative.html': 'its text moves 6 px at 1280 px in about half the runs' };

for (const file of PAGES) {
  test(`${file} does not shift in Chromium (CLS ≤ 0.01)`, { todo: TODO[file] }, async () => {
    for (const width of WIDTHS) {
      const cls = await shiftOf(browsers.chromium, 'chromium', `${server.origin}/demo/${file}`, width);
      assert.ok(cls <= 0.01, `${file} at ${width} px: CLS ${cls.toFixed(3)}`);
    }
  });
  test(`${file} does not shift in Firefox (text in view at load still 2 s later)`, { todo: FIREFOX_TODO[file] }, async () => {
    for (const width of WIDTHS) {
      const moved = await shiftOf(browsers.firefox, 'firefox', `${server.origin}/demo/${file}`, width);
      assert.ok(moved <= 2, `${file} at ${width} px in Firefox: text moved ${moved} px`);
    }
  });
}
