// The converters, for bundlers and the CLI: `storyline-kit/formats`. Kept out of the main entry so
// that the CSV parser never weighs on a page that does not read CSV.
export { fromCsv, readCsv } from './csv.js';
export {
  fromTimelineJS,
  isTimelineJS,
  toDate,
  domHtmlReader,
  type HtmlReader,
  type TimelineJSFile,
} from './timelinejs.js';
export { fromElements, labelFromId, type DeclaredStory } from './html.js';
