// Writes the pre-rendered bench pages for each size: the generated story rendered on the server by
// the kit's own `renderTimeline` (dist/ssr/, from the snapshot), as a static site generator would;
// and the same page with the kit's scripts taken out, what a reader without JavaScript (or a
// crawler) gets: its first paint is the HTML's own cost.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DATA_DIR, generateStory } from '../generate.mjs';
import { ROOT, SNAPSHOT } from './server.mjs';

const KIT_SCRIPTS = [
  '<link rel="modulepreload" href="/dist/storyline.js" />',
  '<script type="module" src="/dist/hydrate.js"></script>',
];

export async function writePrerendered(sizes) {
  const entry = join(ROOT, SNAPSHOT[1], 'ssr/index.js');
  const { renderTimeline } = await import(pathToFileURL(entry).href);
  const template = readFileSync(join(ROOT, 'bench/pages/storyline-prerendered.html'), 'utf8');
  let scriptless = template.replace(
    '__bench.prerendered = true;',
    '__bench.prerendered = __bench.scriptless = true;',
  );
  for (const tag of KIT_SCRIPTS) {
    if (!template.includes(tag))
      throw new Error(`bench/pages/storyline-prerendered.html no longer has ${tag}`);
    scriptless = scriptless.replace(tag, '');
  }
  const written = {};
  for (const n of sizes) {
    const timeline = await renderTimeline(generateStory(n));
    for (const [name, page] of [
      [`storyline-prerendered-${n}.html`, template],
      [`storyline-scriptless-${n}.html`, scriptless],
    ]) {
      const html = page.replace('<!-- timeline -->', timeline);
      writeFileSync(join(DATA_DIR, name), html);
      written[name] = Buffer.byteLength(html);
    }
  }
  return written;
}
