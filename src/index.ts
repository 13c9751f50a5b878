// Classes, types and the core, free of side effects: importing this registers no element.
// Import './define.js' (or load dist/storyline.js) to register the tags.
export { StoryTimeline } from './components/timeline/timeline.component.js';
export { StoryEvent } from './components/event/event.component.js';
export { StoryEra } from './components/era/era.component.js';
export { fromTimelineJS, isTimelineJS, type TimelineJSFile } from './formats/timelinejs.js';
export { StoryScrolly } from './components/scrolly/scrolly.component.js';
export { StoryStep } from './components/scrolly/step.component.js';
export { StoryLane } from './components/scrolly/lane.component.js';
export { laneOf, groupByLane, type Lane, type LaneRow } from './components/scrolly/lanes.js';
export * from './core/index.js';
export * from './events.js';
export {
  en,
  loadLocale,
  matchLocale,
  registerLocale,
  isRtl,
  type LocaleData,
  type Messages,
} from './i18n/index.js';
