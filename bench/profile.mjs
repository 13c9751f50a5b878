// `node bench/profile.mjs [--n 50] [--lib storyline] [--runs 3] [--baseline <dist dir>]`: where the
// time goes between the bundle arriving and the first card painted, in Debian's headless Chromium.
// Loads the bench page (after `npm run build` and one `npm run bench`, which writes the data) with
// a CDP trace and V8's sampling profiler on, then prints, from navigation start: when the bundle
// was evaluated, the story fetched and the first card inserted and painted; the main thread's time
// by kind (script by source file, through the bundle's source map; style, layout, paint, parsing,
// idle) in that stretch; and the Lit updates it ran. See bench/README.md.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/browsers.mjs';
import { writeData } from './generate.mjs';
import { pageUrl } from './lib/libraries.mjs';
import { ROOT, serve } from './lib/server.mjs';
import { writeBaseline } from './lib/baseline.mjs';
import { sourceLookup } from './lib/source-map.mjs';

const { values: options } = parseArgs({
  options: {
    n: { type: 'string', default: '50' },
    lib: { type: 'string', default: 'storyline' },
    baseline: { type: 'string' },
    runs: { type: 'string', default: '3' },
  },
});
const n = Number(options.n);
/** The bundle's URL: this build's, or the baseline's. */
const BUNDLE = /\/(baseline-)?dist\/storyline\.js/;
const CATEGORIES = [
  'devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  'loading',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-v8.cpu_profiler',
];

/** Main-thread work by kind, from the trace's top-level events. */
const KINDS = {
  EvaluateScript: 'script: evaluate bundle',
  'v8.compileModule': 'script: compile',
  'v8.compile': 'script: compile',
  ParseHTML: 'parse HTML',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  UpdateLayer: 'paint',
  Commit: 'paint',
  ResourceReceivedData: 'network',
  GCEvent: 'GC',
  MinorGC: 'GC',
  MajorGC: 'GC',
};

function analyse(trace, lookup, marks) {
  const events = trace.traceEvents;
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame);
  const pid = nav.pid;
  const tid = nav.tid;
  const t0 = nav.ts;
  const ms = (ts) => (ts - t0) / 1000;
  const from = marks.bundleMs;
  const to = marks.paintedMs;
  // Samples of V8's profiler: self time by source file, in the window.
  const nodes = new Map();
  const bySource = new Map();
  let time = null;
  for (const e of events) {
    if (e.pid !== pid || (e.name !== 'ProfileChunk' && e.name !== 'Profile')) continue;
    if (e.name === 'Profile') time = e.args.data.startTime;
    const cpu = e.args?.data?.cpuProfile;
    for (const node of cpu?.nodes ?? []) nodes.set(node.id, node);
    const deltas = e.args?.data?.timeDeltas ?? [];
    (cpu?.samples ?? []).forEach((id, i) => {
      time += deltas[i] ?? 0;
      const at = ms(time);
      if (at < from || at > to) return;
      const frame = nodes.get(id)?.callFrame ?? {};
      const key = BUNDLE.test(frame.url ?? '')
        ? lookup(frame.lineNumber, frame.columnNumber)
        : frame.url
          ? frame.url.replace(/^https?:\/\/[^/]+/, '')
          : `(${frame.functionName || 'program'})`;
      bySource.set(key, (bySource.get(key) ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0) / 1000);
    });
  }
  // Top-level main-thread events: where the rest went.
  const byKind = new Map();
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid || e.ph !== 'X' || !e.dur) continue;
    const start = ms(e.ts);
    const end = start + e.dur / 1000;
    if (end < from || start > to) continue;
    const kind = KINDS[e.name];
    if (kind) byKind.set(kind, (byKind.get(kind) ?? 0) + (Math.min(end, to) - Math.max(start, from)));
    if (e.name === 'RunTask') byKind.set('(tasks, all)', (byKind.get('(tasks, all)') ?? 0) + e.dur / 1000);
  }
  return { bySource, byKind };
}

const server = await serve();
const origin = `http://127.0.0.1:${server.address().port}`;
writeData([n]);
// `--baseline <dist dir>`: profiles that build's bundle instead (see lib/baseline.mjs).
if (options.baseline) {
  writeBaseline(options.baseline);
  options.lib = 'storyline-baseline';
}
const map = JSON.parse(
  readFileSync(join(options.baseline ?? join(ROOT, 'dist'), 'storyline.js.map'), 'utf8'),
);
const lookup = sourceLookup(map);
const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: [
    ...CHROMIUM_ARGS,
    '--window-size=1280,800',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ],
});
const totals = [];
try {
  for (let run = 0; run <= Number(options.runs); run++) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    // Lit's updates, stamped from the page: the element's performUpdate, wrapped once defined.
    await page.evaluateOnNewDocument(() => {
      window.__updates = [];
      customElements.whenDefined('story-timeline').then((ctor) => {
        const perform = ctor.prototype.performUpdate;
        ctor.prototype.performUpdate = function () {
          const start = performance.now();
          perform.call(this);
          window.__updates.push([start, performance.now() - start]);
        };
      });
    });
    await page.tracing.start({ categories: CATEGORIES });
    await page.goto(origin + pageUrl(options.lib, n), { waitUntil: 'domcontentloaded' });
    const ready = await page.evaluate(() => window.__bench.ready);
    const timing = await page.evaluate(() => {
      const entry = (part) => performance.getEntriesByType('resource').find((r) => r.name.includes(part));
      const { startTime: storyStart, responseEnd: storyEnd } = entry('/data/story-') ?? {};
      return {
        bundle: entry('dist/storyline.js')?.responseEnd,
        storyStart,
        storyEnd,
        updates: window.__updates,
      };
    });
    const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
    await context.close();
    if (run === 0) continue; // a warm-up load
    const marks = {
      bundleMs: timing.bundle ?? 0,
      storyRequestedMs: timing.storyStart ?? null,
      storyMs: timing.storyEnd ?? null,
      cardMs: ready.cardMs,
      paintedMs: ready.paintedMs,
    };
    const { bySource, byKind } = analyse(trace, lookup, marks);
    totals.push({ marks, bySource, byKind, updates: timing.updates });
  }
} finally {
  await browser.close();
  server.close();
}

const median = (list) => [...list].sort((a, b) => a - b)[list.length >> 1];
const fmt = (v) => (v === null || v === undefined ? '–' : v.toFixed(0).padStart(5));
console.log(`${options.lib}, ${n} events, ${totals.length} loads (medians, ms from navigation start)`);
for (const key of ['bundleMs', 'storyRequestedMs', 'storyMs', 'cardMs', 'paintedMs']) {
  console.log(`  ${key.padEnd(17)} ${fmt(median(totals.map((t) => t.marks[key])))}`);
}
console.log(`  Lit updates of the timeline before the first card painted (start @ duration):`);
for (const t of totals) {
  const shown = t.updates
    .filter(([start]) => start <= t.marks.paintedMs)
    .map(([start, dur]) => `${start.toFixed(0)}@${dur.toFixed(0)}`);
  console.log(`    ${shown.join('  ')}`);
}
const merged = (field) => {
  const keys = new Set(totals.flatMap((t) => [...t[field].keys()]));
  return [...keys]
    .map((key) => [key, median(totals.map((t) => t[field].get(key) ?? 0))])
    .filter(([, v]) => v >= 1)
    .sort((a, b) => b[1] - a[1]);
};
console.log('  main thread, bundle loaded → first card painted, by kind:');
for (const [key, value] of merged('byKind')) console.log(`    ${fmt(value)}  ${key}`);
console.log('  script self time by source (sampled), same stretch:');
for (const [key, value] of merged('bySource').slice(0, 25)) console.log(`    ${fmt(value)}  ${key}`);
