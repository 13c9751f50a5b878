/**
 * The DOM events Storyline fires. All are `CustomEvent`s with a typed `detail`, and all bubble
 * and are composed, so a page can listen on the element or anywhere above it.
 */
import type { Issue, ParsedEvent } from './core/types.js';

export interface ActiveChangeDetail {
  /** The id of the event that became active. */
  id: string;
  /** Its index among the events shown (after filtering). */
  index: number;
  event: ParsedEvent;
}

export type StoryErrorKind = 'http' | 'network' | 'timeout' | 'json' | 'validation';

export interface StoryErrorDetail {
  kind: StoryErrorKind;
  /** One sentence for people: what went wrong. */
  message: string;
  /** Validation problems, each with its JSON path; empty for load failures. */
  errors: Issue[];
  /** The URL that was loaded, when the story came from `src`. */
  src?: string;
  /** How many events are still shown despite the errors. */
  rendered: number;
}

export function emit<T>(target: EventTarget, type: string, detail: T): void {
  target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'story-active-change': CustomEvent<ActiveChangeDetail>;
    'story-error': CustomEvent<StoryErrorDetail>;
  }
}
