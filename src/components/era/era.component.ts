import { DataElement } from '../../internal/data-element.js';

/**
 * A named span of a timeline written in HTML, as a child of `<story-timeline>`: shown as a band.
 *
 * @summary An era of a declarative timeline.
 *
 * @attr {string} id - Unique slug (made from the title when absent).
 * @attr {string} title - The era's name.
 * @attr {string} start - First date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * @attr {string} end - Last date, same format.
 */
export class StoryEraElement extends DataElement {}
