export * from './types.js';
export * from './dates.js';
export * from './validate.js';
export * from './scale.js';
export * from './safety.js';
export * from './text.js';
export * from './citation.js';
