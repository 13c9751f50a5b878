// `--baseline <dist dir>`: another build of the kit (a worktree's dist/, say main before a change),
// measured in the same run as this one, load for load, so that the two can be told apart by less
// than the run-to-run noise. Its dist/ is copied to bench/results/baseline-dist/ and its page is
// the client-rendered page with that bundle in place of this one.
import { cpSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DATA_DIR } from '../generate.mjs';
import { ROOT } from './server.mjs';

export const BASELINE_DIST = '/bench/results/baseline-dist/';

export function writeBaseline(dist) {
  const from = resolve(dist);
  statSync(join(from, 'storyline.js'));
  rmSync(join(ROOT, BASELINE_DIST), { recursive: true, force: true });
  cpSync(from, join(ROOT, BASELINE_DIST), { recursive: true });
  const page = readFileSync(join(ROOT, 'bench/pages/storyline.html'), 'utf8')
    .replace('<title>Bench: Storyline</title>', '<title>Bench: Storyline, baseline</title>')
    .replace('src="harness.js"', 'src="/bench/pages/harness.js"')
    .replace('src="storyline-bench.js"', 'src="/bench/pages/storyline-bench.js"')
    .replace('src="/dist/storyline.js"', `src="${BASELINE_DIST}storyline.js"`);
  if (!page.includes(BASELINE_DIST))
    throw new Error('bench/pages/storyline.html no longer loads /dist/storyline.js');
  writeFileSync(join(DATA_DIR, 'storyline-baseline.html'), page);
}
