// Shared by every bench page (a classic script in <head>): reads ?n=, stamps the "rendered" and
// "painted" points, watches paints, layout shifts and long tasks while the page loads, counts DOM
// nodes through shadow roots and measures a scroll through the whole story. The page sets
// `__bench.step` (one scroll step, false at the end), `__bench.cards` (the list items holding the
// cards in the DOM) and may set `__bench.prepare`; a pre-rendered page sets `__bench.prerendered`
// (and, without the kit's scripts, `__bench.scriptless`).
(() => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  let settle;
  // From the first script on: paints, layout shifts (CLS) and long tasks until `loadStats()`.
  const load = { lcp: null, cls: 0, longTasks: [] };
  const watch = (type, take) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(take)).observe({ type, buffered: true });
    } catch {
      // Not supported (Firefox has no layout-shift or longtask): the column stays empty.
    }
  };
  watch('largest-contentful-paint', (entry) => (load.lcp = entry.startTime));
  watch('layout-shift', (entry) => entry.hadRecentInput || (load.cls += entry.value));
  watch('longtask', (entry) => load.longTasks?.push(entry));
  const fcp = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
  let painted = null;
  let cardAt = null;
  const bench = {
    n: Number(new URLSearchParams(location.search).get('n')),
    /** Resolves with `{ renderMs }` at the rendered point, or `{ error }`. */
    ready: new Promise((resolve) => (settle = resolve)),
    step: () => false,
    prepare: null,
    prerendered: false,
    scriptless: false,
    cards: () => [],

    /**
     * The page calls this when the first card is in the DOM. "Painted" is when the frame that first
     * holds it has been painted: a task posted from that frame's animation callback runs after the
     * frame's style, layout and paint. (A pre-rendered page's cards are painted at first contentful paint.)
     */
    cardShown() {
      if (cardAt !== null) return;
      cardAt = performance.now();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (painted ??= performance.now());
        channel.port2.postMessage(0);
      });
    },

    /** The page calls this once its timeline is in the DOM: two frames, forced layout, then the time. */
    async rendered() {
      bench.cardShown();
      await frame();
      await frame();
      void document.body.offsetHeight;
      const renderMs = performance.now();
      // FCP is reported after the frame is presented: give it a moment when it is not in yet.
      for (let i = 0; i < 10 && fcp() === null; i++) await new Promise((resolve) => setTimeout(resolve, 20));
      settle({ renderMs, paintedMs: bench.prerendered ? fcp() : painted, cardMs: cardAt });
    },

    /** The page could not render: `ready` resolves with the error, and the run reports it. */
    fail(error) {
      settle({ error: String(error) });
    },

    /** First and largest contentful paint, CLS and long tasks from the first script to now. */
    loadStats() {
      const entries = load.longTasks ?? [];
      load.longTasks = null;
      const longTasks = entries.map((entry) => entry.duration);
      const painted = fcp() ?? 0;
      return {
        fcpMs: fcp(),
        lcpMs: load.lcp,
        cls: load.cls,
        loadLongTasks: longTasks.filter((ms) => ms > 50).length,
        loadLongTaskMs: longTasks.reduce((sum, ms) => sum + ms, 0),
        loadLongestTaskMs: Math.max(0, ...longTasks),
        // After the first paint: scripts' work (a pre-rendered page's hydration), not the HTML's.
        loadLongTasksAfterPaint: entries.filter((entry) => entry.startTime > painted).length,
      };
    },

    /** Elements in the document and in every open shadow root below it. */
    countNodes() {
      const walk = (root) => {
        let count = 0;
        for (const el of root.querySelectorAll('*')) {
          count += 1;
          if (el.shadowRoot) count += walk(el.shadowRoot);
        }
        return count;
      };
      return walk(document);
    },

    /** Every node (elements, text, comments) in the document and its open shadow roots. */
    countAllNodes() {
      const walk = (root) => {
        let count = 0;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
        while (walker.nextNode()) {
          count += 1;
          if (walker.currentNode.shadowRoot) count += walk(walker.currentNode.shadowRoot);
        }
        return count;
      };
      return walk(document);
    },

    /**
     * The cards in the DOM and, on average, the nodes in each (its list item and everything below
     * it: elements, text and comments, Lit's markers included), and the elements alone.
     */
    cardNodes() {
      const items = bench.cards();
      let nodes = 0;
      let elements = 0;
      for (const item of items) {
        const walker = document.createTreeWalker(item, NodeFilter.SHOW_ALL);
        do nodes += 1;
        while (walker.nextNode());
        elements += 1 + item.querySelectorAll('*').length;
      }
      const per = (total) => (items.length ? total / items.length : null);
      return { cards: items.length, nodesPerCard: per(nodes), elementsPerCard: per(elements) };
    },

    /** Calls `step()` once per animation frame until it returns false, `maxSteps` or `maxMs`. */
    async scroll({ maxSteps = 600, maxMs = 20000 } = {}) {
      if (bench.prepare) {
        await bench.prepare();
        await frame();
        await frame();
      }
      const entries = [];
      const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
      observer.observe({ type: 'longtask' });
      let steps = 0;
      let worstGap = 0;
      let moving = true;
      const start = await frame();
      let last = start;
      while (steps < maxSteps && last - start < maxMs) {
        moving = bench.step(steps);
        if (!moving) break;
        steps += 1;
        const now = await frame();
        worstGap = Math.max(worstGap, now - last);
        last = now;
      }
      // Let the last step's work land, then collect the long tasks.
      await frame();
      await frame();
      await new Promise((resolve) => setTimeout(resolve, 100));
      entries.push(...observer.takeRecords());
      observer.disconnect();
      const long = entries.filter((entry) => entry.duration > 50);
      return {
        steps,
        reachedEnd: !moving,
        scrollMs: last - start,
        longTasks: long.length,
        longTaskMs: long.reduce((sum, entry) => sum + entry.duration, 0),
        worstFrameGapMs: worstGap,
        meanFrameMs: steps ? (last - start) / steps : null,
      };
    },
  };
  window.__bench = bench;
  addEventListener('error', (event) => bench.fail(event.message));
  addEventListener('unhandledrejection', (event) => bench.fail(event.reason));
})();
