/**
 * Base of the declarative data elements (`<story-event>`, `<story-era>`): plain elements in the
 * light DOM, with no rendering of their own, that tell their timeline when an attribute changes.
 */
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
    if (previous !== value && this.isConnected) {
      this.dispatchEvent(new Event('story-data-change', { bubbles: true }));
    }
  }
}
