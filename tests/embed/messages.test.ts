import { expect } from '@open-wc/testing';
import {
  iframeSnippet,
  initialHeight,
  parseHostViewport,
  parsePymViewport,
  parseStorylineMessage,
} from '../../src/embed/messages.js';

describe('parseStorylineMessage', () => {
  it('reads each documented message', () => {
    for (const message of [
      { type: 'storyline:height', height: 1234.5 },
      { type: 'storyline:height', height: 0 },
      { type: 'storyline:active', id: 'shoigu-visits' },
      { type: 'storyline:goto', id: 'a' },
      { type: 'storyline:viewport', top: -900.25, height: 800 },
      { type: 'storyline:scroll', top: 5120, behavior: 'smooth' },
    ]) {
      expect(parseStorylineMessage(message)).to.deep.equal(message);
    }
  });

  it('ignores anything not in a documented shape', () => {
    for (const data of [
      null,
      'storyline:height',
      ['storyline:height', 3],
      { type: 'storyline:resize', height: 3 },
      { type: 'storyline:height' },
      { type: 'storyline:height', height: '300' },
      { type: 'storyline:height', height: -1 },
      { type: 'storyline:height', height: Infinity },
      { type: 'storyline:height', height: NaN },
      { type: 'storyline:height', height: 1e12 },
      { type: 'storyline:height', height: 3, extra: true },
      { type: 'storyline:goto', id: '' },
      { type: 'storyline:goto', id: 7 },
      { type: 'storyline:goto', id: 'x'.repeat(201) },
      { type: 'storyline:active', id: { toString: () => 'a' } },
      { type: 'storyline:viewport', top: 3 },
      { type: 'storyline:viewport', top: 3, height: 0 },
      { type: 'storyline:viewport', top: '3', height: 800 },
      { type: 'storyline:viewport', top: 3, height: 800, left: 0 },
      { type: 'storyline:scroll', top: 3 },
      { type: 'storyline:scroll', top: 3, behavior: 'instant!' },
    ]) {
      expect(parseStorylineMessage(data), JSON.stringify(data)).to.equal(null);
    }
  });

  it('copies the fields it read, never the object given', () => {
    const data = { type: 'storyline:goto', id: 'a' };
    const read = parseStorylineMessage(data);
    expect(read).not.to.equal(data);
  });
});

describe('parsePymViewport', () => {
  // As pym.js 1.3's Parent.sendViewportAndIFramePosition writes it.
  const message = (id: string, payload: string) =>
    `pymxPYMx${id}xPYMxviewport-iframe-positionxPYMx${payload}`;

  it("reads the viewport height and the iframe's top", () => {
    expect(parsePymViewport(message('f1', '1280 800 -1532.5 0 11968 1280'), 'f1')).to.deep.equal({
      top: -1532.5,
      height: 800,
    });
    expect(parsePymViewport(message('f1', '1280 800 1.5e-7 0 11968 1280'), 'f1')?.top).to.equal(1.5e-7);
  });

  it("ignores another child's message, other pym messages and malformed payloads", () => {
    for (const data of [
      message('f2', '1280 800 -1532 0 11968 1280'),
      message('f1', '1280 800 -1532 0 11968'),
      message('f1', '1280 800 top 0 11968 1280'),
      message('f1', '1280 0 -1532 0 11968 1280'),
      message('f1', '1280  800 -1532 0 11968 1280'),
      'pymxPYMxf1xPYMxheightxPYMx300',
      `${message('f1', '1280 800 -1532 0 11968 1280')}xPYMxmore`,
      { message: 'height', value: 300 },
    ]) {
      expect(parsePymViewport(data, 'f1'), String(data)).to.equal(null);
    }
  });
});

describe('parseHostViewport', () => {
  it("reads Storyline's message, and pym.js's only with a pym id", () => {
    const pym = 'pymxPYMxf1xPYMxviewport-iframe-positionxPYMx1280 800 -10 0 11968 1280';
    expect(parseHostViewport({ type: 'storyline:viewport', top: 5, height: 700 }, '')).to.deep.equal({
      top: 5,
      height: 700,
    });
    expect(parseHostViewport(pym, 'f1')).to.deep.equal({ top: -10, height: 800 });
    expect(parseHostViewport(pym, '')).to.equal(null);
    expect(parseHostViewport({ type: 'storyline:goto', id: 'a' }, 'f1')).to.equal(null);
  });
});

describe('initialHeight', () => {
  it("starts a frame under the timeline's height (measured 11,739–12,657 px for 44 events, 5,669–5,973 for 18)", () => {
    expect(initialHeight(44)).to.be.within(10000, 11739);
    expect(initialHeight(18)).to.be.within(4500, 5669);
  });

  it('never starts under a tall phone viewport', () => {
    expect(initialHeight(0)).to.equal(800);
    expect(initialHeight(1)).to.equal(800);
  });
});

describe('iframeSnippet', () => {
  it("is one iframe whose address and title are the story's, whatever they say", () => {
    const url = 'https://stories.example.org/embed.html?src=a.json&t="x"';
    const title = `Crimea "2014" & after</iframe><script>window.__pwned = 1</script><b onmouseover='x'>`;
    const doc = new DOMParser().parseFromString(iframeSnippet(url, title, 900), 'text/html');
    expect([...doc.body.children].map((el) => el.localName)).to.deep.equal(['iframe']);
    const frame = doc.body.firstElementChild as HTMLIFrameElement;
    expect(frame.getAttribute('src')).to.equal(url);
    expect(frame.title).to.equal(title);
    expect(frame.getAttribute('height')).to.equal('900');
    expect(frame.getAttributeNames().filter((name) => name.startsWith('on'))).to.deep.equal([]);
  });
});
