// A pre-rendered timeline after the page's scripts ran, as a test looks at it. Lit's hydration
// keeps the server's DOM, its `lit-part` markers and all; a timeline drawn again in the browser
// (storyline.js run without hydrate.js) has none of them left. A card marked at DOMContentLoaded
// cannot tell the two apart: storyline.js run as a module draws before that event.

/** The page's `<story-timeline>`: its event cards, and the server's Lit markers in its shadow root. */
export function takenOver(page) {
  return page.$eval('story-timeline', (el) => {
    const comments = document.createTreeWalker(el.shadowRoot, NodeFilter.SHOW_COMMENT);
    let serverMarkers = 0;
    while (comments.nextNode()) if (comments.currentNode.data.startsWith('lit-part')) serverMarkers++;
    return { cards: el.shadowRoot.querySelectorAll('article[part~="event"]').length, serverMarkers };
  });
}

/** Scrolls the thirteenth card to the middle of the view; resolves once the active event has moved. */
export async function activeFollowsScroll(page) {
  const first = await page.$eval('story-timeline', (el) => el.activeId);
  await page.$eval('story-timeline', (el) =>
    el.shadowRoot.querySelectorAll('article')[12].scrollIntoView({ block: 'center' }),
  );
  await page
    .waitForFunction((was) => document.querySelector('story-timeline').activeId !== was, { timeout: 10000 }, first)
    .catch(() => {
      throw new Error(`the active event stayed ${first} as the reader scrolled`);
    });
}
