import { StoryTimeline } from './timeline.component.js';

// Registering twice (two copies of the bundle on one page) must not throw.
if (!customElements.get('story-timeline')) customElements.define('story-timeline', StoryTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'story-timeline': StoryTimeline;
  }
}

export { StoryTimeline };
