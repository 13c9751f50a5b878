// `npm run bench [-- --sizes 100,1000 --runs 5 --libs storyline,plain]`: Storyline against TimelineJS3,
// vis-timeline and a plain list, in Debian's headless Chromium, on a server bound to 127.0.0.1.
// Prints a markdown table of medians and writes bench/results/latest.json. See bench/README.md.
import { cpSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg, totalmem } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/browsers.mjs';
import { writeData } from './generate.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = fileURLToPath(new URL('./results/', import.meta.url));
const VIEWPORT = { width: 1280, height: 800, deviceScaleFactor: 1 };

/** Each library: its bench page and the files it ships (counted for bytes; the harness is not). */
const LIBRARIES = {
  storyline: { label: 'Storyline', page: 'storyline.html', js: ['bench/results/dist/storyline.js'], css: [] },
  timelinejs: {
    label: 'TimelineJS3',
    page: 'timelinejs.html',
    js: ['node_modules/@knight-lab/timelinejs/dist/js/timeline.js'],
    css: ['node_modules/@knight-lab/timelinejs/dist/css/timeline.css'],
  },
  vis: {
    label: 'vis-timeline',
    page: 'vis-timeline.html',
    js: ['node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'],
    css: ['node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css'],
  },
  // Not in the default set: Storyline with prefers-reduced-motion (no scroll-driven card animations).
  'storyline-reduced': {
    label: 'Storyline, reduced motion',
    page: 'storyline.html',
    js: ['bench/results/dist/storyline.js'],
    css: [],
    media: [{ name: 'prefers-reduced-motion', value: 'reduce' }],
  },
  plain: {
    label: 'plain list',
    page: 'plain.html',
    js: ['bench/pages/plain-list.js'],
    css: ['bench/pages/plain-list.css'],
  },
};

const { values: options } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    runs: { type: 'string', default: '5' },
    libs: { type: 'string', default: 'storyline,timelinejs,vis,plain' },
    timeout: { type: 'string', default: '60000' },
    out: { type: 'string', default: 'latest.json' },
    report: { type: 'string' },
  },
});
const sizes = options.sizes.split(',').map(Number);
const runs = Number(options.runs);
const libs = options.libs.split(',');
const timeout = Number(options.timeout);
for (const lib of libs) if (!LIBRARIES[lib]) throw new Error(`unknown library ${lib}`);

// ---- static server on 127.0.0.1 ---------------------------------------------------------------

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
  '.png': 'image/png',
};

// dist/ is copied once, so that a rebuild in the middle of a run cannot mix two versions
// (or delete a lazily loaded chunk): /dist/… is served from bench/results/dist/….
const SNAPSHOT = ['/dist/', '/bench/results/dist/'];

function serve() {
  const files = new Map();
  const server = createServer((req, res) => {
    let path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (path.startsWith(SNAPSHOT[0])) path = SNAPSHOT[1] + path.slice(SNAPSHOT[0].length);
    const file = join(ROOT, path);
    let ok = file.startsWith(ROOT);
    try {
      ok &&= statSync(file).isFile();
    } catch {
      ok = false;
    }
    if (!ok) {
      res.writeHead(404).end('not found');
      return;
    }
    // From memory, in one write, as a production server with a cache would: a 4 MB story streamed
    // from disk in 64 KB pieces took twice as long to arrive, for every library alike.
    let body = files.get(file);
    if (!body) files.set(file, (body = readFileSync(file)));
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
    });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// ---- one page load ------------------------------------------------------------------------------

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

class Timeout extends Error {}

function within(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Timeout(`${what}: timeout after ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map(({ name, value }) => [name, value]));
}

/** A fresh browser context and page: load, wait for "rendered", read the metrics, then scroll. */
async function measure(browser, origin, lib, n, { scroll = true } = {}) {
  const context = await browser.createBrowserContext();
  const errors = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    const files = new Set();
    page.on('requestfinished', (request) => {
      const path = new URL(request.url()).pathname;
      if (/\.(m?js|css)$/.test(path) && path !== '/bench/pages/harness.js') files.add(path);
    });
    await page.setViewport(VIEWPORT);
    if (LIBRARIES[lib].media) await page.emulateMediaFeatures(LIBRARIES[lib].media);
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    const started = Date.now();
    await within(
      page.goto(`${origin}/bench/pages/${LIBRARIES[lib].page}?n=${n}`, { waitUntil: 'domcontentloaded' }),
      timeout,
      'navigation',
    );
    const ready = await within(
      page.evaluate(() => window.__bench.ready),
      Math.max(1000, timeout - (Date.now() - started)),
      'render',
    );
    if (ready.error) throw new Error(ready.error);
    const atRender = await metrics(cdp);
    const domNodes = await page.evaluate(() => window.__bench.countNodes());
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const afterGc = await metrics(cdp);
    const result = {
      renderMs: ready.renderMs,
      scriptMs: atRender.ScriptDuration * 1000,
      layoutMs: atRender.LayoutDuration * 1000,
      taskMs: atRender.TaskDuration * 1000,
      heapMB: afterGc.JSHeapUsedSize / 2 ** 20,
      domNodes,
    };
    if (scroll) {
      // A scroll that never comes back keeps the load's other numbers.
      await within(
        page.evaluate(() => window.__bench.scroll()),
        45000,
        'scroll',
      )
        .then((stats) => Object.assign(result, stats))
        .catch((error) => Object.assign(result, { scrollError: String(error.message ?? error) }));
    }
    result.files = [...files].sort();
    if (errors.length) result.pageErrors = errors;
    return result;
  } finally {
    await within(context.close(), 15000, 'close').catch(() => {});
  }
}

// ---- summary ---------------------------------------------------------------------------------------

function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const METRICS = [
  'renderMs',
  'scriptMs',
  'layoutMs',
  'taskMs',
  'heapMB',
  'domNodes',
  'steps',
  'longTasks',
  'longTaskMs',
  'worstFrameGapMs',
  'meanFrameMs',
];

function summarize(samples) {
  const ok = samples.filter((s) => !s.error);
  const medians = Object.fromEntries(METRICS.map((key) => [key, median(ok.map((s) => s[key]))]));
  const failed = samples.filter((s) => s.error);
  return { ok: ok.length, runs: samples.length, failures: failed.map((s) => s.error), ...medians };
}

function bytes(files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const content = readFileSync(join(ROOT, file));
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
  }
  return { raw, gzip };
}

/** Bytes of the JS and CSS the pages fetched (lazy chunks included), else of the files listed above. */
function loadedBytes(lib, samples) {
  const fetched = [...new Set(samples.flatMap((s) => s.files ?? []))].map((path) =>
    (path.startsWith(SNAPSHOT[0]) ? SNAPSHOT[1] + path.slice(SNAPSHOT[0].length) : path).slice(1),
  );
  const js = fetched.filter((file) => /\.m?js$/.test(file));
  const css = fetched.filter((file) => file.endsWith('.css'));
  return fetched.length
    ? { js: bytes(js), css: bytes(css), files: fetched }
    : { js: bytes(LIBRARIES[lib].js), css: bytes(LIBRARIES[lib].css) };
}

const kb = ({ raw, gzip }) =>
  raw ? `${(raw / 1024).toFixed(1)} (${(gzip / 1024).toFixed(1)})` : '0 (in JS)';
const fixed = (value, digits = 0) => (value === null ? '–' : value.toFixed(digits));

function table(rows) {
  const head = [
    'library',
    'events',
    'JS KB (gzip)',
    'CSS KB (gzip)',
    'render ms',
    'render vs Storyline',
    'script ms',
    'main-thread ms',
    'heap MB',
    'DOM nodes',
    'scroll steps',
    'long tasks',
    'long-task ms',
    'mean frame ms',
    'worst frame ms',
    'ok runs',
  ];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const row of rows) {
    const s = row.summary;
    const base = rows.find((r) => r.lib === 'storyline' && r.n === row.n)?.summary.renderMs ?? null;
    const ratio = s.renderMs !== null && base ? `${(s.renderMs / base).toFixed(1)}×` : '–';
    const failed = s.ok === 0 ? (s.failures[0]?.includes('timeout') ? 'timeout' : 'error') : null;
    lines.push(
      `| ${[
        LIBRARIES[row.lib].label,
        row.n,
        kb(row.bytes.js),
        kb(row.bytes.css),
        failed ?? fixed(s.renderMs),
        failed ? '–' : ratio,
        fixed(s.scriptMs),
        fixed(s.taskMs),
        fixed(s.heapMB, 1),
        fixed(s.domNodes),
        fixed(s.steps),
        fixed(s.longTasks),
        fixed(s.longTaskMs),
        fixed(s.meanFrameMs),
        fixed(s.worstFrameGapMs),
        `${s.ok}/${s.runs}`,
      ].join(' | ')} |`,
    );
  }
  return lines.join('\n');
}

// `--report latest.json` prints the table of a saved run again, without measuring.
if (options.report) {
  const saved = JSON.parse(readFileSync(join(RESULTS, options.report), 'utf8'));
  for (const row of saved.rows) row.summary = summarize(row.samples);
  console.log(table(saved.rows));
  process.exit(0);
}

// ---- main ---------------------------------------------------------------------------------------

const dataBytes = writeData(sizes);
try {
  rmSync(join(ROOT, SNAPSHOT[1]), { recursive: true, force: true });
  cpSync(join(ROOT, SNAPSHOT[0]), join(ROOT, SNAPSHOT[1]), { recursive: true });
  statSync(join(ROOT, SNAPSHOT[1], 'storyline.js'));
} catch {
  throw new Error('dist/storyline.js is missing: run `npm run build` (or wait for a build in progress)');
}
const server = await serve();
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: [
    ...CHROMIUM_ARGS,
    '--enable-precise-memory-info',
    '--js-flags=--expose-gc',
    `--window-size=${VIEWPORT.width},${VIEWPORT.height}`,
    // Nothing leaves the machine: every host but 127.0.0.1 fails to resolve.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ],
});
const version = await browser.version();
const loadBefore = loadavg();
if (loadBefore[0] > cpus().length) {
  console.error(`warning: load average ${loadBefore[0].toFixed(1)} on ${cpus().length} CPUs; expect noise`);
}
const began = Date.now();
const samples = new Map(); // "lib n" -> [result | { error }]
try {
  // One discarded load per library, so that disk caches and the browser's first-use costs are paid.
  for (const lib of libs) {
    const warm = await measure(browser, origin, lib, Math.min(...sizes), { scroll: false }).catch(
      (error) => ({ error }),
    );
    console.error(`[${((Date.now() - began) / 1000).toFixed(0)} s] warm-up ${lib}: ${warm.error ?? 'done'}`);
  }

  for (const n of sizes) {
    for (let run = 1; run <= runs; run++) {
      for (const lib of libs) {
        const key = `${lib} ${n}`;
        const list = samples.get(key) ?? [];
        samples.set(key, list);
        // A library that timed out once at this size is not tried again: it would only time out again.
        if (list.some((s) => s.error?.includes('timeout'))) {
          list.push({ error: 'timeout (skipped after an earlier timeout)' });
          continue;
        }
        let result;
        try {
          result = await measure(browser, origin, lib, n);
        } catch (error) {
          result = { error: error instanceof Timeout ? `timeout: ${error.message}` : String(error) };
        }
        list.push(result);
        const shown = result.error
          ? result.error
          : `render ${result.renderMs.toFixed(0)} ms, ${result.domNodes} nodes, ${result.steps} steps`;
        console.error(`[${((Date.now() - began) / 1000).toFixed(0)} s] ${key} run ${run}/${runs}: ${shown}`);
        await sleep(250);
      }
    }
  }
} finally {
  await browser.close().catch(() => {});
  server.close();
}

const rows = [];
for (const n of sizes) {
  for (const lib of libs) {
    const list = samples.get(`${lib} ${n}`) ?? [];
    rows.push({
      lib,
      n,
      bytes: loadedBytes(lib, list),
      summary: summarize(list),
      samples: list,
    });
  }
}
const markdown = table(rows);
console.log(markdown);
writeFileSync(
  join(RESULTS, options.out),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      durationS: Math.round((Date.now() - began) / 1000),
      environment: {
        node: process.version,
        browser: version,
        cpus: cpus().length,
        cpu: cpus()[0]?.model,
        memoryGB: Math.round(totalmem() / 2 ** 30),
        loadAverageBefore: loadBefore,
        loadAverageAfter: loadavg(),
      },
      options: { sizes, runs, libs, timeout, viewport: VIEWPORT },
      dataBytes,
      table: markdown,
      rows,
    },
    null,
    2,
  ),
);
console.error(`wrote bench/results/${options.out} in ${((Date.now() - began) / 1000).toFixed(0)} s`);
