// `storyline-kit/react` in React 18 and React 19: this file runs once per version, in the test
// groups `react-18` and `react-19`, whose page maps `react` to that version (react-versions.mjs).
import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import * as React from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { Story } from '../../src/core/types.js';
import type { ActiveChangeDetail, StepDetail } from '../../src/events.js';
import { StoryScrolly, StoryStep, StoryTimeline } from '../../src/react/index.js';

const major = document.documentElement.dataset.react!;
const source = [{ title: 'The report' }];

function story(title = 'Test story'): Story {
  return {
    title,
    events: [
      { id: 'satellite', date: '2023-11', title: 'Satellite', summary: 'Launched.', sources: source },
      { id: 'shoigu', date: '2023-07', title: 'Shoigu visit', summary: 'Visited.', sources: source },
      { id: 'crimea', date: '2014', title: 'Crimea', summary: 'Annexed.', sources: source },
    ],
  };
}

let root: Root | undefined;
let container: HTMLElement;

/** Calls `onCommit` once React has committed its children and their layout effects. */
function Committed({ onCommit, children }: { onCommit: () => void; children?: React.ReactNode }) {
  React.useLayoutEffect(onCommit);
  return children;
}

/** Renders into a fresh container, and waits for React to commit (when it likes: it schedules). */
async function render(node: React.ReactNode): Promise<void> {
  container ??= document.body.appendChild(document.createElement('div'));
  root ??= createRoot(container);
  const committed = new Promise<void>((resolve) =>
    root!.render(React.createElement(Committed, { onCommit: resolve }, node)),
  );
  await committed;
  await nextFrame();
}

const titles = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('article[part~="event"] [part~="title"]')].map((t) =>
    t.textContent!.trim(),
  );

afterEach(() => {
  root?.unmount();
  root = undefined;
});

describe(`storyline-kit/react on React ${major}`, () => {
  it(`runs on React ${major}`, () => {
    expect(React.version.split('.')[0]).to.equal(major);
  });

  it('renders the timeline from a data prop, and re-renders when it changes', async () => {
    await render(React.createElement(StoryTimeline, { data: story() }));
    const el = container.querySelector('story-timeline')!;
    await waitUntil(() => titles(el).length === 3, 'the cards did not render');
    expect(titles(el)).to.deep.equal(['Crimea', 'Shoigu visit', 'Satellite']);

    const next = story();
    next.events = next.events.slice(0, 1);
    await render(React.createElement(StoryTimeline, { data: next }));
    await waitUntil(() => titles(el).length === 1, 'the new data was not rendered');
    expect(container.querySelector('story-timeline')).to.equal(el);
  });

  it('calls onStoryActiveChange with the event that became active', async () => {
    const heard: ActiveChangeDetail[] = [];
    await render(
      React.createElement(StoryTimeline, {
        data: story(),
        startAt: 'shoigu',
        onStoryActiveChange: (e) => heard.push(e.detail),
      }),
    );
    await waitUntil(() => heard.length > 0, 'onStoryActiveChange was not called');
    expect(heard[0]!.id).to.equal('shoigu');
    expect(heard[0]!.event.title).to.equal('Shoigu visit');
  });

  it('gives a ref to the element, and stops calling a handler once it is replaced', async () => {
    const ref = React.createRef<HTMLElementTagNameMap['story-timeline']>();
    const data = story();
    let first = 0;
    await render(React.createElement(StoryTimeline, { ref, data, onStoryActiveChange: () => first++ }));
    await waitUntil(() => first > 0, 'the first handler was not called');
    const second: string[] = [];
    await render(
      React.createElement(StoryTimeline, {
        ref,
        data,
        onStoryActiveChange: (e) => second.push(e.detail.id),
      }),
    );
    await ref.current!.updateComplete;
    // What the timeline itself says while it settles is not this test's business: only the swap is.
    second.length = 0;
    const calls = first;
    ref.current!.activeId = 'satellite';
    ref.current!.dispatchEvent(
      new CustomEvent('story-active-change', { detail: { id: 'satellite' }, bubbles: true, composed: true }),
    );
    expect(second).to.deep.equal(['satellite']);
    expect(first).to.equal(calls);
  });

  it('drives a scrolly: steps from StoryStep, onStoryStepEnter on the step and the scrolly', async () => {
    const onStep: StepDetail[] = [];
    const onScrolly: StepDetail[] = [];
    const e = React.createElement;
    await render(
      e(
        'div',
        { style: { height: '400px', overflow: 'auto', width: '900px' } },
        e('div', { style: { height: '300px' } }),
        e(
          StoryScrolly,
          {
            data: story(),
            style: { '--story-viewport-height': '400px', '--story-step-gap': '100px' } as React.CSSProperties,
            onStoryStepEnter: (event) => onScrolly.push(event.detail),
          },
          e(StoryStep, { event: 'crimea', style: { height: '200px' } }, e('p', null, 'One.')),
          e(
            StoryStep,
            {
              event: 'shoigu',
              style: { height: '200px' },
              onStoryStepEnter: (event) => onStep.push(event.detail),
            },
            e('p', null, 'Two.'),
          ),
        ),
        e('div', { style: { height: '600px' } }),
      ),
    );
    const box = container.firstElementChild as HTMLElement;
    const [, second] = [...box.querySelectorAll('story-step')];
    await waitUntil(() => box.querySelector('story-scrolly')!.shadowRoot?.querySelector('[part~="mark"]'));
    // The second step at the reading line, half way down the box.
    const rect = second!.getBoundingClientRect();
    box.scrollTop += rect.top + rect.height / 2 - (box.getBoundingClientRect().top + 200);
    await waitUntil(() => onStep.length > 0, 'onStoryStepEnter was not called on the step');
    expect(onStep[0]).to.include({ index: 1, step: second });
    expect(onStep[0]!.event!.title).to.equal('Shoigu visit');
    expect(onScrolly.map((d) => d.index)).to.include(1);
  });

  if (major !== '18') {
    it('React 19 without the wrappers: sets data as a property and listens with onstory-active-change', async () => {
      const heard: string[] = [];
      await render(
        React.createElement('story-timeline', {
          data: story(),
          'start-at': 'crimea',
          'onstory-active-change': (e: CustomEvent<ActiveChangeDetail>) => heard.push(e.detail.id),
        }),
      );
      const el = container.querySelector('story-timeline')!;
      await waitUntil(() => titles(el).length === 3, 'the cards did not render');
      expect(el.hasAttribute('data')).to.equal(false);
      await waitUntil(() => heard.length > 0, 'onstory-active-change was not called');
      expect(heard[0]).to.equal('crimea');
    });
  }
});
