// The package as an app developer gets it (run after `npm run build`): `npm pack`, the tarball
// installed into a throw-away Vite app (tests/consumer/app, copied to a temporary folder, its
// dependencies from the registry or npm's cache), built with Vite and as an Eleventy and an Astro
// site, served on 127.0.0.1 and opened in Chromium (the two sites in Firefox too). Catches a broken
// `exports` map, a file missing from `files`, a side effect lost to tree-shaking, or a README recipe
// that fails.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { after, before, test } from 'node:test';
import { activeFollowsScroll, takenOver } from '../dist/hydration.mjs';
import { BROWSERS, serve } from '../dist/serve.mjs';

const ROOT = resolve('.');
const APP = join(ROOT, 'tests/consumer/app');
const REPORT = join(ROOT, 'events/china-russia-north-korea.json');
// The brief's port range; CONSUMER_PORT=0 takes any free port.
const PORT = Number(process.env.CONSUMER_PORT ?? 8400);

const dir = mkdtempSync(join(tmpdir(), 'storyline-consumer-'));
const app = join(dir, 'app');
const installed = join(app, 'node_modules/storyline-kit');

function run(command, args, cwd) {
  const started = performance.now();
  execFileSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(`${command} ${args.join(' ')}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

before(() => {
  assert.ok(existsSync('dist/index.js'), 'dist/ is missing: run `npm run build` first');
  const npm = ['--no-audit', '--no-fund', '--prefer-offline'];
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .at(-1);
  cpSync(APP, app, { recursive: true, filter: (path) => !path.includes('node_modules') });
  cpSync(REPORT, join(app, 'report.json'));
  // The app's own locked dependencies, then the tarball, as `npm install storyline-kit` would.
  run('npm', ['ci', ...npm], app);
  run('npm', ['install', '--no-save', ...npm, join(dir, tarball)], app);
  run(join(app, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], app);
  run(join(app, 'node_modules/.bin/eleventy'), ['--quiet'], app);
  cpSync(join(installed, 'dist'), join(app, 'astro/public/dist'), { recursive: true });
  // Astro would otherwise report the build to its telemetry service.
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  run(join(app, 'node_modules/.bin/astro'), ['build'], app);
});

after(() => rmSync(dir, { recursive: true, force: true }));

test('every path in the exports map is in the tarball', () => {
  const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  assert.equal(manifest.name, 'storyline-kit');
  const targets = Object.values(manifest.exports).flatMap((target) =>
    typeof target === 'string' ? [target] : Object.values(target),
  );
  const missing = targets.filter((target) => !existsSync(join(installed, target)));
  assert.deepEqual(missing, [], `the tarball lacks ${missing.join(', ')}`);
  assert.ok(existsSync(join(installed, manifest.bin.storyline)), 'the storyline command is missing');
});

test('the types of storyline-kit, /react and /jsx check in React, Preact and Solid TSX, wrong attributes failing', () => {
  // A wrong attribute without its @ts-expect-error would be an error; an expected error that is
  // not one (an attribute the types let through) is an error too.
  execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', app], {
    cwd: app,
    stdio: 'inherit',
  });
});

test('storyline-kit/ssr renders the report in Node as the app installed it: every event a card in declarative shadow DOM', () => {
  const script = `import { readFileSync } from 'node:fs';
    import { renderTimeline } from 'storyline-kit/ssr';
    process.stdout.write(await renderTimeline(JSON.parse(readFileSync('report.json', 'utf8'))));`;
  const html = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: app,
    encoding: 'utf8',
  });
  assert.match(html, /<story-timeline[^>]*><template [^>]*shadowrootmode="open"/);
  const events = JSON.parse(readFileSync(REPORT, 'utf8')).events;
  assert.equal(html.match(/<article /g)?.length, events.length);
});

test('the Vite build shows the report: the timeline with its events, in Chromium', async () => {
  const server = await serve({}, { root: join(app, 'dist'), port: PORT });
  const browser = await BROWSERS.chromium();
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('requestfailed', (request) => problems.push(`${request.url()} failed`));
    await page.goto(`${server.origin}/index.html`);
    const events = JSON.parse(readFileSync(REPORT, 'utf8')).events;
    assert.equal(await page.$eval('#parsed', (p) => p.textContent), `${events.length} events, 0 errors`);
    await page.waitForFunction(
      (count) =>
        document.querySelector('story-timeline')?.shadowRoot?.querySelectorAll('article[part~="event"]')
          .length >= count,
      { timeout: 20000 },
      // The timeline draws the events near the reader first: at least the first few are cards.
      Math.min(events.length, 5),
    );
    const first = await page.$eval('story-timeline', (el) =>
      el.shadowRoot.querySelector('article[part~="event"] [part~="title"]').textContent.trim(),
    );
    const earliest = [...events].sort((a, b) => a.date.localeCompare(b.date))[0];
    assert.equal(first, earliest.title);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    server.stop();
  }
});

test('in Vue, with isCustomElement: the timeline gets its data as a property and its event reaches the app', async () => {
  const server = await serve({}, { root: join(app, 'dist'), port: PORT });
  const browser = await BROWSERS.chromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/vue.html`);
    await page.waitForFunction(
      () => document.querySelector('story-timeline')?.shadowRoot?.querySelector('article[part~="event"]'),
      { timeout: 20000 },
    );
    await page.waitForFunction(() => document.querySelector('#active').textContent !== '', {
      timeout: 20000,
    });
    assert.equal(await page.$eval('story-timeline', (el) => el.hasAttribute('data')), false);
  } finally {
    await browser.close();
    server.stop();
  }
});

for (const [generator, out] of [
  ['Eleventy', '_site'],
  ['Astro', '_astro-site'],
]) {
  test(`${generator} pre-renders the report as README says, and the page takes it over in Chromium and Firefox`, async () => {
    const site = join(app, out);
    const events = JSON.parse(readFileSync(REPORT, 'utf8')).events;
    // What a crawler gets: every event a card in the HTML.
    const html = readFileSync(join(site, 'index.html'), 'utf8');
    assert.match(html, /<story-timeline[^>]*defer-hydration[^>]*><template [^>]*shadowrootmode="open"/);
    assert.equal(html.match(/<article /g)?.length, events.length);
    const server = await serve({}, { root: site, port: PORT });
    try {
      for (const name of ['chromium', 'firefox']) {
        const browser = await BROWSERS[name]();
        try {
          const page = await browser.newPage();
          await page.setViewport({ width: 1280, height: 800 });
          const problems = [];
          page.on('pageerror', (error) => problems.push(error.message));
          page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
          await page.goto(`${server.origin}/index.html`);
          await page.waitForFunction(
            () => {
              const el = document.querySelector('story-timeline');
              return el?.hasUpdated && !el.hasAttribute('defer-hydration');
            },
            { timeout: 20000 },
          );
          const taken = await takenOver(page);
          assert.equal(taken.cards, events.length, name);
          assert.ok(
            taken.serverMarkers > events.length,
            `${name}: the timeline was drawn again, not taken over`,
          );
          // Then it is the timeline as ever: the active event follows the reader.
          await activeFollowsScroll(page);
          assert.deepEqual(problems, [], name);
        } finally {
          await browser.close();
        }
      }
    } finally {
      server.stop();
    }
  });
}
