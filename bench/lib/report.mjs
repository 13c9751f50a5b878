// Medians of a run's loads, bytes from disk, and the markdown table `npm run bench` prints.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LIBRARIES } from './libraries.mjs';
import { ROOT, snapshotPath } from './server.mjs';

function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const METRICS = [
  'renderMs',
  'paintedMs',
  'fcpMs',
  'lcpMs',
  'cls',
  'loadLongTasks',
  'loadLongTaskMs',
  'loadLongestTaskMs',
  'scriptMs',
  'layoutMs',
  'taskMs',
  'heapMB',
  'domNodes',
  'allNodes',
  'cards',
  'nodesPerCard',
  'elementsPerCard',
  'steps',
  'longTasks',
  'longTaskMs',
  'worstFrameGapMs',
  'meanFrameMs',
];

export function summarize(samples) {
  const ok = samples.filter((s) => !s.error);
  const medians = Object.fromEntries(METRICS.map((key) => [key, median(ok.map((s) => s[key]))]));
  const failed = samples.filter((s) => s.error);
  // Not a median: how many loads had a long task after their first paint (a pre-rendered page's
  // hydration, say), since a target may ask for none in any load.
  const loadsWithLongTask = ok.filter((s) => s.loadLongTasksAfterPaint > 0).length;
  return {
    ok: ok.length,
    runs: samples.length,
    failures: failed.map((s) => s.error),
    ...medians,
    loadsWithLongTask,
  };
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

/** Bytes of the JS and CSS the pages fetched (lazy chunks included), else of the files listed. */
export function loadedBytes(lib, samples) {
  const fetched = [...new Set(samples.flatMap((s) => s.files ?? []))].map((path) =>
    snapshotPath(path).slice(1),
  );
  const js = fetched.filter((file) => /\.m?js$/.test(file));
  const css = fetched.filter((file) => file.endsWith('.css'));
  return fetched.length
    ? { js: bytes(js), css: bytes(css), files: fetched }
    : { js: bytes(LIBRARIES[lib].js), css: bytes(LIBRARIES[lib].css) };
}

const kb = ({ raw, gzip }) =>
  raw ? `${(raw / 1024).toFixed(1)} (${(gzip / 1024).toFixed(1)})` : '0 (in JS)';
const fixed = (value, digits = 0) => (value === null || value === undefined ? '–' : value.toFixed(digits));
const ratio = (value, base) => (value !== null && base ? `${(value / base).toFixed(2)}×` : '–');

const HEAD = [
  'library',
  'events',
  'JS KB (gzip)',
  'CSS KB (gzip)',
  'render ms',
  'painted ms',
  'FCP ms',
  'render vs plain',
  'painted vs plain',
  'FCP vs plain',
  'render vs Storyline',
  'script ms',
  'main-thread ms',
  'heap MB',
  'DOM nodes',
  'all nodes',
  'nodes per card (elements)',
  'CLS',
  'long tasks loading',
  'longest task loading ms',
  'loads with a long task after first paint',
  'scroll steps',
  'long tasks',
  'long-task ms',
  'mean frame ms',
  'worst frame ms',
  'ok runs',
];

export function table(rows) {
  const lines = [`| ${HEAD.join(' | ')} |`, `|${HEAD.map(() => '---').join('|')}|`];
  for (const row of rows) {
    const s = row.summary;
    const of = (lib) => rows.find((r) => r.lib === lib && r.n === row.n)?.summary ?? {};
    const plain = of('plain');
    const failed = s.ok === 0 ? (s.failures[0]?.includes('timeout') ? 'timeout' : 'error') : null;
    const cells = failed
      ? [failed, '–', '–', '–', '–', '–', '–']
      : [
          fixed(s.renderMs),
          fixed(s.paintedMs),
          fixed(s.fcpMs),
          ratio(s.renderMs, plain.renderMs),
          ratio(s.paintedMs, plain.paintedMs),
          ratio(s.fcpMs, plain.fcpMs),
          ratio(s.renderMs, of('storyline').renderMs),
        ];
    lines.push(
      `| ${[
        LIBRARIES[row.lib].label,
        row.n,
        kb(row.bytes.js),
        kb(row.bytes.css),
        ...cells,
        fixed(s.scriptMs),
        fixed(s.taskMs),
        fixed(s.heapMB, 1),
        fixed(s.domNodes),
        fixed(s.allNodes),
        `${fixed(s.nodesPerCard, 1)} (${fixed(s.elementsPerCard, 1)})`,
        fixed(s.cls, 3),
        fixed(s.loadLongTasks),
        fixed(s.loadLongestTaskMs),
        `${s.loadsWithLongTask}/${s.ok}`,
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

/** The first quartile, the median and the third of a list of numbers (null when empty). */
function quartiles(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))];
  return [at(0.25), median(sorted), at(0.75)];
}

const PAIRED = [
  ['renderMs', 'render'],
  ['paintedMs', 'painted'],
  ['fcpMs', 'FCP'],
];

/**
 * Each library against the plain list load by load: a run loads every library in turn, so the
 * ratio of two loads of one run shares that moment's machine, and the median of those ratios (with
 * its first and third quartiles) moves less than the ratio of two medians.
 */
export function pairedTable(rows) {
  const head = ['library', 'events', ...PAIRED.map(([, label]) => `${label} vs plain`), 'runs'];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const row of rows) {
    const plain = rows.find((r) => r.lib === 'plain' && r.n === row.n);
    if (row.lib === 'plain' || !plain) continue;
    const pairs = row.samples
      .map((sample, i) => [sample, plain.samples[i]])
      .filter(([a, b]) => a && b && !a.error && !b.error);
    const cells = PAIRED.map(([key]) => {
      const q = quartiles(pairs.map(([a, b]) => a[key] / b[key]));
      return q ? `${q[1].toFixed(2)}× (${q[0].toFixed(2)}–${q[2].toFixed(2)})` : '–';
    });
    lines.push(`| ${[LIBRARIES[row.lib].label, row.n, ...cells, pairs.length].join(' | ')} |`);
  }
  return lines.join('\n');
}
