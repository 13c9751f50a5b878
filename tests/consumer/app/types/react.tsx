/** @jsxImportSource react */
// The README's React 19 note: the elements themselves in React's JSX, typed by storyline-kit/jsx.
import type {} from 'storyline-kit/jsx';
import type { Story } from 'storyline-kit';
import { StoryTimeline } from 'storyline-kit/react';

declare const story: Story;

export const element = (
  <story-timeline data={story} onstory-active-change={(e) => e.detail.id.toUpperCase()} />
);

// @ts-expect-error: <story-timeline> has no attribute `sorce`
export const misspelt = <story-timeline sorce="story.json" />;

export const wrapper = (
  <StoryTimeline data={story} startAt="crimea" onStoryActiveChange={(e) => e.detail.event.title} />
);

// @ts-expect-error: the wrapper's `headingLevel` is a number
export const wrongType = <StoryTimeline headingLevel="two" />;
