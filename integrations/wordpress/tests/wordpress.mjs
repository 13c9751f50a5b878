// A real WordPress for the plugin's tests: Debian's WordPress 6.1 (`apt-get install wordpress
// wordpress-theme-twentytwentythree wordpress-theme-twentytwentyone`: a block theme and a classic
// one), copied with its links followed and without its wp-config.php, served by WordPress
// Playground's CLI (PHP as WebAssembly, SQLite), with WP_DEBUG on and every PHP notice logged.
// Beside it, a story host like the one a newsroom publishes with the kit (events/,
// demo/embed.html, dist/ and dist/oembed/), on 127.0.0.1.
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import process from 'node:process';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const HERE = fileURLToPath(new URL('../', import.meta.url));
const DEBIAN_WORDPRESS = '/usr/share/wordpress';
const PHP_VERSION = process.env.WP_PHP ?? '7.4';

/** A fresh copy of Debian's WordPress in a temporary folder. */
export function copyWordPress() {
  const themes = ['twentytwentythree', 'twentytwentyone'];
  if (!themes.every((theme) => existsSync(join(DEBIAN_WORDPRESS, 'wp-content/themes', theme)))) {
    throw new Error(`apt-get install wordpress ${themes.map((t) => `wordpress-theme-${t}`).join(' ')} first`);
  }
  const work = mkdtempSync(join(tmpdir(), 'storyline-wp-'));
  const root = join(work, 'wordpress');
  cpSync(DEBIAN_WORDPRESS, root, { recursive: true, dereference: true });
  // Debian's wp-config.php reads /etc/wordpress; Playground writes its own (SQLite).
  rmSync(join(root, 'wp-config.php'), { force: true });
  return { work, root };
}

/**
 * Boots Playground on a copy of WordPress; resolves once the home page answers.
 * `log()` is everything the server printed; `debugLog()` is wp-content/debug.log.
 */
export async function startWordPress({ port, root }) {
  const bin = join(HERE, 'node_modules/.bin/wp-playground-cli');
  const args = [
    'server',
    `--auto-mount=${root}`,
    `--port=${port}`,
    `--php=${PHP_VERSION}`,
    '--wordpress-install-mode=install-from-existing-files',
    '--workers=1',
    ...['WP_DEBUG', 'WP_DEBUG_LOG', 'SCRIPT_DEBUG'].flatMap((name) => ['--define-bool', name, 'true']),
    ...['--define-bool', 'WP_DEBUG_DISPLAY', 'false'],
  ];
  const child = spawn(bin, args, { cwd: HERE, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Playground exited (${child.exitCode}):\n${output}`);
    if (Date.now() - started > 600_000)
      throw new Error(`Playground did not answer in 10 minutes:\n${output}`);
    try {
      const response = await fetch(`${url}/`, { signal: AbortSignal.timeout(30_000) });
      if (response.ok && /<title>/.test(await response.text())) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  const logFile = join(root, 'wp-content/debug.log');
  const readLog = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '');
  // Debian's install.php logs two notices of its own while Playground installs WordPress
  // ($upload_path, $upload_url_path): the log is read from the end of the install on.
  const installLog = readLog();
  const debugLog = () => readLog().slice(installLog.length);
  return {
    url,
    bootSeconds: (Date.now() - started) / 1000,
    installLog,
    log: () => output,
    debugLog,
    stop() {
      // The CLI runs its PHP workers as children: end the whole process group it leads.
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    },
  };
}

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.csv': 'text/csv',
  '.svg': 'image/svg+xml',
};

/**
 * The story host: the repository's events/, demo/ and dist/, open to other origins (the shortcode
 * reads a story across origins), with dist/oembed/ written for this host's own address.
 */
export async function startStoryHost({ port }) {
  const base = `http://127.0.0.1:${port}/`;
  const oembed = mkdtempSync(join(tmpdir(), 'storyline-oembed-'));
  const stories = ['china-russia-north-korea.json', 'end-of-roman-republic.json'].map((f) =>
    join(REPO, 'events', f),
  );
  execFileSync(process.execPath, [
    join(REPO, 'dist/cli.js'),
    'oembed',
    '--base',
    base,
    '--out',
    oembed,
    ...stories,
  ]);
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url, base);
    const inOembed = pathname.startsWith('/dist/oembed/');
    const dir = inOembed ? oembed : REPO;
    const path = normalize(
      join(dir, decodeURIComponent(inOembed ? pathname.slice('/dist/oembed/'.length) : pathname)),
    );
    const allowed = ['events', 'demo', 'dist'].some((top) => path.startsWith(join(REPO, top)));
    if (!(inOembed ? path.startsWith(oembed) : allowed) || !existsSync(path) || !statSync(path).isFile()) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'access-control-allow-origin': '*',
    });
    res.end(readFileSync(path));
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    base,
    stop() {
      server.close();
      rmSync(oembed, { recursive: true, force: true });
    },
  };
}
