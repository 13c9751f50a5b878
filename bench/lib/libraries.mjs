// What the bench measures: each library's page and the files it ships (counted for bytes; the
// harness is not). `url(n)` is where its page for n events is; by default bench/pages/<page>?n=.

const storylineJs = ['bench/results/dist/storyline.js'];

export const LIBRARIES = {
  storyline: { label: 'Storyline', page: 'storyline.html', js: storylineJs, css: [] },
  // The same story rendered by `renderTimeline` (the ./ssr entry) into the HTML the browser receives,
  // then hydrated by dist/storyline.js; the page is written before the run (prerendered.mjs).
  'storyline-prerendered': {
    label: 'Storyline, pre-rendered',
    url: (n) => `/bench/results/data/storyline-prerendered-${n}.html?n=${n}`,
    js: storylineJs,
    css: [],
    prerendered: true,
  },
  // Not in the default set: that page without the kit's scripts (no hydration): the HTML's own cost.
  'storyline-scriptless': {
    label: 'Storyline, pre-rendered, no script',
    url: (n) => `/bench/results/data/storyline-scriptless-${n}.html?n=${n}`,
    js: [],
    css: [],
    prerendered: true,
  },
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
  // With `--baseline <dist dir>`: another build's bundle on the client-rendered page (baseline.mjs).
  'storyline-baseline': {
    label: 'Storyline, baseline',
    url: (n) => `/bench/results/data/storyline-baseline.html?n=${n}`,
    js: ['bench/results/baseline-dist/storyline.js'],
    css: [],
    baseline: true,
  },
  // Not in the default set: Storyline with prefers-reduced-motion (no scroll-driven card animations).
  'storyline-reduced': {
    label: 'Storyline, reduced motion',
    page: 'storyline.html',
    js: storylineJs,
    css: [],
    media: [{ name: 'prefers-reduced-motion', value: 'reduce' }],
  },
  // Not in the default set: the client-rendered page with the story preloaded, as the README advises
  // (`<link rel="preload" as="fetch" crossorigin>`): its fetch starts before the bundle has arrived.
  'storyline-preload': {
    label: 'Storyline, story preloaded',
    url: (n) => `/bench/pages/storyline.html?n=${n}&preload`,
    js: storylineJs,
    css: [],
  },
  // Not in the default set: the plain list, started only once dist/storyline.js has been evaluated,
  // as an element the bundle defines must be: the floor under Storyline's client-side render.
  'plain-after-bundle': {
    label: 'plain list after storyline.js',
    url: (n) => `/bench/pages/plain.html?n=${n}&after-bundle`,
    js: [...storylineJs, 'bench/pages/plain-list.js'],
    css: ['bench/pages/plain-list.css'],
  },
  plain: {
    label: 'plain list',
    page: 'plain.html',
    js: ['bench/pages/plain-list.js'],
    css: ['bench/pages/plain-list.css'],
  },
};

export const pageUrl = (lib, n) => LIBRARIES[lib].url?.(n) ?? `/bench/pages/${LIBRARIES[lib].page}?n=${n}`;
