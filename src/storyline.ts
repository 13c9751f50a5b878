// Entry of the single-file bundle dist/storyline.js: registers every element and exports the API.
import './define.js';
export * from './index.js';
