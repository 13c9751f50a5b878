/**
 * The DOM events Storyline fires. All are `CustomEvent`s with a typed `detail`, and all bubble
 * and are composed, so a page can listen on the element or anywhere above it.
 */
import type { StoryStep } from './components/scrolly/step.component.js';
import type { Issue, ParsedEvent } from './core/types.js';

export interface ActiveChangeDetail {
  /** The id of the event that became active. */
  id: string;
  /** Its index among the events shown (after filtering). */
  index: number;
  event: ParsedEvent;
}

/**
 * Why a story failed. `cors`: its server answered, but without `Access-Control-Allow-Origin`, so a
 * page on another origin (or in a sandboxed iframe, whose origin is opaque) may not read it.
 */
export type StoryErrorKind = 'http' | 'network' | 'cors' | 'timeout' | 'json' | 'csv' | 'validation';

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

/** A `<story-step>` reached the reading line (`story-step-enter`) or left it (`story-step-exit`). */
export interface StepDetail {
  step: StoryStep;
  /** Its index among the scrolly's steps, from 0. */
  index: number;
  /** Which way the reader was scrolling. */
  direction: 'up' | 'down';
  /** The story event the step names, when the story has it. */
  event?: ParsedEvent;
}

/** How far the reading line has got through the active step (`story-step-progress`). */
export interface StepProgressDetail {
  step: StoryStep;
  index: number;
  /** 0 at the step's top, 1 at its bottom. */
  progress: number;
}

export function emit<T>(target: EventTarget, type: string, detail: T): void {
  target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'story-active-change': CustomEvent<ActiveChangeDetail>;
    'story-error': CustomEvent<StoryErrorDetail>;
    'story-step-enter': CustomEvent<StepDetail>;
    'story-step-exit': CustomEvent<StepDetail>;
    'story-step-progress': CustomEvent<StepProgressDetail>;
  }
}
