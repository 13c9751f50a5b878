// The Storyline pages' side of the harness (a classic script after harness.js), shared by the
// client-rendered page and the pre-rendered one: `__bench.watch(el)` stamps the points and scrolls.
// Rendered: the element is defined, the story is loaded and the first cards are committed, Lit has
// finished its update (pre-rendered: and taken over its islands), then (in the harness) two frames
// and a forced layout. On a page without the
// kit's scripts (`__bench.scriptless`) the element is never defined: the server's cards are all.
window.__bench.watch = (el) => {
  const bench = window.__bench;
  const defined = bench.scriptless ? Promise.resolve() : customElements.whenDefined(el.localName);
  el.addEventListener('story-error', (event) => {
    if (event.detail.kind !== 'validation') bench.fail(event.detail.message);
  });
  const root = () => el.shadowRoot;
  const firstCard = () => root()?.querySelector('article[part~="event"]');
  bench.cards = () => [...(root()?.querySelectorAll('li.entry') ?? [])];
  const whenCard = new Promise((resolve) => {
    if (firstCard()) return resolve();
    const observer = new MutationObserver(() => {
      if (!firstCard()) return;
      observer.disconnect();
      resolve();
    });
    // The shadow root exists once the element is defined (or, pre-rendered, from the start).
    defined.then(() => {
      if (firstCard()) resolve();
      else observer.observe(root(), { childList: true, subtree: true });
    });
  });
  whenCard.then(() => bench.cardShown());
  // Pre-rendered, the cards and the axis' marks are islands, taken over after the element in idle
  // tasks of their own (their markers hidden until then): rendered waits for them too.
  const hidden = () => {
    const comments = document.createTreeWalker(root(), NodeFilter.SHOW_COMMENT);
    while (comments.nextNode()) if (comments.currentNode.data.startsWith('island:')) return true;
    return false;
  };
  const islands = () =>
    new Promise((resolve) => {
      const check = () => (hidden() ? requestIdleCallback(check) : resolve());
      check();
    });
  Promise.all([whenCard, defined]).then(async () => {
    await el.updateComplete;
    if (bench.prerendered && !bench.scriptless) await islands();
    await bench.rendered();
  });

  // One step: a quarter of the viewport down the page; false at the bottom.
  bench.step = () => {
    const before = scrollY;
    scrollBy(0, innerHeight / 4);
    return scrollY !== before;
  };
};
