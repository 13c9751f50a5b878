// Layout shift on the demo pages, as a reader meets them: each page served by a plain static
// server, CLS summed from the `layout-shift` PerformanceObserver from navigation to 2 s after load
// (Chromium; Firefox has no such API, so there the harness records where the page's text sits at
// load and 2 s later, and reports the largest move of the text the reader was looking at).
import { readdirSync } from 'node:fs';
import { BROWSERS, serve } from './serve.mjs';

export const PAGES = readdirSync('demo').filter((file) => file.endsWith('.html'));
export const WIDTHS = [375, 1280];

function watchShifts() {
  window.__cls = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Where the first few blocks of text below the top of the page are, in page coordinates. */
function textPositions() {
  const blocks = [...document.querySelectorAll('p, h1, h2, footer')].slice(0, 40);
  return blocks.map((block) => Math.round(block.getBoundingClientRect().top + scrollY));
}

/** CLS (Chromium), or the largest move of a block of text in the first viewport (Firefox), from load to 2 s after. */
export async function shiftOf(browser, name, url, width) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: width < 600 ? 740 : 900 });
  if (name === 'chromium') await page.evaluateOnNewDocument(watchShifts);
  await page.goto(url, { waitUntil: 'load' });
  // What the reader saw at load: the layout of the next painted frame. A layout forced before it
  // is not one: Firefox sizes a new `content-visibility: auto` card by its placeholder until the
  // rendering update that paints it decides it is on screen (it moved by 6 px in about half the runs).
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const first = await page.evaluate(textPositions);
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const result =
    name === 'chromium'
      ? await page.evaluate(() => window.__cls)
      : await page.evaluate((first) => {
          const now = [...document.querySelectorAll('p, h1, h2, footer')].slice(0, 40).map((b) => Math.round(b.getBoundingClientRect().top + scrollY));
          // Only what was in the first viewport at load: what a reader could have been reading.
          return Math.max(0, ...first.map((top, i) => (top < innerHeight ? Math.abs((now[i] ?? top) - top) : 0)));
        }, first);
  await page.close();
  return result;
}

// `node tests/dist/layout-shift.mjs [chromium|firefox]` prints CLS (or the text's largest move) per page and width.
if (import.meta.url === `file://${process.argv[1]}`) {
  const name = process.argv[2] ?? 'chromium';
  const server = await serve({}, { port: 8220 });
  const browser = await BROWSERS[name]();
  try {
    for (const file of PAGES) {
      const values = [];
      for (const width of WIDTHS) values.push(await shiftOf(browser, name, `${server.origin}/demo/${file}`, width));
      console.log(`| ${file} | ${values.map((v) => (name === 'chromium' ? v.toFixed(3) : `${v} px`)).join(' | ')} |`);
    }
  } finally {
    await browser.close();
    server.stop();
  }
}
