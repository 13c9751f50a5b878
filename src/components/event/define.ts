import { StoryEventElement } from './event.component.js';

if (!customElements.get('story-event')) customElements.define('story-event', StoryEventElement);

declare global {
  interface HTMLElementTagNameMap {
    'story-event': StoryEventElement;
  }
}

export { StoryEventElement };
