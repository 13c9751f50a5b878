// Entry of the single-file bundle dist/storyline.js: registers every element (scrollytelling on
// first use) and exports the timeline's API. The full API, scrollytelling and the converters
// included, is the library build's (`storyline`, `storyline/formats`).
import './define.js';
export { StoryTimeline } from './components/timeline/timeline.component.js';
export { StoryEvent } from './components/event/event.component.js';
export { StoryEra } from './components/era/era.component.js';
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
