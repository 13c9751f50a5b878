// The browsers every tool here drives: Debian's Chromium and Firefox ESR (nothing is downloaded).
// The test runner, the built-file tests, the screenshots and the benchmark share these, so that a
// flag added for one is not missing from the others.

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Headless in a container, no GPU, and nothing the browser would fetch or sync for itself. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * For pages that run side by side (the test runner's): none may have its timers or frames slowed
 * for being behind another window. The bench and the screenshots show one page at a time.
 */
export const NO_THROTTLING = [
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];
