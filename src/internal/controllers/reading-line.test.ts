import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ReadingLine } from './reading-line.js';
import type { Band, ViewportSource } from './viewport-source.js';

/** A host with a reading line over three 100 px boxes. */
class LineHost extends LitElement {
  static override properties = { offset: {} };
  declare offset: number | string;
  crossed: string[] = [];
  line = new ReadingLine(this, {
    onCross: (entries) => {
      for (const entry of entries) if (entry.isIntersecting) this.crossed.push(entry.target.id);
    },
  });

  constructor() {
    super();
    this.offset = 0.5;
  }

  override render() {
    return html`${['a', 'b', 'c'].map((id) => html`<div id=${id} style="height: 100px"></div>`)}`;
  }

  override firstUpdated(): void {
    this.line.watch(this.renderRoot.querySelectorAll('div'));
  }
}
customElements.define('line-host', LineHost);

/**
 * A viewport told from elsewhere (as a host page tells an auto-height iframe): the band is set by
 * hand, and nothing here scrolls.
 */
class TestSource implements ViewportSource {
  readonly root = null;
  #band: Band;
  #listeners = new Set<() => void>();
  scrolled: number[] = [];

  constructor(band: Band) {
    this.#band = band;
  }

  set(band: Band): void {
    this.#band = band;
    for (const listener of this.#listeners) listener();
  }

  band = () => this.#band;
  scrollTop = () => window.scrollY;
  clientTop = () => 0;
  onChange(listener: () => void) {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
  onScroll = () => () => undefined;
  onScrollEnd = () => () => undefined;
  scrollBy = (top: number) => void this.scrolled.push(top);
  disconnect = () => this.#listeners.clear();
}

describe('ReadingLine', () => {
  it('takes the viewport from a source that replaces the default one', async () => {
    const host = await fixture<LineHost>(html`<line-host style="display: block"></line-host>`);
    await host.updateComplete;
    const top = host.getBoundingClientRect().top + window.scrollY;
    // The reader sees 20 px of the page from the top of the second box: the line is half way, at b.
    const source = new TestSource({ top: top + 100, height: 20 });
    host.line.setSource(source);
    expect(host.line.line()).to.be.closeTo(top + 110 - window.scrollY, 0.5);
    await waitUntil(() => host.crossed.includes('b'), `crossed ${host.crossed.join()}`);
    expect(host.crossed).to.not.include('a');
    // The band moves down to the third box: so does the line.
    host.crossed = [];
    source.set({ top: top + 200, height: 20 });
    await waitUntil(() => host.crossed.includes('c'), `crossed ${host.crossed.join()}`);
    // Going to a point scrolls by the source, not by the window.
    host.line.scrollToLine(host.line.line() + 40, 'instant');
    expect(source.scrolled).to.deep.equal([40]);
  });

  it('places the line in pixels from the top, as well as by a share', async () => {
    const host = await fixture<LineHost>(html`<line-host style="display: block" offset="30px"></line-host>`);
    await host.updateComplete;
    expect(host.line.offset).to.deep.equal({ px: 30 });
    expect(host.line.line()).to.equal(30);
    host.offset = 0.25;
    await host.updateComplete;
    expect(host.line.line()).to.be.closeTo(document.documentElement.clientHeight / 4, 0.5);
  });
});
