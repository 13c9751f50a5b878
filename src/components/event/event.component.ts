import { DataElement } from '../../internal/data-element.js';

/**
 * One event of a timeline written in HTML, as a child of `<story-timeline>`. Its content is the
 * summary, shown as written; before the script loads it is ordinary text in the page.
 *
 * @summary An event of a declarative timeline.
 *
 * @slot - The summary: paragraphs, links, emphasis.
 *
 * @attr {string} id - Unique slug; also the event's `#hash`.
 * @attr {string} date - `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (negative years BCE).
 * @attr {string} end - The end of a span, same format.
 * @attr {string} title - The event's title, plain text.
 * @attr {string} actors - Space-separated actor ids.
 * @attr {string} tags - Space-separated words.
 * @attr {string} importance - 1 (minor) to 3 (headline).
 * @attr {string} source - Title of the source (else the timeline's `source`).
 * @attr {string} source-url - URL of the source, http(s) or relative.
 * @attr {string} source-section - Section of the source.
 * @attr {string} media - Image URL; needs `media-alt`.
 * @attr {string} media-alt - Text alternative of the image.
 */
export class StoryEventElement extends DataElement {}
