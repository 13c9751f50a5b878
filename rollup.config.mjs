// Two builds: the library (ES modules, lit and date-fns external, one file per source module so
// that bundlers tree-shake it) and dist/storyline.js, one self-contained minified module.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { literalsHtmlCssMinifier } from '@literals/rollup-plugin-html-css-minifier';

/**
 * A date-fns locale is one object holding everything the library can do in that language; we only
 * ever format, so in the bundle each locale keeps `localize` and `formatLong` and leaves out its
 * parser (`match`) and its relative-time words (`formatDistance`, `formatRelative`). The build
 * fails if a locale stops looking the way this expects.
 */
function formatOnlyLocales() {
  const unused =
    /^import \{ (?:formatDistance|formatRelative|match) \} from "[^"]+";\n|^ {2}(?:formatDistance|formatRelative|match): \w+,\n/gm;
  return {
    name: 'format-only-locales',
    transform(code, id) {
      if (!/[\\/]date-fns[\\/]locale[\\/][\w-]+\.js$/.test(id)) return null;
      const slim = code.replace(unused, '');
      if (code.length - slim.length < 100 || /\b(?:match|formatDistance|formatRelative)\b/.test(slim)) {
        this.error(`format-only-locales: ${id} is not shaped as expected`);
      }
      return { code: slim, map: null };
    },
  };
}

const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' });
const external = (id) => /^(lit|@lit|date-fns|csv-parse|parse5|react)(\/|$)/.test(id);

export default [
  {
    input: [
      'src/index.ts',
      'src/define.ts',
      'src/core/index.ts',
      'src/formats/index.ts',
      'src/components/timeline/define.ts',
      'src/components/event/define.ts',
      'src/components/era/define.ts',
      'src/components/scrolly/define.ts',
      'src/react/index.ts',
    ],
    external,
    plugins: [typescript()],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
  },
  {
    input: 'src/cli.ts',
    external: (id) => external(id) || id.startsWith('node:'),
    plugins: [typescript()],
    output: { file: 'dist/cli.js', format: 'es', banner: '#!/usr/bin/env node' },
  },
  // The embed page's script and the host pages' helper: small files of their own, no Lit inside.
  ...['embed', 'embed-host'].map((name) => ({
    input: `src/embed/${name}.ts`,
    plugins: [typescript(), terser({ ecma: 2022, module: true })],
    output: { file: `dist/${name}.js`, format: 'es' },
  })),
  {
    input: 'src/storyline.ts',
    // Let the entry export the few internals the language chunks share with it, rather than
    // turn it into a facade over a second file: storyline.js stays the one file to load.
    preserveEntrySignatures: 'allow-extension',
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      formatOnlyLocales(),
      typescript(),
      // After TypeScript is stripped: minifies the CSS and HTML inside Lit's css`` and html`` templates.
      literalsHtmlCssMinifier({ failOnError: true }),
      // Lit's licence is kept once, as a banner, rather than once per module.
      terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: /Storyline/ } }),
    ],
    // Languages other than English are dynamic imports: each becomes a chunk of its own.
    output: {
      banner: '/*! Storyline. Includes Lit (BSD-3-Clause, Google LLC) and date-fns (MIT). */',
      dir: 'dist',
      entryFileNames: 'storyline.js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      format: 'es',
      sourcemap: true,
    },
  },
];
