// Entry of the single-file bundle dist/storyline.js: registers every element (scrollytelling on
// first use) and exports the timeline's API. The full API, scrollytelling and the converters
// included, is the library build's (`storyline-kit`, `storyline-kit/formats`).
import './define.js';
export * from './timeline-api.js';
