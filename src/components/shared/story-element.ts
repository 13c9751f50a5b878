import { LitElement, type PropertyDeclarations } from 'lit';
import type { Story } from '../../core/types.js';
import type { Messages } from '../../i18n/index.js';
import { offsetConverter } from '../../internal/controllers/reading-line.js';

/**
 * What the timeline and the scrolly both are: an element that loads a story (`data`, `src`, an
 * inline script), follows a reading line at `offset`, has an active event, a colour scheme and a
 * language. Each adds its own properties and behaviour.
 */
export class StoryElement extends LitElement {
  // The reactive properties, declared below (`declare`) with their defaults set in the constructor.
  // Not decorators: no browser runs them yet, and compiled they made every #private member of the
  // class a WeakMap lookup (and took 2 KB of the bundle).
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: {},
    format: {},
    offset: { converter: offsetConverter },
    activeId: { attribute: 'active-id', reflect: true },
    theme: { reflect: true },
    timeout: { type: Number },
    locale: {},
    messages: { attribute: false },
  };

  /** The story as an object. Takes precedence over `src` and an inline script. */
  declare data: Story | null;

  /** URL of a story: Storyline JSON, a TimelineJS3 JSON file, or CSV (see `format`). */
  declare src: string;

  /** `json` or `csv`: the format of `src` or of the inline story, when its URL and type do not say. */
  declare format: string;

  /** The reading line: a share of the viewport (or scrolling container) height from the top (`0.5`), or pixels (`"120px"`). */
  declare offset: number | string;

  /** The id of the active event (reflected). Setting it moves the marker without scrolling. */
  declare activeId: string;

  /** `light` or `dark` forces a colour scheme; by default it follows the reader's. */
  declare theme: 'light' | 'dark' | 'auto';

  /** Milliseconds before a `src` load gives up. */
  declare timeout: number;

  /**
   * The language of dates and of the component's words (BCP 47). When absent: the closest `lang`
   * attribute, then the story's `language`. Each language but English loads on demand.
   */
  declare locale: string;

  /** Replaces some of the component's words, e.g. `{ filterBy: 'Follow' }`. */
  declare messages: Partial<Messages>;

  /**
   * A declarative shadow root (pre-rendered HTML) that no hydration support takes over
   * (`dist/hydrate.js` was not loaded first) is emptied: Lit would render a second copy after it.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (this.shadowRoot && !('litElementHydrateSupport' in globalThis)) this.shadowRoot.replaceChildren();
    return super.createRenderRoot();
  }

  constructor() {
    super();
    this.data = null;
    this.src = '';
    this.format = '';
    this.offset = 0.5;
    this.activeId = '';
    this.theme = 'auto';
    this.timeout = 15000;
    this.locale = '';
    this.messages = {};
  }
}
