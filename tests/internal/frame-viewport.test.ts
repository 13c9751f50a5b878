import { expect } from '@open-wc/testing';
import { otherOrigin } from '../fixtures/other-origin.js';
import type { Band } from '../../src/internal/viewport/band.js';

let page: HTMLElement;
let frame: HTMLIFrameElement;
let bands: Band[] = [];

function handleMessage(event: MessageEvent): void {
  if (event.source === frame?.contentWindow && event.data?.test === 'band') bands.push(event.data.band);
}

/** Resolves with the first band the frame reports that passes `test`, within 5 s. */
async function bandWhere(test: (band: Band) => boolean, what: string): Promise<Band> {
  const start = performance.now();
  while (performance.now() - start < 5000) {
    const found = bands.findLast(test);
    if (found) return found;
    frame.contentWindow?.postMessage({ test: 'report' }, '*');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no band ${what}; last: ${JSON.stringify(bands.at(-1))}`);
}

const near = (a: number, b: number, px = 12) => Math.abs(a - b) <= px;

/** A page with 300 px above a frame `height` px high showing `content` px, and 2000 px below. */
async function framed(height: number, content: number): Promise<void> {
  page = document.createElement('div');
  frame = document.createElement('iframe');
  frame.style.cssText = `display:block;border:0;width:300px;height:${height}px;margin-top:300px;margin-bottom:2000px`;
  frame.src = otherOrigin(`/tests/fixtures/frame-viewport.html?height=${content}`);
  page.append(frame);
  document.body.append(page);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  await bandWhere(() => true, 'at all');
}

describe('FrameViewport, in a cross-origin frame', () => {
  beforeEach(() => {
    bands = [];
    addEventListener('message', handleMessage);
  });

  afterEach(() => {
    removeEventListener('message', handleMessage);
    page?.remove();
    scrollTo(0, 0);
  });

  it("works out the host's viewport from what of the frame is visible, with no messages", async () => {
    await framed(3000, 3000);
    scrollTo(0, 1000);
    // The frame's top is 700 px above the viewport, which cuts it at both ends: exact.
    await bandWhere((b) => near(b.top, 700) && near(b.height, innerHeight), 'at 700');
    scrollTo(0, 100);
    // Its top is in view, 200 px down: the viewport starts 200 px above the document.
    await bandWhere((b) => near(b.top, -200) && near(b.height, innerHeight), 'at -200');
  });

  it("takes the host's word when it tells, and ignores what is not in the documented shape", async () => {
    await framed(3000, 3000);
    frame.contentWindow!.postMessage({ type: 'storyline:viewport', top: -1234, height: 777 }, '*');
    await bandWhere((b) => b.top === 1234 && b.height === 777, 'as told');
    frame.contentWindow!.postMessage({ type: 'storyline:viewport', top: '-5', height: 777 }, '*');
    frame.contentWindow!.postMessage({ type: 'storyline:viewport', top: -5, height: 777, x: 1 }, '*');
    await new Promise((resolve) => setTimeout(resolve, 300));
    bands = [];
    const band = await bandWhere(() => true, 'after');
    expect(band).to.deep.equal({ top: 1234, height: 777 });
  });

  it('reads the frame’s own viewport, the part the reader sees, when the frame scrolls itself', async () => {
    await framed(400, 3000);
    scrollTo(0, 300);
    frame.contentWindow!.postMessage({ test: 'scroll', y: 1000 }, '*');
    await bandWhere((b) => near(b.top, 1000) && near(b.height, Math.min(400, innerHeight)), 'at 1000');
    // Half the frame is scrolled out of the host's viewport: the reader sees its lower 200 px.
    scrollTo(0, 500);
    await bandWhere((b) => near(b.top, 1200) && near(b.height, Math.min(200, innerHeight)), 'at 1200');
  });
});
