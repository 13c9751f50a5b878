// Reduced motion, in a group of its own (web-test-runner.config.mjs): Chromium emulates the media
// feature; Firefox's driver cannot, so in this group Firefox starts with motion reduced. Either
// way the suite checks that motion is reduced before it starts, so it cannot pass by skipping.
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/scrolly/define.js';
import '../../src/components/timeline/define.js';
import * as scrolly from '../fixtures/scrolly.js';
import * as timeline from '../fixtures/timeline.js';

describe('reduced motion', () => {
  before(async () => {
    await emulateMedia({ reducedMotion: 'reduce' }).catch(() => undefined);
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches, 'motion is not reduced').to.equal(true);
  });

  after(() => emulateMedia({ reducedMotion: 'no-preference' }).catch(() => undefined));

  it('<story-timeline> jumps instead of scrolling smoothly, even where the page asks for smooth scrolling, and drops transitions', async () => {
    const { el, box } = await timeline.scrolling();
    box.style.scrollBehavior = 'smooth';
    const before = box.scrollTop;
    el.goTo('announcement');
    // No smooth scroll: the container is already where it is going.
    expect(box.scrollTop).to.be.greaterThan(before + 100);
    const marker = el.shadowRoot!.querySelector('[part~="marker"]')!;
    expect(getComputedStyle(marker).transitionDuration).to.equal('0s');
  });

  it('<story-scrolly> drops transitions and the card’s animation', async () => {
    const { el, box } = await scrolly.scrolling();
    const step = scrolly.steps(el)[1]!;
    await scrolly.scrollStepToLine(box, step);
    await waitUntil(() => el.activeId === 'shoigu');
    await el.updateComplete;
    expect(getComputedStyle(scrolly.$(el, '[part~="marker"]')!).transitionDuration).to.equal('0s');
    expect(getComputedStyle(scrolly.$(el, '[part~="card"]')!).animationName).to.equal('none');
    const rule = step.shadowRoot!.querySelector('[part~="base"]')!;
    expect(getComputedStyle(rule, '::after').transitionDuration).to.equal('0s');
  });
});
