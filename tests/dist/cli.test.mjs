// The built CLI (dist/cli.js), run as a user would.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const run = (...args) => spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'storyline-'));

test('validate passes the stories in events/ and skips the schema', () => {
  const result = run('validate', 'events/china-russia-north-korea.json', 'events/end-of-roman-republic.json', 'events/schema.json');
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /china-russia-north-korea.json: ok, \d+ events/);
  assert.match(result.stdout, /schema.json: skipped/);
});

test('validate fails a copy with a bad month, a duplicate id and an end before its start, naming each path', () => {
  const story = JSON.parse(readFileSync('events/china-russia-north-korea.json', 'utf8'));
  story.events[3].date = '2023-13';
  story.events[5].id = story.events[4].id;
  story.events[6].end = '1900';
  const file = join(dir, 'bad.json');
  writeFileSync(file, JSON.stringify(story));
  const result = run('validate', file);
  assert.equal(result.status, 1);
  assert.match(result.stdout, new RegExp(`${file}: events\\[3\\]\\.date: "2023-13" is not a date \\(month 13\\)`));
  assert.match(result.stdout, /events\[5\]\.id: ".+" is already the id of events\[4\]/);
  assert.match(result.stdout, /events\[6\]\.end: "1900" is before the date/);
});

test('convert turns a TimelineJS sheet export and a TimelineJS JSON file into the same valid story', () => {
  const csv = run('convert', 'tests/fixtures/mini-timelinejs.csv');
  const json = run('convert', 'tests/fixtures/mini-timelinejs.json');
  assert.equal(csv.status, 0, csv.stderr);
  assert.equal(json.status, 0, json.stderr);
  const ids = (out) => JSON.parse(out).events.map((e) => `${e.id} ${e.date}`);
  assert.deepEqual(ids(csv.stdout), ids(json.stdout));
  assert.deepEqual(ids(csv.stdout), ['caesar -0044-03-15', 'crimea 2014', 'shoigu-visit 2023-07', 'summit 2023-09-13']);
  const converted = join(dir, 'converted.json');
  writeFileSync(converted, json.stdout);
  assert.equal(run('validate', converted).status, 0);
});

test('convert reports problems as file: path: message and exits 1', () => {
  const file = join(dir, 'bad.csv');
  writeFileSync(file, 'id,date,title,summary,source\nx,July 2023,T,S,Src\n');
  const result = run('convert', file);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /bad.csv: events\[0\]\.date: "July 2023" is not a date/);
});

test('validate --strict passes the report story, and holds every event to an id, a summary and a source', () => {
  const report = run('validate', '--strict', 'events/china-russia-north-korea.json');
  assert.equal(report.status, 0, report.stdout);
  assert.doesNotMatch(report.stdout, /warning/);
  const story = JSON.parse(readFileSync('events/china-russia-north-korea.json', 'utf8'));
  delete story.events[0].id;
  delete story.events[1].summary;
  story.events[2].sources = [];
  const file = join(dir, 'lenient.json');
  writeFileSync(file, JSON.stringify(story));
  const lenient = run('validate', file);
  assert.equal(lenient.status, 0, lenient.stdout);
  assert.match(lenient.stdout, /events\[0\]\.id: warning: is missing: "\d{4}[-\w]*" is used/);
  assert.match(lenient.stdout, /events\[1\]\.summary: warning: is missing/);
  assert.match(lenient.stdout, /events\[2\]\.sources: warning: is missing/);
  assert.match(lenient.stdout, /ok, 42 events/);
  const strict = run('validate', '--strict', file);
  assert.equal(strict.status, 1);
  assert.match(strict.stdout, /events\[0\]\.id: is missing/);
  assert.match(strict.stdout, /events\[1\]\.summary: is missing/);
  assert.match(strict.stdout, /events\[2\]\.sources: is missing/);
});

test('a timeline written in a rich-text field validates with warnings, and fails --strict', () => {
  const page = 'tests/fixtures/rich-text.html';
  const lenient = run('validate', page);
  assert.equal(lenient.status, 0, lenient.stdout);
  assert.match(lenient.stdout, /rich-text.html: ok, 4 events/);
  assert.equal(lenient.stdout.match(/sources: warning: is missing/g)?.length, 4);
  assert.equal(run('validate', '--strict', page).status, 1);
  const converted = JSON.parse(run('convert', page).stdout);
  assert.deepEqual(
    converted.events.map((e) => [e.id, e.sources ?? 'none']),
    [['ukraine', []], ['shoigu', []], ['summit', []], ['satellite', []]],
  );
});

test('convert invents no source: a TimelineJS or CSV event without a link cites none', () => {
  for (const input of ['tests/fixtures/mini-timelinejs.csv', 'tests/fixtures/mini-timelinejs.json']) {
    const story = JSON.parse(run('convert', input).stdout);
    const cited = story.events.flatMap((e) => e.sources.map((s) => `${e.id}: ${s.title}`));
    assert.deepEqual(cited, input.endsWith('.json') ? ['caesar: killed'] : [], input);
  }
});

test('usage errors exit 2', () => {
  assert.equal(run().status, 2);
  assert.equal(run('convert').status, 2);
});

test('render writes the Roman Republic pre-rendered, its dates BCE, and in Korean with --locale ko', () => {
  const english = run('render', 'events/end-of-roman-republic.json');
  assert.equal(english.status, 0, english.stderr);
  assert.match(english.stdout, /^<!--lit-part[^>]*-->(<!--lit-node 0-->)?<story-timeline[^>]* locale="en"/);
  assert.match(english.stdout, /<template shadowroot="open" shadowrootmode="open">/);
  assert.match(english.stdout, /<time part="date" class="date" datetime="-0044-03-15"><!--(island:)?lit-part-->March 15, 44 BCE/);
  const korean = run('render', 'events/end-of-roman-republic.json', '--locale', 'ko');
  assert.equal(korean.status, 0, korean.stderr);
  assert.match(korean.stdout, /locale="ko" defer-hydration/);
  assert.match(korean.stdout, /datetime="-0044-03-15"><!--(island:)?lit-part-->기원전 44년 3월 15일/);
});

test('render puts every title and date of the report in the HTML, in a page of the reader\'s colour scheme, and no story text ends its script', () => {
  const story = JSON.parse(readFileSync('events/china-russia-north-korea.json', 'utf8'));
  const result = run('render', 'events/china-russia-north-korea.json', '--page', 'dist/');
  assert.equal(result.status, 0, result.stderr);
  const escaped = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  for (const event of story.events) {
    assert.ok(result.stdout.includes(`datetime="${event.date}"`), `no date for ${event.id}`);
    assert.ok(result.stdout.includes(escaped(event.title)), `no title for ${event.id}`);
  }
  assert.match(result.stdout, /<link rel="modulepreload" href="dist\/storyline.js" \/>\s*<script type="module" src="dist\/hydrate.js"><\/script>/);
  // The page follows the reader's colour scheme, as the timeline does: in dark mode, not light text on the browser's white.
  assert.match(result.stdout, /<meta name="color-scheme" content="light dark" \/>/);
  const hostile = join(dir, 'hostile.json');
  story.events[0].title = '</script><script>alert(1)</script>';
  writeFileSync(hostile, JSON.stringify(story));
  const out = run('render', hostile).stdout;
  assert.equal(out.match(/<\/script>/g).length, 1, 'the inline story ends only its own script');
});
