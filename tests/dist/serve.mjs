// A static server on 127.0.0.1 for the built-file tests, with extra routes and headers, and the
// browsers to drive: Debian's Chromium and Firefox ESR through puppeteer-core (nothing downloads).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS, FIREFOX } from '../browsers.mjs';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.csv': 'text/csv' };

/**
 * Serves the repository (or the folder `root`) on 127.0.0.1 (at `port`, any free one by default);
 * `pages` maps a path to `{ body, headers }`. Resolves with the origin and a stop function.
 * `headers` go on every file served (`Access-Control-Allow-Origin`, for a host configured for
 * sandboxed embeds), except under the paths in `noCors`; `hostname` names the origin (`localhost`
 * makes a second site beside `127.0.0.1`, for iframes that are really cross-origin).
 */
export async function serve(pages = {}, { root = '.', port = 0, headers = {}, hostname = '127.0.0.1', noCors = [] } = {}) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const page = pages[url.pathname];
    if (page) {
      res.writeHead(200, { 'content-type': 'text/html', ...page.headers });
      res.end(page.body);
      return;
    }
    const relative = normalize(join('.', decodeURIComponent(url.pathname)));
    const path = join(root, relative);
    if (relative.startsWith('..') || !existsSync(path) || statSync(path).isDirectory()) {
      res.writeHead(404);
      res.end();
      return;
    }
    const extra = noCors.some((prefix) => url.pathname.startsWith(prefix)) ? {} : headers;
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', ...extra });
    res.end(readFileSync(path));
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { origin: `http://${hostname}:${server.address().port}`, stop: () => server.close() };
}

export const BROWSERS = {
  chromium: () =>
    puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
    }),
  firefox: () =>
    puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true }),
};
