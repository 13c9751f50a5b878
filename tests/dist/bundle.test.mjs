// Checks on the built single-file bundle (run after `npm run build`): its byte budget, and that it
// carries English only, with every other language in a chunk of its own.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';

const BUDGET_GZIP = 30 * 1024;
const bundle = readFileSync('dist/storyline.js');

test(`dist/storyline.js is at most ${BUDGET_GZIP} bytes gzipped`, () => {
  const gzip = gzipSync(bundle, { level: 9 }).length;
  console.log(`dist/storyline.js: ${bundle.length} bytes, ${gzip} gzipped`);
  assert.ok(gzip <= BUDGET_GZIP, `${gzip} bytes gzipped is over the budget of ${BUDGET_GZIP}`);
});

// The build minifies a css`` template only when it has no expression in it: one that has one
// ships its comments and indentation.
test('the styles in the bundle and its chunks are minified: no comment, no indentation', () => {
  const files = ['dist/storyline.js', ...readdirSync('dist/chunks').filter((f) => f.endsWith('.js')).map((f) => `dist/chunks/${f}`)];
  for (const file of files) {
    const text = readFileSync(file, 'utf8').replace(/^\/\*![^]*?\*\//, '');
    const comment = /\/\*[^]{0,60}/.exec(text);
    assert.equal(comment, null, `${file} holds a comment: ${comment?.[0]}`);
    assert.ok(!/\n {2,}[a-z-]+: [^;]+;\n/.test(text), `${file} holds an indented CSS declaration`);
  }
});

test('the bundle holds no language but English; each other is a chunk', () => {
  const text = bundle.toString('utf8');
  for (const word of ['2023년', 'juillet', 'Dezember', 'декабря', 'يوليو', '紀元前', 'Zeitleiste']) {
    assert.ok(!text.includes(word), `the main bundle contains "${word}"`);
  }
  const chunks = readdirSync('dist/chunks')
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(`dist/chunks/${f}`, 'utf8'));
  for (const word of [
    '기원전',
    '紀元前',
    '公元前',
    'av. J.-C.',
    'v. Chr.',
    'до н. э.',
    'до н. е.',
    'a. C.',
    'ق.م',
    'לפנה״ס',
  ]) {
    assert.equal(chunks.filter((c) => c.includes(word)).length, 1, `"${word}" is not in exactly one chunk`);
  }
});

test('loading the bundle defines the elements without side effects on import of the library', () => {
  const library = readFileSync('dist/index.js', 'utf8');
  assert.ok(!library.includes('customElements.define'), 'dist/index.js registers elements');
  assert.ok(bundle.toString('utf8').includes('story-timeline'));
});

// Lit's licence (BSD-3-Clause) asks that a copy of it carry its notice: each file a page loads that
// holds Lit opens with a banner naming it.
test('each single file that holds Lit names its licence', () => {
  for (const file of ['dist/storyline.js', 'dist/hydrate.js']) {
    const text = readFileSync(file, 'utf8');
    assert.ok(text.includes('lit-html'), `${file} does not hold Lit`);
    assert.match(text, /^\/\*! [^*]*Includes Lit \(BSD-3-Clause, Google LLC\)/, `${file} has no licence banner`);
  }
});
