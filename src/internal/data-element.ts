/**
 * Base of the declarative data elements (`<story-event>`, `<story-era>`): plain elements in the
 * light DOM, with no rendering of their own, that tell their timeline when an attribute changes.
 */
/**
 * The internal event a data element fires on itself (it bubbles to its timeline) when an attribute
 * changes. Named by a constant so that no API documentation lists it: it is not for pages.
 */
export const DATA_CHANGE = 'story-data-change';

export class DataElement extends HTMLElement {
  static observedAttributes = [
    'id',
    'date',
    'end',
    'start',
    'title',
    'actors',
    'tags',
    'importance',
    'source',
    'source-url',
    'source-section',
    'media',
    'media-alt',
  ];

  attributeChangedCallback(_name: string, previous: string | null, value: string | null): void {
    if (previous !== value && this.isConnected) tellChange(this);
  }
}

/** Tells the element's timeline (the event bubbles to it) that its data changed. */
function tellChange(element: Element): void {
  element.dispatchEvent(new Event(DATA_CHANGE, { bubbles: true }));
}
