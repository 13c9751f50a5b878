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

describe('cssVars on the style attribute', () => {
  const paintStyle = (container: HTMLElement, vars: Record<string, string | undefined>) => {
    render(html`<span style=${cssVars(vars)}></span>`, container);
    return container.querySelector('span')!;
  };

  it('sets and removes custom properties through the CSSOM', () => {
    const container = document.createElement('div');
    const span = paintStyle(container, { '--at': '10%', '--to': '20%' });
    expect(span.style.getPropertyValue('--at')).to.equal('10%');
    paintStyle(container, { '--at': '30%', '--to': undefined });
    expect(span.style.getPropertyValue('--at')).to.equal('30%');
    expect(span.style.getPropertyValue('--to')).to.equal('');
  });

  it('keeps what the server wrote in the attribute, and changes only through the CSSOM', () => {
    const container = document.createElement('div');
    const span = paintStyle(container, { '--at': '10%' });
    const attributeWrites: string[] = [];
    const setAttribute = span.setAttribute.bind(span);
    span.setAttribute = (name: string, value: string) => {
      attributeWrites.push(name);
      setAttribute(name, value);
    };
    paintStyle(container, { '--at': '12%' });
    expect(attributeWrites).to.deep.equal([]);
    expect(span.style.getPropertyValue('--at')).to.equal('12%');
  });

  it('renders the properties as the attribute text for the server', () => {
    // What `render()` gives is what Lit's server renderer writes into `style="…"`.
    const result = cssVars({ '--at': '1%', '--gone': undefined, '--actor': '#123456' }) as unknown as {
      _$litDirective$: new (part: object) => { render(vars: object): string };
      values: [object];
    };
    const instance = new result._$litDirective$({ type: 1, name: 'style', tagName: 'span' });
    expect(instance.render(result.values[0])).to.equal('--at:1%;--actor:#123456');
  });

  it('refuses an attribute other than the whole style', () => {
    expect(() =>
      render(html`<span title=${cssVars({ '--at': '1%' })}></span>`, document.createElement('div')),
    ).to.throw(/cssVars/);
  });
});
