// Two builds: the library (ES modules, lit and date-fns external, one file per source module so
// that bundlers tree-shake it) and dist/storyline.js, one self-contained minified module.
import { readdirSync, readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { literalsHtmlCssMinifier } from '@literals/rollup-plugin-html-css-minifier';

/**
 * A date-fns locale is one object holding everything the library can do in that language; we only
 * ever format with our own patterns, so in the bundle each locale keeps `localize` and leaves out its
 * parser (`match`), its relative-time words (`formatDistance`, `formatRelative`) and its long
 * formats (`formatLong`, for the `P` and `p` tokens, which no pattern uses: see `DATE_TOKENS`).
 * The build fails if a locale stops looking the way this expects.
 */
function formatOnlyLocales() {
  const unused =
    /^import \{ (?:formatDistance|formatRelative|formatLong|match) \} from "[^"]+";\n|^ {2}(?:formatDistance|formatRelative|formatLong|match): \w+,\n/gm;
  return {
    name: 'format-only-locales',
    transform(code, id) {
      if (!/[\\/]date-fns[\\/]locale[\\/][\w-]+\.js$/.test(id)) return null;
      const slim = code.replace(unused, '');
      if (
        code.length - slim.length < 100 ||
        /\b(?:match|formatDistance|formatRelative|formatLong)\b/.test(slim)
      ) {
        this.error(`format-only-locales: ${id} is not shaped as expected`);
      }
      return { code: slim, map: null };
    },
  };
}

/**
 * date-fns's `format` carries a formatter for every token it knows (week years, ISO weeks, hours,
 * time zones…), which pulls in a dozen modules. The date patterns of every language
 * (`src/i18n/`) and of the code use only the tokens in `DATE_TOKENS`, so in the bundle the
 * formatters keep those and leave out the rest, the long formats (`P`, `p`) included. The build
 * fails if a language's pattern uses another token, or if date-fns's formatters stop looking the
 * way this expects.
 */
const DATE_TOKENS = ['y', 'M', 'L', 'd'];

/** The module with the exported object `name` keeping only the properties `keep` (all of them there). */
function keepOnly(code, id, name, keep) {
  const table = this.parse(code).body.find(
    (node) => node.type === 'ExportNamedDeclaration' && node.declaration?.declarations?.[0]?.id.name === name,
  )?.declaration.declarations[0].init;
  if (table?.type !== 'ObjectExpression') this.error(`used-date-formatters: ${id} is not shaped as expected`);
  const unused = table.properties.filter((p) => !keep.includes(p.key.name ?? p.key.value));
  if (table.properties.length - unused.length !== keep.length)
    this.error(`used-date-formatters: ${id} lacks one of ${keep.join(', ')}`);
  let slim = code;
  for (const property of unused.reverse()) {
    const end = slim[property.end] === ',' ? property.end + 1 : property.end;
    slim = slim.slice(0, property.start) + slim.slice(end);
  }
  return { code: slim, map: null };
}
function usedDateFormatters() {
  return {
    name: 'used-date-formatters',
    buildStart() {
      const files = [
        'src/i18n/en.ts',
        ...readdirSync('src/i18n/locales').map((f) => `src/i18n/locales/${f}`),
      ];
      for (const file of files) {
        const patterns = /patterns: \{([^}]*)\}/.exec(readFileSync(file, 'utf8'))?.[1];
        if (!patterns) this.error(`used-date-formatters: no patterns in ${file}`);
        for (const [, name, , pattern] of patterns.matchAll(/(\w+): (['"])(.*?)\2/g)) {
          if (name === 'bce') continue;
          const tokens = pattern.replace(/'[^']*'/g, '').match(/[A-Za-z]/g) ?? [];
          const unknown = tokens.filter((t) => !DATE_TOKENS.includes(t));
          if (unknown.length) this.error(`used-date-formatters: ${file} ${name} uses ${unknown.join(', ')}`);
        }
      }
    },
    transform(code, id) {
      // The checks for `D` and `Y` (day of year, week year: mistakes for `d` and `y`), and their
      // messages: no pattern has those tokens, as buildStart made sure.
      if (/[\\/]date-fns[\\/]_lib[\\/]protectedTokens\.js$/.test(id)) {
        if (!code.includes('export function warnOrThrowProtectedError('))
          this.error(`used-date-formatters: ${id} is not shaped as expected`);
        return {
          code: 'export const isProtectedDayOfYearToken = () => false, isProtectedWeekYearToken = () => false, warnOrThrowProtectedError = () => {};',
          map: null,
        };
      }
      if (/[\\/]date-fns[\\/]_lib[\\/]format[\\/]longFormatters\.js$/.test(id)) {
        if (!code.includes('export const longFormatters = {'))
          this.error(`used-date-formatters: ${id} is not shaped as expected`);
        return { code: 'export const longFormatters = {};', map: null };
      }
      // Each language's words: those formatters read its months and ordinal numbers, never its
      // eras, quarters, weekdays or day periods.
      if (/[\\/]date-fns[\\/]locale[\\/][\w-]+[\\/]_lib[\\/]localize\.js$/.test(id))
        return keepOnly.call(this, code, id, 'localize', ['ordinalNumber', 'month']);
      if (!/[\\/]date-fns[\\/]_lib[\\/]format[\\/]formatters\.js$/.test(id)) return null;
      return keepOnly.call(this, code, id, 'formatters', DATE_TOKENS);
    },
  };
}

/**
 * The stylesheets, copied as they are: dist/storyline.css (a page's rules for the moments before
 * the script, see the file) and dist/embed.css (the embed page's).
 */
function pageStyles() {
  return {
    name: 'page-styles',
    generateBundle() {
      for (const [fileName, path] of [
        ['storyline.css', 'src/storyline.css'],
        ['embed.css', 'src/embed/embed.css'],
      ])
        this.emitFile({ type: 'asset', fileName, source: readFileSync(path, 'utf8') });
    },
  };
}

const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' });
const external = (id) => /^(lit|@lit|@lit-labs\/[\w-]+|date-fns|csv-parse|parse5|react)(\/|$)/.test(id);

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
      'src/ssr/index.ts',
    ],
    external,
    // The templates are minified as in storyline.js: a pre-rendered element (rendered by this build
    // in Node) is taken over only if the browser's templates are the same strings (Lit compares a
    // digest of them).
    plugins: [typescript(), literalsHtmlCssMinifier({ failOnError: true })],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
  },
  {
    input: 'src/cli.ts',
    external: (id) => external(id) || id.startsWith('node:'),
    plugins: [typescript()],
    output: { file: 'dist/cli.js', format: 'es', banner: '#!/usr/bin/env node' },
  },
  // Lit's hydration support, for pre-rendered pages only: it must run before Lit, so it is a file
  // of its own, which loads dist/storyline.js once the page is painted (see src/hydrate.ts).
  {
    input: 'src/hydrate.ts',
    external: (id) => id === './storyline.js',
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      typescript(),
      // The licence banner is kept.
      terser({ ecma: 2022, module: true, format: { comments: /^!/ } }),
    ],
    output: {
      file: 'dist/hydrate.js',
      format: 'es',
      banner: '/*! Storyline hydration support. Includes Lit (BSD-3-Clause, Google LLC). */',
    },
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
      usedDateFormatters(),
      typescript(),
      // After TypeScript is stripped: minifies the CSS and HTML inside Lit's css`` and html`` templates.
      literalsHtmlCssMinifier({ failOnError: true }),
      // Lit's licence is kept once, as a banner, rather than once per module.
      terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: /^!/ } }),
      pageStyles(),
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
