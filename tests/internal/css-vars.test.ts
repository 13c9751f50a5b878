import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { cssVars } from '../../src/internal/css-vars.js';

/** Renders `<span style=${cssVars(vars)}>` into the container, and returns the span. */
function paint(container: HTMLElement, vars: Record<string, string | undefined>): HTMLElement {
  render(html`<span style=${cssVars(vars)}></span>`, container);
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

describe('cssVars and the attribute', () => {
  it('keeps what the server wrote in the attribute, and changes only through the CSSOM', () => {
    const container = document.createElement('div');
    const span = paint(container, { '--at': '10%' });
    const attributeWrites: string[] = [];
    const setAttribute = span.setAttribute.bind(span);
    span.setAttribute = (name: string, value: string) => {
      attributeWrites.push(name);
      setAttribute(name, value);
    };
    paint(container, { '--at': '12%' });
    expect(attributeWrites).to.deep.equal([]);
    expect(span.style.getPropertyValue('--at')).to.equal('12%');
  });

  it('refuses an attribute other than the whole style', () => {
    expect(() =>
      render(html`<span title=${cssVars({ '--at': '1%' })}></span>`, document.createElement('div')),
    ).to.throw(/cssVars/);
    expect(() =>
      render(html`<span ${cssVars({ '--at': '1%' })}></span>`, document.createElement('div')),
    ).to.throw(/cssVars/);
  });
});
