import { expect } from '@open-wc/testing';
import { rememberLast } from '../../src/internal/memo.js';

describe('rememberLast', () => {
  it('works again only when an argument changes', () => {
    let calls = 0;
    const double = rememberLast((list: number[], factor: number) => {
      calls += 1;
      return list.map((n) => n * factor);
    });
    const list = [1, 2];
    const first = double(list, 2);
    expect(double(list, 2)).to.equal(first);
    expect(calls).to.equal(1);
    expect(double(list, 3)).to.deep.equal([3, 6]);
    expect(double([1, 2], 3)).to.deep.equal([3, 6]);
    expect(calls, 'a new array with the same items is a new argument').to.equal(3);
  });
});
