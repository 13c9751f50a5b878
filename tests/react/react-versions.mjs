// React 18 and React 19 for the browser tests of `storyline-kit/react`. Both are CommonJS on npm,
// so the test server builds each into one ES module with esbuild (React and its react-dom
// together: one copy of React per page), and a test group's page maps `react` and
// `react-dom/client` to one version with an import map.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const REACT_VERSIONS = ['18', '19'];
const dir = fileURLToPath(new URL('.', import.meta.url));
const require = createRequire(import.meta.url);

/** On a fresh clone, installs this folder's packages (React under aliases) from the registry. */
export function installReact() {
  if (existsSync(`${dir}node_modules/react-dom-19`)) return;
  console.log('Installing React 18 and 19 for the React tests (tests/react/package.json)');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: dir, stdio: 'inherit' });
}

/** The page of the test group that runs on React `major`. */
export function reactPage(major) {
  const imports = {
    react: `/__react/${major}/react.js`,
    'react-dom/client': `/__react/${major}/react-dom-client.js`,
  };
  // The import map stands before `<head>` (where the parser puts it all the same): the runner
  // inserts a module script after `<head>`, and Firefox ignores an import map that comes after one.
  return (testFramework) => `<!doctype html>
<html data-react="${major}">
  <script type="importmap">${JSON.stringify({ imports })}</script>
  <head></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`;
}

async function bundle(major) {
  const result = await build({
    stdin: {
      contents: `export { default as React } from 'react'; export * as client from 'react-dom/client';`,
      resolveDir: dir,
    },
    // Aliases resolve from the working directory: this folder, where React is installed.
    absWorkingDir: dir,
    alias: { react: `react-${major}`, 'react-dom': `react-dom-${major}` },
    define: { 'process.env.NODE_ENV': '"development"' },
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** Named exports for a CommonJS module's keys, read from the `from` binding. */
const named = (keys, from) =>
  `export const { ${keys.filter((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default').join(', ')} } = ${from};`;

/** The names React exports, read in Node from its production build (the development one logs). */
function reactKeys(major) {
  const mode = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    return Object.keys(require(`react-${major}`));
  } finally {
    if (mode === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = mode;
  }
}

/** Serves `/__react/<major>/{react,react-dom-client,bundle}.js`; leaves `react` bare for the import map. */
export function reactVersions() {
  const bundles = new Map();
  return {
    name: 'react-versions',
    resolveImport({ source }) {
      if (source === 'react' || source === 'react-dom/client') return source;
      return undefined;
    },
    async serve(context) {
      const match = /^\/__react\/(\d+)\/(react|react-dom-client|bundle)\.js$/.exec(context.path);
      if (!match || !REACT_VERSIONS.includes(match[1])) return undefined;
      const [, major, file] = match;
      if (file === 'bundle') {
        if (!bundles.has(major)) bundles.set(major, bundle(major));
        return { body: await bundles.get(major), type: 'js' };
      }
      const body =
        file === 'react'
          ? `import { React } from './bundle.js';\nexport default React;\n${named(reactKeys(major), 'React')}`
          : `import { client } from './bundle.js';\n${named(['createRoot', 'hydrateRoot'], 'client')}`;
      return { body, type: 'js' };
    },
  };
}
