// The browsers every tool here drives: Debian's Chromium and Firefox ESR (nothing is downloaded).
// The test runner, the built-file tests, the screenshots and the benchmark share these, so that a
// flag added for one is not missing from the others.

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * Headless in a container, no GPU, and nothing the browser would fetch, sync or draw for itself:
 * without the two features, Chromium 156 loads its address bar's popup (a WebUI page of about 60
 * modules, in a renderer of its own) beside every page it opens, and on two cores that competes
 * with the page measured.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
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
