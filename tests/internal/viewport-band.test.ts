import { expect } from '@open-wc/testing';
import {
  bandFromHost,
  bandFromVisible,
  lineOf,
  overlap,
  scrollsItself,
  unionOf,
  visiblePart,
} from '../../src/internal/viewport/band.js';

describe('viewport bands', () => {
  it("places the host's viewport in the iframe's document", () => {
    // The iframe's top is 1500 px above the host's viewport: the viewport starts 1500 px down it.
    expect(bandFromHost({ top: -1500, height: 800 })).to.deep.equal({ top: 1500, height: 800 });
    // Below the fold: the viewport ends above the document.
    expect(bandFromHost({ top: 900, height: 800 })).to.deep.equal({ top: -900, height: 800 });
    expect(bandFromHost({ top: -100, height: 800 }, 50)).to.deep.equal({ top: 150, height: 800 });
  });

  it('keeps the reading line where the host page has it, also outside the document', () => {
    expect(lineOf({ top: -900, height: 800 }, 0.5)).to.equal(-500);
    expect(lineOf({ top: 1500, height: 800 }, 0.25)).to.equal(1700);
    expect(lineOf({ top: 0, height: 800 }, 2)).to.equal(800);
  });

  it('clips a band to the document', () => {
    expect(visiblePart({ top: -300, height: 800 }, 10000)).to.deep.equal({ top: 0, height: 500 });
    expect(visiblePart({ top: 9600, height: 800 }, 10000)).to.deep.equal({ top: 9600, height: 400 });
    expect(visiblePart({ top: -900, height: 800 }, 10000)).to.deep.equal({ top: 0, height: 0 });
  });

  it('tells a frame that scrolls itself from one sized to its content', () => {
    expect(scrollsItself(13000, 1000)).to.equal(true);
    expect(scrollsItself(1000.5, 1000)).to.equal(false);
  });

  it('joins the visible stretches of strips', () => {
    expect(
      unionOf([
        { top: 400, bottom: 500 },
        { top: 500, bottom: 900 },
        { top: 3, bottom: 3 },
      ]),
    ).to.deep.equal({ top: 400, bottom: 900 });
    expect(unionOf([])).to.equal(null);
  });
});

describe('bandFromVisible', () => {
  it('is exact when the viewport cuts the document at both ends', () => {
    expect(bandFromVisible({ top: 2000, bottom: 2800 }, 13000, undefined, 600)).to.deep.equal({
      top: 2000,
      height: 800,
    });
  });

  it('takes the known height when one end of the viewport is in the document', () => {
    // The document's top is in view, 300 px of it: the viewport ends at 300.
    expect(bandFromVisible({ top: 0, bottom: 300 }, 13000, 800, 600)).to.deep.equal({
      top: -500,
      height: 800,
    });
    // Its bottom is in view: the viewport starts 200 px above the document's end.
    expect(bandFromVisible({ top: 12800, bottom: 13000 }, 13000, 800, 600)).to.deep.equal({
      top: 12800,
      height: 800,
    });
  });

  it('guesses the height before it is known, never less than what is seen', () => {
    expect(bandFromVisible({ top: 0, bottom: 300 }, 13000, undefined, 600)?.height).to.equal(600);
    expect(bandFromVisible({ top: 0, bottom: 700 }, 13000, undefined, 600)?.height).to.equal(700);
  });

  it('centres a document seen whole, and knows nothing when none of it is seen', () => {
    expect(bandFromVisible({ top: 0, bottom: 400 }, 400, 800, 600)).to.deep.equal({ top: -200, height: 800 });
    expect(bandFromVisible(null, 400, 800, 600)).to.equal(null);
  });
});

describe('overlap', () => {
  it('is the part of a frame that scrolls itself that the reader sees', () => {
    expect(overlap({ top: 2000, height: 1000 }, { top: 1900, height: 800 })).to.deep.equal({
      top: 2000,
      height: 700,
    });
    expect(overlap({ top: 0, height: 1000 }, { top: 1200, height: 800 })).to.equal(null);
  });
});
