// Classes, types and the core, free of side effects: importing this registers no element.
// Import './define.js' (or load dist/storyline.js) to register the tags.
export * from './timeline-api.js';
export { fromTimelineJS, isTimelineJS, type TimelineJSFile } from './formats/timelinejs.js';
export { StoryScrolly } from './components/scrolly/scrolly.component.js';
export { StoryStep } from './components/scrolly/step.component.js';
export { StoryLane } from './components/scrolly/lane.component.js';
export { laneOf, groupByLane, type Lane, type LaneRow } from './components/scrolly/lanes.js';
