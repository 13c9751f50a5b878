import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { cssVars } from '../../src/internal/css-vars.js';

/** Renders `<span ${cssVars(vars)}>` into the container, and returns the span. */
function paint(container: HTMLElement, vars: Record<string, string | undefined>): HTMLElement {
  render(html`<span ${cssVars(vars)}></span>`, container);
  return container.querySelector('span')!;
}

describe('cssVars', () => {
  it('sets, changes and removes custom properties', () => {
    const container = document.createElement('div');
    const span = paint(container, { '--at': '10%', '--to': '20%' });
    expect(span.style.getPropertyValue('--at')).to.equal('10%');
    paint(container, { '--at': '30%', '--to': undefined });
    expect(span.style.getPropertyValue('--at')).to.equal('30%');
    expect(span.style.getPropertyValue('--to')).to.equal('');
  });

  it('writes nothing when a re-render brings the same values', () => {
    const container = document.createElement('div');
    const span = paint(container, { '--at': '10%' });
    const writes: string[] = [];
    const { style } = span;
    const setProperty = style.setProperty.bind(style);
    style.setProperty = (name: string, value: string | null) => {
      writes.push(`${name}: ${value}`);
      setProperty(name, value);
    };
    paint(container, { '--at': '10%' });
    paint(container, { '--at': '10%' });
    expect(writes, 'no write for unchanged values').to.deep.equal([]);
    paint(container, { '--at': '11%' });
    expect(writes).to.deep.equal(['--at: 11%']);
    expect(span.style.getPropertyValue('--at')).to.equal('11%');
  });
});
