// The built embeds in headless Chromium: the bundle loaded twice, the iframe's height messages
// (Storyline's, pym.js's and wp-embed's) as its content changes, and the oEmbed files; and the
// self-contained embed page in Chromium and Firefox.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { BROWSERS, serve } from './serve.mjs';

let server;
let browser;
let origin;

before(async () => {
  server = await serve({
    '/__host.html': {
      body: `<!doctype html><body style="margin:0">
        <script>window.seen = []; addEventListener('message', (e) => seen.push(e.data));</script>
        <iframe data-storyline style="width:800px;border:0" height="150"
          src="/demo/embed.html?src=/tests/fixtures/mini.json&childId=frame1#?secret=abc"></iframe>
        <script type="module" src="/dist/embed-host.js"></script></body>`,
    },
    '/__twice.html': {
      body: `<!doctype html><body>
        <script type="module" src="/dist/storyline.js?copy=1"></script>
        <script type="module" src="/dist/storyline.js?copy=2"></script>
        <story-timeline src="/tests/fixtures/mini.json"></story-timeline></body>`,
    },
  });
  origin = server.origin;
  browser = await BROWSERS.chromium();
});

after(async () => {
  await browser?.close();
  server?.stop();
});

test('loading dist/storyline.js twice on a page throws nothing and still renders', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${origin}/__twice.html`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.querySelector('story-timeline').shadowRoot?.querySelectorAll('article').length === 4);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the iframe embed tells its host its height, in three formats, and the host applies it', async () => {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 800 });
  await page.goto(`${origin}/__host.html`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => parseInt(document.querySelector('iframe').style.height) > 300, { timeout: 10000 });
  const seen = await page.evaluate(() => window.seen);
  const heights = seen.filter((m) => m?.type === 'storyline:height').map((m) => m.height);
  assert.ok(heights.length > 0);
  assert.ok(seen.some((m) => typeof m === 'string' && /^pymxPYMxframe1xPYMxheightxPYMx\d+$/.test(m)), 'no pym message');
  assert.ok(seen.some((m) => m?.message === 'height' && m.secret === 'abc' && m.value > 0), 'no wp-embed message');
  // Narrow the iframe: the layout reflows, and the new height is posted and applied.
  const before = await page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height);
  await page.evaluate(() => (document.querySelector('iframe').style.width = '360px'));
  await page.waitForFunction((h) => document.querySelector('iframe').getBoundingClientRect().height !== h, { timeout: 10000 }, before);
  const last = await page.evaluate(() => window.seen.filter((m) => m?.type === 'storyline:height').at(-1).height);
  const applied = await page.evaluate(() => parseInt(document.querySelector('iframe').style.height));
  assert.equal(applied, last);
  await page.close();
});

test("with reduced motion, the reader's first key in the embed still moves the host page, at once", async () => {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 600 });
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await page.goto(`${origin}/__host.html`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => parseInt(document.querySelector('iframe').style.height) > 600, { timeout: 10000 });
  const frame = page.frames().find((f) => f.url().includes('/demo/embed.html'));
  await frame.waitForFunction(() => document.querySelector('story-timeline').shadowRoot.querySelector('[part~="axis"] a[tabindex="0"]'));
  await frame.evaluate(() => document.querySelector('story-timeline').shadowRoot.querySelector('[part~="axis"] a[tabindex="0"]').focus());
  // No deep link and no start-at: this key press is the frame's first scroll, and the reader's own.
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => scrollY > 0, { timeout: 5000 }).catch(() => {});
  assert.ok((await page.evaluate(() => scrollY)) > 0, 'the host page did not move');
  await page.close();
});

test('an embed that names no story, or a story address it refuses, says so in the frame', async () => {
  const page = await browser.newPage();
  const cases = [
    ['', /this embed names no story\. Add \?src=/],
    ['?src=javascript:alert(1)', /the story address “javascript:alert\(1\)” was refused/],
  ];
  for (const [query, said] of cases) {
    await page.goto(`${origin}/demo/embed.html${query}`, { waitUntil: 'networkidle0' });
    assert.match(await page.$eval('body > [role="alert"]', (el) => el.textContent), said);
  }
  await page.close();
});

test('in a sandboxed iframe, a story served without Access-Control-Allow-Origin is said to be so', async () => {
  // The scripts carry the header (else nothing runs in the opaque origin); the story does not.
  const corsless = await serve(
    { '/__wp.html': { body: '<iframe sandbox="allow-scripts" src="/demo/embed.html?src=/events/end-of-roman-republic.json"></iframe>' } },
    { headers: { 'access-control-allow-origin': '*' }, noCors: ['/events/'] },
  );
  const page = await browser.newPage();
  await page.goto(`${corsless.origin}/__wp.html`, { waitUntil: 'load' });
  let frame;
  while (!frame) frame = page.frames().find((f) => f.url().includes('/demo/embed.html'));
  await frame.waitForFunction(() => document.querySelector('story-timeline')?.shadowRoot?.querySelector('[role="alert"]'), { timeout: 15000 });
  const said = await frame.evaluate(() => document.querySelector('story-timeline').shadowRoot.querySelector('[role="alert"]').textContent);
  assert.match(said, /does not send Access-Control-Allow-Origin, so other sites may not read it/);
  await page.close();
  corsless.stop();
});

test('each story in events/ has a valid oEmbed rich response', () => {
  const stories = readdirSync('events').filter((f) => f.endsWith('.json') && f !== 'schema.json');
  for (const file of stories) {
    const oembed = JSON.parse(readFileSync(`dist/oembed/${file}`, 'utf8'));
    assert.equal(oembed.type, 'rich');
    assert.equal(oembed.version, '1.0');
    assert.equal(oembed.provider_name, 'Storyline');
    for (const key of ['title', 'html']) assert.equal(typeof oembed[key], 'string');
    for (const key of ['width', 'height']) assert.ok(Number.isInteger(oembed[key]) && oembed[key] > 0);
    assert.match(oembed.html, /^<iframe src="[^"]+embed\.html\?src=[^"]+" title="[^"]+"/);
    assert.ok(oembed.html.includes(encodeURIComponent(`events/${file}`)));
    // The frame starts close to its real height (a host page that shows it does not shift).
    assert.ok(oembed.html.includes(`height="${oembed.height}"`));
    const { events } = JSON.parse(readFileSync(`events/${file}`, 'utf8'));
    assert.ok(oembed.height >= events.length * 200, `${file}: ${oembed.height} px for ${events.length} events`);
  }
});

// `storyline embed-page`: the story inside the page. A title that closes the script and opens a
// comment (`</script>`, `<!--`) stays text: the page runs no script of the story's, and the
// timeline shows the title as written, in a sandboxed frame on another origin with no CORS header.
test('the self-contained embed page keeps a hostile title inside its JSON, in both browsers', async () => {
  const hostile = '</script><script>parent.postMessage("pwned","*")</script><!-- <script>';
  const story = JSON.parse(readFileSync('events/end-of-roman-republic.json', 'utf8'));
  story.title = hostile;
  story.events[0].title = `${hostile} ${story.events[0].title}`;
  const dir = mkdtempSync(join(tmpdir(), 'storyline-page-'));
  writeFileSync(join(dir, 'hostile.json'), JSON.stringify(story));
  const result = spawnSync(process.execPath, ['dist/cli.js', 'embed-page', '--out', dir, join(dir, 'hostile.json')], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  const html = readFileSync(join(dir, 'hostile.html'), 'utf8');
  // Three script elements (the import map, the module, the story), closed once each.
  assert.equal(html.match(/<\/script/gi).length, 3);
  assert.ok(!html.includes('<!--'));
  const embedSide = await serve({}, { root: dir, hostname: 'localhost' });
  const host = await serve({
    '/__sandboxed.html': {
      body: `<!doctype html><script>window.seen = []; addEventListener('message', (e) => seen.push(e.data));</script>
        <iframe sandbox="allow-scripts" src="${embedSide.origin}/hostile.html?header" style="width:800px;height:600px"></iframe>`,
    },
  });
  try {
    for (const name of ['chromium', 'firefox']) {
      const other = name === 'chromium' ? browser : await BROWSERS.firefox();
      const page = await other.newPage();
      await page.goto(`${host.origin}/__sandboxed.html`, { waitUntil: 'load' });
      let frame;
      for (let i = 0; i < 100 && !frame; i++) {
        frame = page.frames().find((f) => f.url().includes('/hostile.html'));
        if (!frame) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await frame.waitForFunction(() => document.querySelector('story-timeline')?.shadowRoot?.querySelector('[data-event-id]'), { timeout: 15000 });
      const seen = await frame.evaluate(() => {
        const root = document.querySelector('story-timeline').shadowRoot;
        return {
          origin,
          title: root.querySelector('.story-title')?.textContent.trim(),
          card: root.querySelector('[data-event-id] [part~="title"]')?.textContent.trim(),
          cards: root.querySelectorAll('[data-event-id]').length,
        };
      });
      assert.equal(seen.origin, 'null', `${name}: the frame is sandboxed`);
      assert.equal(seen.title, hostile, `${name}: the story's title as written`);
      assert.ok(seen.card.startsWith(hostile), `${name}: the first card's title as written`);
      assert.equal(seen.cards, story.events.length, `${name}: every event`);
      assert.deepEqual(await page.evaluate(() => window.seen.filter((m) => m === 'pwned')), [], `${name}: no script of the story's ran`);
      await page.close();
      if (other !== browser) await other.close();
    }
  } finally {
    host.stop();
    embedSide.stop();
  }
});
