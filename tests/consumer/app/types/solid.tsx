/** @jsxImportSource solid-js */
// The README's Solid note: Solid reads JSX from solid-js/jsx-runtime, so the elements go there, in
// the form with Solid's `prop:`, `attr:` and `on:` names.
import type { CustomElementsSolidJs } from 'storyline-kit/jsx';
import type { Story } from 'storyline-kit';

// TypeScript's own form for adding to a library's JSX namespace.
/* eslint-disable @typescript-eslint/no-namespace, @typescript-eslint/no-empty-object-type */
declare module 'solid-js/jsx-runtime' {
  namespace JSX {
    interface IntrinsicElements extends CustomElementsSolidJs {}
  }
}
/* eslint-enable @typescript-eslint/no-namespace, @typescript-eslint/no-empty-object-type */

declare const story: Story;

export const right = (
  <story-scrolly prop:data={story}>
    <story-step event="crimea">
      <p>Crimea.</p>
    </story-step>
  </story-scrolly>
);

// @ts-expect-error: <story-step> has no attribute `evnt`
export const misspelt = <story-step evnt="crimea" />;
