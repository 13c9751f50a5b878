import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { hideIslands, island } from './island.js';

describe('hideIslands', () => {
  it('hides the markers inside each island, and keeps the island’s own and everything outside', () => {
    const server =
      '<nav><!--lit-part A--><!--lit-node 0--><ol data-island class="marks"><!--lit-part B-->' +
      '<!--lit-part--><!--lit-node 0--><li class="mark">x</li><!--/lit-part--><!--/lit-part-->' +
      '</ol><p>&lt;!--lit-part--&gt;</p><div class="chunk" data-island><!--lit-part C--><!--lit-part-->y' +
      '<!--/lit-part--><!--/lit-part--></div><!--/lit-part--></nav>';
    expect(hideIslands(server)).to.equal(
      '<nav><!--lit-part A--><!--lit-node 0--><ol data-island class="marks"><!--lit-part B-->' +
        '<!--island:lit-part--><!--island:lit-node 0--><li class="mark">x</li><!--island:/lit-part--><!--/lit-part-->' +
        '</ol><p>&lt;!--lit-part--&gt;</p><div class="chunk" data-island><!--lit-part C--><!--island:lit-part-->y' +
        '<!--island:/lit-part--><!--/lit-part--></div><!--/lit-part--></nav>',
    );
  });

  it('leaves a page without islands as it is, even an author’s element marked as one', () => {
    const page =
      '<div data-islands-not><!--lit-part A--><!--lit-part-->z<!--/lit-part--><!--/lit-part--></div>';
    expect(hideIslands(page)).to.equal(page);
    const article =
      '<p data-island>An author’s paragraph</p><!--lit-part A--><!--lit-part-->z<!--/lit-part--><!--/lit-part-->';
    expect(hideIslands(article)).to.equal(article);
  });

  it('ends on an island whose part never closes', () => {
    expect(hideIslands('<div data-island><!--lit-part A--><!--lit-part-->x')).to.equal(
      '<div data-island><!--lit-part A--><!--island:lit-part-->x',
    );
  });
});

describe('island()', () => {
  it('renders its content in its parent, and again only when its key changes', () => {
    const container = document.createElement('div');
    const view = (key: number, text: string) =>
      html`<div data-island>${island([key], () => html`<p>${text}</p>`)}</div>`;
    render(view(1, 'first'), container);
    expect(container.querySelector('p')!.textContent).to.equal('first');
    render(view(1, 'same key'), container);
    expect(container.querySelector('p')!.textContent).to.equal('first');
    render(view(2, 'new key'), container);
    expect(container.querySelectorAll('p')).to.have.length(1);
    expect(container.querySelector('p')!.textContent).to.equal('new key');
  });

  it('renders first in idle time with "idle", then what its last update asked for', async () => {
    const container = document.createElement('div');
    const view = (key: number, text: string) =>
      html`<div data-island>${island([key], () => html`<p>${text}</p>`, 'idle')}</div>`;
    render(view(1, 'first'), container);
    expect(container.querySelector('p')).to.equal(null);
    render(view(2, 'second'), container);
    await new Promise((resolve) => requestIdleCallback(resolve));
    expect(container.querySelectorAll('p')).to.have.length(1);
    expect(container.querySelector('p')!.textContent).to.equal('second');
    render(view(3, 'third'), container);
    expect(container.querySelector('p')!.textContent).to.equal('third');
  });
});
