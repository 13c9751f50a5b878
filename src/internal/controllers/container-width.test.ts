import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { styles as scrollyStyles } from '../../components/scrolly/scrolly.styles.js';
import { timelineAxisStyles } from '../../components/timeline/axis.styles.js';
import { NARROW } from './container-width.js';

const narrowRules = (styles: CSSResult[]) =>
  styles.flatMap((sheet) => [...sheet.cssText.matchAll(/@container\s+story\s*\(max-width:\s*([\d.]+)px\)/g)]);

describe('the narrow layout', () => {
  it('switches in the styles at the width where the controller says narrow', () => {
    const rules = narrowRules([timelineAxisStyles, ...scrollyStyles]);
    expect(rules.length).to.equal(2, 'one narrow rule in the timeline axis, one in the scrolly');
    for (const [, width] of rules) expect(Number(width)).to.equal(NARROW - 0.02);
  });
});
