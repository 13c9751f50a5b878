import { StoryLane } from './lane.component.js';
import { StoryScrolly } from './scrolly.component.js';
import { StoryStep } from './step.component.js';

// Registering twice (two copies of the bundle on one page) must not throw. Steps and lanes first,
// so that the scrolly finds them upgraded.
if (!customElements.get('story-step')) customElements.define('story-step', StoryStep);
if (!customElements.get('story-lane')) customElements.define('story-lane', StoryLane);
if (!customElements.get('story-scrolly')) customElements.define('story-scrolly', StoryScrolly);

declare global {
  interface HTMLElementTagNameMap {
    'story-scrolly': StoryScrolly;
    'story-step': StoryStep;
    'story-lane': StoryLane;
  }
}

export { StoryLane, StoryScrolly, StoryStep };
