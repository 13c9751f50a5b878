import { StoryEra } from './era.component.js';

if (!customElements.get('story-era')) customElements.define('story-era', StoryEra);

declare global {
  interface HTMLElementTagNameMap {
    'story-era': StoryEra;
  }
}

export { StoryEra };
