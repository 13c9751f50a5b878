// What a reader's browser sees of a WordPress page, for the plugin's tests: console errors, the
// layout shift while it loads, the timeline's events, the active event following the scroll, and
// anything in the post's content that could run script.

/** How long a page may take to load, or a timeline to show its events. */
export const LOADED = 180_000;

/** A page of `context` that records console errors and uncaught exceptions, and the layout shift. */
export async function readerPage(context) {
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  // Playground runs one PHP worker: on a busy two-core machine a page can take a minute.
  page.setDefaultTimeout(LOADED);
  page.setDefaultNavigationTimeout(LOADED);
  page.errors = [];
  page.on('console', (message) => message.type() === 'error' && page.errors.push(message.text()));
  page.on('pageerror', (error) => page.errors.push(String(error)));
  // How far the page's content moved while it loaded (cumulative layout shift, as Chromium scores it).
  await page.evaluateOnNewDocument(() => {
    window.__layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return page;
}

/** Waits for a timeline (in a page or frame) to show `count` events; returns the element handle. */
export async function waitForEvents(frame, count) {
  await frame.waitForFunction(
    (count) =>
      document.querySelector('story-timeline')?.shadowRoot?.querySelectorAll('article').length === count,
    { timeout: LOADED },
    count,
  );
  return frame.$('story-timeline');
}

/** Scrolls the frame's window a screen at a time until the active event changes. */
export async function activeChangesOnScroll(frame) {
  const first = await frame.evaluate(async () => {
    const timeline = document.querySelector('story-timeline');
    timeline.scrollIntoView();
    await new Promise((resolve) => setTimeout(resolve, 500));
    return timeline.getAttribute('active-id');
  });
  for (let step = 0; step < 10; step++) {
    await frame.evaluate(() => window.scrollBy(0, innerHeight * 0.8));
    const changed = await frame
      .waitForFunction(
        (first) => document.querySelector('story-timeline').getAttribute('active-id') !== first,
        { timeout: 2000 },
        first,
      )
      .then(
        () => true,
        () => false,
      );
    if (changed)
      return { first, then: await frame.$eval('story-timeline', (el) => el.getAttribute('active-id')) };
  }
  return { first, then: first };
}

/** What an attacker would need: a script, an on* attribute, a javascript: URL, or the flag set. */
export async function executables(page) {
  return page.evaluate(() => {
    const content = document.querySelector('.wp-block-post-content, .entry-content') ?? document.body;
    const found = [];
    for (const el of content.querySelectorAll('*')) {
      if (el.localName === 'script') found.push(`<script> ${el.outerHTML.slice(0, 80)}`);
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) found.push(`${el.localName}[${attr.name}]`);
        if (/^\s*javascript:/i.test(attr.value)) found.push(`${el.localName}[${attr.name}=${attr.value}]`);
      }
    }
    if (content.textContent.includes('[storyline')) found.push('a shortcode left unrendered');
    if (window.__pwned) found.push(`window.__pwned = ${window.__pwned}`);
    return found;
  });
}
