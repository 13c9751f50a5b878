// The bench's static server on 127.0.0.1: each file read once and sent from memory in one write.
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

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
export const SNAPSHOT = ['/dist/', '/bench/results/dist/'];

/** The file a request path is served from, dist/ mapped to its snapshot. */
export const snapshotPath = (path) =>
  path.startsWith(SNAPSHOT[0]) ? SNAPSHOT[1] + path.slice(SNAPSHOT[0].length) : path;

export function serve() {
  const files = new Map();
  const server = createServer((req, res) => {
    const path = snapshotPath(normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)));
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
