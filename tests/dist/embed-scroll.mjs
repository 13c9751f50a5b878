// The scroll harness for embedded timelines: an article on one origin (127.0.0.1) embeds
// demo/embed.html from another (localhost, another port), so the iframe is really cross-origin,
// in the four ways hosts do it, and WordPress's way once more with the self-contained page of
// `storyline embed-page` served with no CORS header at all; the reader scrolls from top to bottom
// in steps, on a desktop and on a phone, and after each step settles the harness checks what the
// reader would see.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BROWSERS, serve } from './serve.mjs';

const STORY = '/events/china-russia-north-korea.json';
const FILLER = '<p style="font:18px/1.5 serif;max-width:40rem;margin:1rem auto">' + 'An article about the story. '.repeat(12) + '</p>';

/** The four host kinds: `embed` is the iframe's URL on the other origin. */
export const HOSTS = {
  'embed-host.js': (embed) => `<iframe data-storyline src="${embed}" title="Timeline" width="100%" height="720" style="border:0;width:100%;display:block"></iframe>
    <script type="module" src="/dist/embed-host.js"></script>`,
  'pym.js trackscroll': (embed) => `<div id="story"></div>
    <script src="/node_modules/pym.js/dist/pym.v1.min.js"></script>
    <script>new pym.Parent('story', ${JSON.stringify(embed)}, { trackscroll: true, title: 'Timeline' });</script>`,
  'pym.js height only': (embed) => `<div id="story"></div>
    <script src="/node_modules/pym.js/dist/pym.v1.min.js"></script>
    <script>new pym.Parent('story', ${JSON.stringify(embed)}, { title: 'Timeline' });</script>`,
  // WordPress's rule (wp-includes/js/wp-embed.js), in a few lines: a sandboxed iframe, a secret in
  // the hash and in data-secret, and the height from { message: 'height' }, kept within 200–1000 px.
  wordpress: (embed) => `<iframe sandbox="allow-scripts" security="restricted" src="${embed}#?secret=s3cr3t"
      data-secret="s3cr3t" title="Timeline" width="100%" height="400" style="border:0;width:100%;display:block"></iframe>
    <script>
      addEventListener('message', (e) => {
        const d = e.data;
        if (!d || d.message !== 'height' || d.secret !== 's3cr3t') return;
        const frame = document.querySelector('iframe[data-secret="s3cr3t"]');
        if (frame.contentWindow !== e.source) return;
        frame.height = Math.min(Math.max(parseInt(d.value, 10) || 0, 200), 1000);
      });
    </script>`,
};
/** WordPress's rule around the self-contained embed page, from a server that sends no CORS header. */
const INLINED = 'wordpress, story inlined';
HOSTS[INLINED] = HOSTS.wordpress;

/** Desktop and phone viewports. */
export const SIZES = [
  { width: 1280, height: 800 },
  { width: 375, height: 700 },
];

/** The self-contained embed page of the story, written by the built CLI. */
function inlinedPage() {
  const out = mkdtempSync(join(tmpdir(), 'storyline-embed-'));
  const result = spawnSync(process.execPath, ['dist/cli.js', 'embed-page', '--out', out, `.${STORY}`], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`storyline embed-page failed: ${result.stderr}`);
  return readFileSync(join(out, 'china-russia-north-korea.html'), 'utf8');
}

/** Serves the article (127.0.0.1) and the embed (localhost, with CORS headers as a host for sandboxed embeds needs). */
export async function origins(ports = [0, 0]) {
  const pages = {};
  // The self-contained page is one of `serve`'s pages: those get no CORS header.
  const embedSide = await serve(
    { '/__inlined.html': { body: inlinedPage() } },
    { hostname: 'localhost', headers: { 'access-control-allow-origin': '*' }, port: ports[1] },
  );
  const embed = `${embedSide.origin}/demo/embed.html?src=${encodeURIComponent(`${embedSide.origin}${STORY}`)}`;
  for (const [kind, host] of Object.entries(HOSTS)) {
    const url = kind === INLINED ? `${embedSide.origin}/__inlined.html` : embed;
    pages[`/__host/${encodeURIComponent(kind)}.html`] = {
      body: `<!doctype html><html lang="en"><meta name="viewport" content="width=device-width"><body style="margin:0">${FILLER}${host(url)}${FILLER}</body></html>`,
    };
  }
  const article = await serve(pages, { port: ports[0] });
  return {
    url: (kind) => `${article.origin}/__host/${encodeURIComponent(kind)}.html`,
    stop: () => {
      article.stop();
      embedSide.stop();
    },
  };
}

const settle = (page, ms) =>
  page.evaluate((ms) => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, ms)))), ms);

/** What the reader sees in the frame: the active card, the cards, the axis, in the frame's viewport. */
function look() {
  const timeline = document.querySelector('story-timeline');
  const root = timeline?.shadowRoot;
  const rect = (element) => {
    const box = element.getBoundingClientRect();
    return { top: box.top, bottom: box.bottom };
  };
  const cards = [...(root?.querySelectorAll('[data-event-id]') ?? [])].map((card) => ({ id: card.dataset.eventId, ...rect(card) }));
  const axis = root?.querySelector('[part~="axis"]');
  return {
    active: timeline?.activeId ?? '',
    offset: timeline?.offset ?? 0.5,
    cards,
    axis: axis ? rect(axis) : null,
    height: document.documentElement.clientHeight,
    scrollHeight: document.documentElement.scrollHeight,
  };
}

/** Whether a step shows the right active event and the axis in view (see the issue's definitions). */
export function judge(seen, frameTop, viewportHeight) {
  // The part of the frame's viewport the reader sees, in the frame's viewport coordinates.
  const top = Math.max(0, -frameTop);
  const bottom = Math.min(seen.height, viewportHeight - frameTop);
  const visible = Math.max(0, bottom - top);
  const scrolls = seen.scrollHeight > seen.height + 1;
  // The reading line: `offset` down the host's viewport, or down the visible part of a frame that scrolls itself.
  const line = scrolls ? top + visible * seen.offset : viewportHeight * seen.offset - frameTop;
  const distance = (card) => (line < card.top ? card.top - line : line > card.bottom ? line - card.bottom : 0);
  const card = seen.cards.find((c) => c.id === seen.active);
  const nearest = Math.min(...seen.cards.map(distance));
  const activeOk = Boolean(card) && (distance(card) <= 80 || distance(card) <= nearest);
  let axisOk = visible < 1;
  if (seen.axis && visible >= 1) {
    const inside = Math.max(0, Math.min(seen.axis.bottom, bottom) - Math.max(seen.axis.top, top));
    const height = seen.axis.bottom - seen.axis.top;
    axisOk = inside >= 0.9 * Math.min(height, visible);
  }
  const at = seen.cards.find((c) => distance(c) === 0)?.id;
  const gap = card ? Math.round(distance(card)) : null;
  return { activeOk, axisOk, line, visible, active: seen.active, at, n: seen.cards.length, gap, nearest: Math.round(nearest) };
}

/**
 * Scrolls a host kind from top to bottom in `steps` steps (the host; and the frame too where it
 * scrolls itself, with the frame brought into view) and returns the share of steps that are right.
 */
export async function measure(browser, url, { steps = 40, width = 1280, height = 800 } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  await page.goto(url, { waitUntil: 'load' });
  const frameOf = () => page.frames().find((f) => f !== page.mainFrame() && f.url().startsWith('http'));
  await page.waitForFunction(() => document.querySelector('iframe')?.getBoundingClientRect().height > 0);
  let frame;
  for (let i = 0; i < 100 && !frame; i++) {
    frame = frameOf();
    if (!frame) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await frame.waitForFunction(() => document.querySelector('story-timeline')?.shadowRoot?.querySelector('[data-event-id]'), { timeout: 20000 });
  await settle(page, 1000);
  const scrolls = await frame.evaluate(() => document.documentElement.scrollHeight > document.documentElement.clientHeight + 1);
  const frameTopInPage = await page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().top + scrollY);
  const results = [];
  for (let step = 0; step <= steps; step++) {
    if (scrolls) {
      // The reader brings the frame into view, then scrolls inside it.
      await page.evaluate((y) => scrollTo(0, y), frameTopInPage);
      await frame.evaluate((share) => scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * share), step / steps);
    } else {
      await page.evaluate((share) => scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * share), step / steps);
    }
    await settle(page, 250);
    const frameTop = await page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().top);
    const seen = await frame.evaluate(look);
    results.push(judge(seen, frameTop, height));
  }
  await page.close();
  const share = (key) => results.filter((r) => r[key]).length / results.length;
  return { active: share('activeOk'), axis: share('axisOk'), steps: results.length, results };
}

// `node tests/dist/embed-scroll.mjs [chromium|firefox…]` prints the table.
if (import.meta.url === `file://${process.argv[1]}`) {
  const names = process.argv.slice(2).length ? process.argv.slice(2) : ['chromium', 'firefox'];
  const served = await origins([8210, 8211]);
  try {
    for (const name of names) {
      const browser = await BROWSERS[name]();
      try {
        for (const kind of Object.keys(HOSTS)) {
          for (const size of SIZES) {
            const { active, axis, steps } = await measure(browser, served.url(kind), size);
            const percent = (share) => `${Math.round(share * 100)} %`;
            console.log(`| ${kind} | ${name} | ${size.width} × ${size.height} | ${percent(active)} | ${percent(axis)} | ${steps} steps |`);
          }
        }
      } finally {
        await browser.close();
      }
    }
  } finally {
    served.stop();
  }
}
