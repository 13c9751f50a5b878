// `npm run bench [-- --sizes 100,1000 --runs 5 --libs storyline,plain]`: Storyline against TimelineJS3,
// vis-timeline and a plain list, in Debian's headless Chromium, on a server bound to 127.0.0.1.
// Prints a markdown table of medians, then each library against the plain list load by load, and
// writes bench/results/latest.json. `--load-only` skips the scroll: more loads in the same time;
// `--latency 100` adds a round-trip time to every request.
// See bench/README.md.
import { cpSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/browsers.mjs';
import { writeData } from './generate.mjs';
import { LIBRARIES, pageUrl } from './lib/libraries.mjs';
import { writeBaseline } from './lib/baseline.mjs';
import { writePrerendered } from './lib/prerendered.mjs';
import { loadedBytes, pairedTable, summarize, table } from './lib/report.mjs';
import { ROOT, SNAPSHOT, serve } from './lib/server.mjs';

const RESULTS = fileURLToPath(new URL('./results/', import.meta.url));
const VIEWPORT = { width: 1280, height: 800, deviceScaleFactor: 1 };

const { values: options } = parseArgs({
  options: {
    sizes: { type: 'string', default: '50,100,1000,10000' },
    runs: { type: 'string', default: '5' },
    libs: { type: 'string', default: 'storyline,timelinejs,vis,plain' },
    timeout: { type: 'string', default: '60000' },
    out: { type: 'string', default: 'latest.json' },
    report: { type: 'string' },
    baseline: { type: 'string' },
    'load-only': { type: 'boolean', default: false },
    latency: { type: 'string', default: '0' },
  },
});
const sizes = options.sizes.split(',').map(Number);
const runs = Number(options.runs);
const libs = options.libs.split(',');
const timeout = Number(options.timeout);
/** Round-trip time added to every request (ms): the bench's 127.0.0.1 has none, a reader's network has. */
const latency = Number(options.latency);
for (const lib of libs) if (!LIBRARIES[lib]) throw new Error(`unknown library ${lib}`);
if (libs.some((lib) => LIBRARIES[lib].baseline) !== Boolean(options.baseline)) {
  throw new Error('--libs storyline-baseline and --baseline <dist dir> go together');
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
    if (latency) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });
    }
    const started = Date.now();
    await within(
      page.goto(origin + pageUrl(lib, n), { waitUntil: 'domcontentloaded' }),
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
    const allNodes = await page.evaluate(() => window.__bench.countAllNodes());
    const cards = await page.evaluate(() => window.__bench.cardNodes());
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const afterGc = await metrics(cdp);
    // Paints, layout shifts and long tasks from the first script until now (after the GC's pause).
    const loading = await page.evaluate(() => window.__bench.loadStats());
    const result = {
      renderMs: ready.renderMs,
      paintedMs: ready.paintedMs,
      cardMs: ready.cardMs,
      ...loading,
      ...cards,
      scriptMs: atRender.ScriptDuration * 1000,
      layoutMs: atRender.LayoutDuration * 1000,
      taskMs: atRender.TaskDuration * 1000,
      heapMB: afterGc.JSHeapUsedSize / 2 ** 20,
      domNodes,
      allNodes,
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

// `--report latest.json` prints the table of a saved run again, without measuring.
if (options.report) {
  const saved = JSON.parse(readFileSync(join(RESULTS, options.report), 'utf8'));
  for (const row of saved.rows) row.summary = summarize(row.samples);
  console.log(table(saved.rows));
  console.log(`\n${pairedTable(saved.rows)}`);
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
if (libs.some((lib) => LIBRARIES[lib].prerendered)) Object.assign(dataBytes, await writePrerendered(sizes));
if (options.baseline) writeBaseline(options.baseline);
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
          result = await measure(browser, origin, lib, n, { scroll: !options['load-only'] });
        } catch (error) {
          result = { error: error instanceof Timeout ? `timeout: ${error.message}` : String(error) };
        }
        list.push(result);
        const shown = result.error
          ? result.error
          : `render ${result.renderMs.toFixed(0)} ms, painted ${result.paintedMs?.toFixed(0)} ms, ${result.domNodes} nodes, ${result.steps} steps`;
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
const paired = pairedTable(rows);
console.log(`${markdown}\n\n${paired}`);
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
      options: { sizes, runs, libs, timeout, latency, viewport: VIEWPORT },
      dataBytes,
      table: markdown,
      paired,
      rows,
    },
    null,
    2,
  ),
);
console.error(`wrote bench/results/${options.out} in ${((Date.now() - began) / 1000).toFixed(0)} s`);
