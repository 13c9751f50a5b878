// `npm run screenshots [page…]`: the demo pages in headless Chromium at phone and desktop widths,
// light and dark, at the top and in the middle of the story, as PNGs in screenshots/. Needs a build.
// A page may name an event (`two-timelines.html#gallic-wars`): its first shot is at that deep link.
import { mkdirSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/browsers.mjs';

const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['index.html'];
const sizes = [
  { name: 'phone', width: 375, height: 812 },
  { name: 'desktop', width: 1280, height: 800 },
];
const schemes = ['light', 'dark'];

mkdirSync('screenshots', { recursive: true });
const server = await startDevServer({
  config: { rootDir: '.', port: 8765, hostname: '127.0.0.1', nodeResolve: true },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: CHROMIUM_ARGS,
});
try {
  for (const file of pages) {
    for (const size of sizes) {
      for (const scheme of schemes) {
        const page = await browser.newPage();
        const problems = [];
        page.on('console', (m) => ['error', 'warn'].includes(m.type()) && problems.push(m.text()));
        page.on('pageerror', (e) => problems.push(String(e)));
        await page.setViewport({ width: size.width, height: size.height, deviceScaleFactor: 1 });
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        await page.goto(`http://127.0.0.1:8765/demo/${file}`, { waitUntil: 'networkidle0' });
        await page
          .waitForFunction(
            () => document.querySelector('story-timeline')?.shadowRoot?.querySelector('[data-event-id]'),
            { timeout: 10000 },
          )
          .catch(() => {});
        // A deep link scrolls once the story is in; let it land.
        if (file.includes('#')) await new Promise((r) => setTimeout(r, 600));
        const base = `screenshots/${file.replace(/\.html/, '').replace('#', '-')}-${size.name}-${scheme}`;
        await page.screenshot({ path: `${base}-${file.includes('#') ? 'link' : 'top'}.png` });
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight * 0.45));
        await new Promise((r) => setTimeout(r, 600));
        await page.screenshot({ path: `${base}-middle.png` });
        console.log(`${base}: ${problems.length ? problems.join(' | ') : 'no console errors'}`);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
