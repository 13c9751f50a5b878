// Runs every test in headless Chromium and Firefox ESR from Debian's packages (nothing is downloaded),
// and the date tests once more in three far-apart timezones.
import { readdirSync, readFileSync } from 'node:fs';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { CHROMIUM, CHROMIUM_ARGS, FIREFOX, NO_THROTTLING } from './tests/browsers.mjs';
import { REACT_VERSIONS, installReact, reactPage, reactVersions } from './tests/react/react-versions.mjs';

const chromium = (timezone) =>
  chromeLauncher({
    launchOptions: {
      executablePath: CHROMIUM,
      headless: true,
      // Test pages run side by side.
      args: [...CHROMIUM_ARGS, ...NO_THROTTLING],
      ...(timezone && { env: { ...process.env, TZ: timezone } }),
    },
  });

/** Firefox, with preferences of its own where its driver cannot emulate a media feature. */
const firefox = (prefs) =>
  chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: {
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      ...(prefs && { extraPrefsFirefox: prefs }),
    },
  });

/** Serves `/__stories`: the story files in events/, so a test can check every one of them. */
const storyList = {
  name: 'story-list',
  serve(context) {
    if (context.path !== '/__stories') return undefined;
    const files = readdirSync('events').filter((f) => f.endsWith('.json') && f !== 'schema.json');
    return { body: JSON.stringify(files), type: 'json' };
  },
};

/**
 * `/__delay/<ms>/<path>` answers with the file at <path> after <ms> milliseconds, and
 * `/__status/<code>` with that HTTP status: for loading, abort and error tests.
 */
async function slowAndFailing(context, next) {
  const delay = /^\/__delay\/(\d+)(\/.*)$/.exec(context.path);
  const status = /^\/__status\/(\d+)$/.exec(context.path);
  if (delay) {
    await new Promise((resolve) => setTimeout(resolve, Number(delay[1])));
    context.type = 'application/json';
    context.body = readFileSync(`.${delay[2]}`, 'utf8');
  } else if (status) {
    context.status = Number(status[1]);
    context.body = 'failure on purpose';
  } else {
    await next();
  }
}

/** Ends the run with one plain line, `N passed, N failed, N skipped`, counted over every browser. */
function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      const walk = (suite) => {
        for (const test of suite?.tests ?? []) {
          if (test.skipped) counts.skipped++;
          else if (test.passed) counts.passed++;
          else counts.failed++;
        }
        for (const child of suite?.suites ?? []) walk(child);
      };
      for (const session of sessions) {
        walk(session.testResults);
        if (session.errors?.length) counts.failed += session.errors.length;
      }
      setTimeout(() =>
        console.log(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`),
      );
    },
  };
}

// BROWSERS=chromium or BROWSERS=firefox runs one; `npm test` runs them one after the other, so
// that two browsers never share the two cores (timing-sensitive scroll tests stay honest).
const only = process.env.BROWSERS;
const browsers =
  only === 'chromium' ? [chromium()] : only === 'firefox' ? [firefox()] : [chromium(), firefox()];

// Reduced motion: Chromium emulates it in the test; Firefox's driver cannot, so its browser in this
// group starts with motion reduced.
const reducedMotion = {
  name: 'reduced-motion',
  files: ['tests/motion/*.test.ts'],
  browsers: [
    ...(only === 'firefox' ? [] : [chromium()]),
    ...(only === 'chromium' ? [] : [firefox({ 'ui.prefersReducedMotion': 1 })]),
  ],
};

// The React wrappers' tests run once per React version, each in a group whose page maps `react`
// to that version (`npx wtr --group react-18`).
installReact();
const reactGroups = REACT_VERSIONS.map((major) => ({
  name: `react-${major}`,
  files: ['tests/react/*.test.ts'],
  testRunnerHtml: reactPage(major),
}));

export default {
  files: [
    'tests/**/*.test.ts',
    'src/**/*.test.ts',
    '!tests/core/timezone.test.ts',
    '!tests/react/**',
    '!tests/motion/**',
  ],
  nodeResolve: true,
  // One test file at a time: pages side by side in one browser slowed or stalled each other
  // (Firefox throttles pages not in front; in Chromium a loading test stalled beside a scrolly one).
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  // Generous: two browsers share two cores, and a first import of a language compiles its modules.
  testsFinishTimeout: 300000,
  browsers,
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    storyList,
    reactVersions(),
  ],
  middleware: [slowAndFailing],
  reporters: [defaultReporter(), countingReporter()],
  groups:
    only === 'firefox'
      ? [reducedMotion, ...reactGroups]
      : [
          {
            name: 'timezones',
            files: ['tests/core/dates.test.ts', 'tests/core/timezone.test.ts'],
            browsers: ['America/Los_Angeles', 'Asia/Seoul', 'Pacific/Kiritimati'].map(chromium),
          },
          reducedMotion,
          ...reactGroups,
        ],
};
