/** @jsxImportSource preact */
// The README's Preact note: importing storyline-kit/jsx types the elements' attributes, properties
// and events in Preact's JSX (and React's, Stencil's…): it augments their JSX namespaces.
import type {} from 'storyline-kit/jsx';
import type { Story } from 'storyline-kit';

declare const story: Story;

export const right = (
  <story-timeline
    data={story}
    offset={0.3}
    filters
    onstory-active-change={(e) => e.detail.id.toUpperCase()}
  />
);

// @ts-expect-error: <story-timeline> has no attribute `sorce`
export const misspelt = <story-timeline sorce="story.json" />;

// @ts-expect-error: `heading-level` is a number
export const wrongType = <story-timeline heading-level="two" />;
