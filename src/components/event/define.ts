import { StoryEvent } from './event.component.js';

if (!customElements.get('story-event')) customElements.define('story-event', StoryEvent);

declare global {
  interface HTMLElementTagNameMap {
    'story-event': StoryEvent;
  }
}

export { StoryEvent };
