// Classes, types and the core, free of side effects: importing this registers no element.
// Import './define.js' (or load dist/storyline.js) to register the tags.
export { StoryTimeline } from './components/timeline/timeline.component.js';
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
