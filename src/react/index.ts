// `storyline-kit/react`: React components for the elements, made by @lit/react. Each sets the
// element's properties (so `data` takes an object) and maps an `onStory…` prop to its `story-*`
// event. Importing this module registers the tags, as `storyline-kit/define` does.
// React 19 can use the elements without it: it sets properties and listens to custom events itself.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { StoryTimeline as StoryTimelineElement } from '../components/timeline/define.js';
import {
  StoryScrolly as StoryScrollyElement,
  StoryStep as StoryStepElement,
} from '../components/scrolly/define.js';
import type { ActiveChangeDetail, StepDetail, StepProgressDetail, StoryErrorDetail } from '../events.js';

/** The events of a timeline, as React props. */
const storyEvents = {
  onStoryActiveChange: 'story-active-change' as EventName<CustomEvent<ActiveChangeDetail>>,
  onStoryError: 'story-error' as EventName<CustomEvent<StoryErrorDetail>>,
};

/** The events a step fires (and that bubble to its scrolly), as React props. */
const stepEvents = {
  onStoryStepEnter: 'story-step-enter' as EventName<CustomEvent<StepDetail>>,
  onStoryStepExit: 'story-step-exit' as EventName<CustomEvent<StepDetail>>,
  onStoryStepProgress: 'story-step-progress' as EventName<CustomEvent<StepProgressDetail>>,
};

/** `<story-timeline>`: `data`, `src`, `activeId`… as props; `onStoryActiveChange`, `onStoryError`. */
export const StoryTimeline = createComponent({
  react: React,
  tagName: 'story-timeline',
  elementClass: StoryTimelineElement,
  events: storyEvents,
});

/** `<story-scrolly>`: the timeline's props and events, and its steps' events. */
export const StoryScrolly = createComponent({
  react: React,
  tagName: 'story-scrolly',
  elementClass: StoryScrollyElement,
  events: { ...storyEvents, ...stepEvents },
});

/** `<story-step>`: a passage of the article; `event` names the story event it shows. */
export const StoryStep = createComponent({
  react: React,
  tagName: 'story-step',
  elementClass: StoryStepElement,
  events: stepEvents,
});
