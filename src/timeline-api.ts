// The timeline's API: its elements' classes, the core, the DOM events and the languages. Both
// entries export it: the library's (index.ts) with scrollytelling and the TimelineJS converter
// beside it, and the single-file bundle's (storyline.ts) alone.
export { StoryTimeline } from './components/timeline/timeline.component.js';
export { StoryEventElement } from './components/event/event.component.js';
export { StoryEraElement } from './components/era/era.component.js';
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
