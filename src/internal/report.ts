/**
 * How an element that loads a story tells about problems: a `console.warn` per problem naming its
 * path, and one `story-error` event (bubbles, composed) with typed detail. Each problem set or
 * failure is told once, however often the element renders.
 */
import type { Issue, ParsedStory } from '../core/types.js';
import { emit, type StoryErrorDetail } from '../events.js';
import { LoadError } from './load.js';

interface Source {
  localName: string;
  src: string;
  data: unknown;
}

export class ProblemReporter {
  #told?: unknown;

  constructor(readonly host: HTMLElement & Source) {}

  /** Validation problems: warnings and errors to the console; errors also as `story-error`. */
  problems(loaded: { story: ParsedStory | null; errors: Issue[]; warnings: Issue[] }): void {
    if (!this.#first(loaded)) return;
    const tag = this.host.localName;
    for (const w of loaded.warnings) console.warn(`${tag}: ${w.path}: ${w.message}`);
    if (loaded.errors.length === 0) return;
    for (const e of loaded.errors) console.warn(`${tag}: ${e.path}: ${e.message}`);
    const count = loaded.errors.length;
    this.#fire({
      kind: 'validation',
      message: `${count} ${count === 1 ? 'problem' : 'problems'} in the story`,
      errors: loaded.errors,
      rendered: loaded.story?.events.length ?? 0,
    });
  }

  /** A load that failed: HTTP, network, timeout, JSON or CSV. */
  failure(error: unknown): void {
    if (!this.#first(error)) return;
    const known = error instanceof LoadError;
    const message = known ? error.message : `Could not show the story: ${String(error)}`;
    console.warn(`${this.host.localName}: ${message}`);
    this.#fire({ kind: known ? error.kind : 'network', message, errors: [], rendered: 0 });
  }

  #first(subject: unknown): boolean {
    if (this.#told === subject) return false;
    this.#told = subject;
    return true;
  }

  #fire(detail: Omit<StoryErrorDetail, 'src'>): void {
    const { src, data } = this.host;
    emit<StoryErrorDetail>(this.host, 'story-error', { ...detail, ...(src && !data && { src }) });
  }
}
