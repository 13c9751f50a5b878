// Shared by every bench page (a classic script in <head>): reads ?n=, stamps the "rendered" point,
// counts DOM nodes through shadow roots and measures a scroll through the whole story.
// The page sets `__bench.step` (one scroll step, false at the end) and may set `__bench.prepare`.
(() => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  let settle;
  const bench = {
    n: Number(new URLSearchParams(location.search).get('n')),
    /** Resolves with `{ renderMs }` at the rendered point, or `{ error }`. */
    ready: new Promise((resolve) => (settle = resolve)),
    step: () => false,
    prepare: null,

    /** The page calls this once its timeline is in the DOM: two frames, forced layout, then the time. */
    async rendered() {
      await frame();
      await frame();
      void document.body.offsetHeight;
      settle({ renderMs: performance.now() });
    },

    fail(error) {
      settle({ error: String(error) });
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
