// Writes the pre-rendered bench page for each size: the generated story rendered on the server by
// the kit's own `renderTimeline` (dist/ssr/, from the snapshot), as a static site generator would.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DATA_DIR, generateStory } from '../generate.mjs';
import { ROOT, SNAPSHOT } from './server.mjs';

export async function writePrerendered(sizes) {
  const entry = join(ROOT, SNAPSHOT[1], 'ssr/index.js');
  const { renderTimeline } = await import(pathToFileURL(entry).href);
  const template = readFileSync(join(ROOT, 'bench/pages/storyline-prerendered.html'), 'utf8');
  const written = {};
  for (const n of sizes) {
    const timeline = await renderTimeline(generateStory(n));
    const name = `storyline-prerendered-${n}.html`;
    const page = template.replace('<!-- timeline -->', timeline);
    writeFileSync(join(DATA_DIR, name), page);
    written[name] = Buffer.byteLength(page);
  }
  return written;
}
