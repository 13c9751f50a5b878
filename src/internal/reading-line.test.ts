import { expect } from '@open-wc/testing';
import { lineIn, parseOffset, rootMarginFor } from './reading-line.js';
import {
  enterDirection,
  exitDirection,
  neighbourhood,
  progressAt,
} from '../components/scrolly/step-geometry.js';

describe('parseOffset', () => {
  it('reads shares and pixels', () => {
    expect(parseOffset(0.3)).to.deep.equal({ share: 0.3 });
    expect(parseOffset('0.75')).to.deep.equal({ share: 0.75 });
    expect(parseOffset('120px')).to.deep.equal({ px: 120 });
    expect(parseOffset(' 80.5PX ')).to.deep.equal({ px: 80.5 });
  });

  it('keeps a share within 0–1 and falls back to half way for nonsense', () => {
    expect(parseOffset(2)).to.deep.equal({ share: 1 });
    expect(parseOffset(-1)).to.deep.equal({ share: 0 });
    expect(parseOffset('middle')).to.deep.equal({ share: 0.5 });
    expect(parseOffset('')).to.deep.equal({ share: 0.5 });
    expect(parseOffset(null)).to.deep.equal({ share: 0.5 });
    expect(parseOffset('-20px')).to.deep.equal({ share: 0.5 });
  });
});

describe('the reading line', () => {
  it('sits a share of the height, or some pixels, down the root', () => {
    expect(lineIn({ share: 0.25 }, 800)).to.equal(200);
    expect(lineIn({ px: 120 }, 800)).to.equal(120);
    expect(lineIn({ px: 900 }, 800)).to.equal(800);
  });

  it('becomes a zero-height band of root margin', () => {
    expect(rootMarginFor({ share: 0.5 }, 800)).to.equal('-50% 0px -50% 0px');
    expect(rootMarginFor({ share: 0.2 }, 800)).to.equal('-20% 0px -80% 0px');
    expect(rootMarginFor({ share: 0 }, 800)).to.equal('0% 0px -100% 0px');
    expect(rootMarginFor({ px: 120 }, 800)).to.equal('-120px 0px -680px 0px');
    // Pixel margins follow the height they were made for.
    expect(rootMarginFor({ px: 120 }, 500)).to.equal('-120px 0px -380px 0px');
  });
});

describe('progressAt', () => {
  it('rises from 0 at the step’s top to 1 at its bottom, and stays within 0–1', () => {
    expect(progressAt(400, 400, 200)).to.equal(0);
    expect(progressAt(450, 400, 200)).to.equal(0.25);
    expect(progressAt(600, 400, 200)).to.equal(1);
    expect(progressAt(300, 400, 200)).to.equal(0);
    expect(progressAt(900, 400, 200)).to.equal(1);
    const values = [380, 420, 480, 530, 590, 650].map((line) => progressAt(line, 400, 200));
    expect([...values].sort((a, b) => a - b)).to.deep.equal(values);
  });

  it('is 0 or 1 for a step with no height', () => {
    expect(progressAt(399, 400, 0)).to.equal(0);
    expect(progressAt(400, 400, 0)).to.equal(1);
  });
});

describe('directions from geometry', () => {
  it('says down when the top just crossed the line, up when the bottom did', () => {
    expect(enterDirection(500, 490, 800)).to.equal('down');
    expect(enterDirection(500, 100, 510)).to.equal('up');
    expect(exitDirection(500, 200, 495)).to.equal('down');
    expect(exitDirection(500, 505, 800)).to.equal('up');
  });
});

describe('neighbourhood', () => {
  const values = [1910, 1991, 2014, 2019, 2021, 2022, 2023, 2023.5, 2024];

  it('spans a few values either side of the index, padded', () => {
    const [lo, hi] = neighbourhood(values, 5, 2);
    expect(lo).to.be.lessThan(2019).and.greaterThan(2014);
    expect(hi).to.be.greaterThan(2023.5).and.lessThan(2024);
  });

  it('stops at the ends, and pads even a single value', () => {
    const [lo, hi] = neighbourhood(values, 0, 1);
    expect(lo).to.be.lessThan(1910);
    expect(hi).to.be.greaterThan(1991);
    const [a, b] = neighbourhood([2023], 0);
    expect(b - a).to.be.greaterThan(0.1);
  });
});
