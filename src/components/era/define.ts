import { StoryEraElement } from './era.component.js';

if (!customElements.get('story-era')) customElements.define('story-era', StoryEraElement);

declare global {
  interface HTMLElementTagNameMap {
    'story-era': StoryEraElement;
  }
}

export { StoryEraElement };
