// Runs every test in headless Chromium and Firefox ESR from Debian's packages (nothing is downloaded),
// and the date tests once more in three far-apart timezones.
import { readdirSync } from 'node:fs';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const chromium = (timezone) =>
  chromeLauncher({
    launchOptions: {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      ...(timezone && { env: { ...process.env, TZ: timezone } }),
    },
  });

const firefox = () =>
  chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true },
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

const browsers = process.env.BROWSERS === 'chromium' ? [chromium()] : [chromium(), firefox()];

export default {
  files: ['tests/**/*.test.ts', 'src/**/*.test.ts', '!tests/core/timezone.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  browsers,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), storyList],
  groups: [
    {
      name: 'timezones',
      files: ['tests/core/dates.test.ts', 'tests/core/timezone.test.ts'],
      browsers: ['America/Los_Angeles', 'Asia/Seoul', 'Pacific/Kiritimati'].map(chromium),
    },
  ],
};
