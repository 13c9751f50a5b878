/**
 * The story source: one loader for every element that shows a story. It reads, in this order of
 * precedence, the `data` property, the `src` URL, an inline `<script type="application/json">`
 * (or `text/csv`), and `<story-event>`/`<story-era>` children; it validates the story, and tells
 * of problems once (a `console.warn` each, and one `story-error` event).
 */
import { Task, TaskStatus, type StatusRenderer } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Issue, ParsedEvent, ParsedStory, Story } from '../../core/types.js';
import { parseStory } from '../../core/validate.js';
import type { DeclaredStory } from '../../formats/html.js';
import { isTimelineJS } from '../../formats/detect.js';
import { loadStory, readStory } from '../load.js';
import { rememberLast } from '../memo.js';
import { ProblemReporter } from '../report.js';
import { DATA_CHANGE } from '../data-element.js';

export interface Loaded {
  story: ParsedStory | null;
  errors: Issue[];
  warnings: Issue[];
  /** For a story read from `<story-event>` children: the element each event came from, by id. */
  elements?: ReadonlyMap<string, Element>;
}

/** What the source reads from its element. */
export interface StorySourceHost extends ReactiveControllerHost, HTMLElement {
  data: Story | null;
  src: string;
  /** `json`, `csv` or empty (guessed); an inline `text/csv` script sets it to `csv`. */
  format: string;
  timeout: number;
}

export class StorySource implements ReactiveController {
  readonly #host: StorySourceHost;
  readonly #reporter: ProblemReporter;
  #inline: string | null = null;
  #declared: DeclaredStory | null = null;
  #children?: MutationObserver;
  readonly #task: Task<readonly unknown[], Loaded>;

  constructor(host: StorySourceHost) {
    this.#host = host;
    this.#reporter = new ProblemReporter(host);
    host.addController(this);
    this.#task = new Task(host, {
      args: () => [host.data, host.src, host.format, this.#inline, this.#declared, host.timeout],
      task: async (_args, { signal }): Promise<Loaded> => {
        // `data`, and an inline JSON story, are read at once (see `#parse`).
        const now = this.#immediate();
        if (now) return now;
        const { src, format, timeout } = host;
        if (src) return parseStory(await loadStory(src, { signal, timeout, format }));
        const inline = this.#inline;
        if (inline !== null)
          return parseStory(await readStory(inline, format === 'csv' ? 'csv' : 'json', 'The inline story'));
        if (this.#declared) return fromDeclared(this.#declared);
        return { story: null, errors: [], warnings: [] };
      },
    });
  }

  hostConnected(): void {
    this.#read();
    this.#host.addEventListener(DATA_CHANGE, this.#read);
    // Children added or removed, or a script's text replaced.
    this.#children ??= new MutationObserver(this.#read);
    this.#children.observe(this.#host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.#host.removeEventListener(DATA_CHANGE, this.#read);
    this.#children?.disconnect();
  }

  hostUpdated(): void {
    const loaded = this.#task.value;
    if (this.#task.status === TaskStatus.COMPLETE && loaded) this.#reporter.problems(loaded);
    if (this.#task.status === TaskStatus.ERROR) this.#reporter.failure(this.#task.error);
  }

  /**
   * What can be read at once: `data`, or an inline JSON story (not TimelineJS, not CSV) when there
   * is no `src`. The first update has it, so it shows the story rather than an empty shell: on the
   * server it is the only update, and in the browser it must render what the server did for
   * hydration to take the DOM over. Remembered, so that the Task's run for the same input gives
   * this very object back and renders nothing again.
   */
  #parse = rememberLast((data: Story | null, inline: string | null, csv: boolean): Loaded | undefined => {
    if (data) return parseStory(data);
    if (inline === null || csv) return undefined;
    try {
      const json: unknown = JSON.parse(inline);
      return isTimelineJS(json) ? undefined : parseStory(json);
    } catch {
      return undefined; // The Task reports it.
    }
  });

  #immediate(): Loaded | undefined {
    const { data, src, format } = this.#host;
    return this.#parse(data, src ? null : this.#inline, format === 'csv');
  }

  /**
   * The story of the current input when it is read at once (see `#parse`); else the last story
   * loaded, kept while the next loads. The one read at once comes first: the Task's value may
   * still be the previous input's, and a new `data` is shown, and placed, in the update it is set.
   */
  get value(): Loaded | undefined {
    return this.#immediate() ?? this.#task.value;
  }

  /**
   * Reads the light DOM and the story read at once, ahead of the first update: a pre-rendered
   * element does it before it hydrates (see `hydrateWhenIdle`), when it is not connected yet.
   */
  prepare(): ParsedStory | null {
    this.#read();
    return this.story;
  }

  /** The story after validation, or null while loading or when it could not be loaded. */
  get story(): ParsedStory | null {
    return this.value?.story ?? null;
  }

  get events(): readonly ParsedEvent[] {
    return this.value?.story?.events ?? [];
  }

  /** True once the current input's story is there: read at once, or loaded. */
  get complete(): boolean {
    return this.#immediate() !== undefined || this.#task.status === TaskStatus.COMPLETE;
  }

  /** Renders by the load's state, like `Task.render`; a story read at once is complete. */
  render(renderers: StatusRenderer<Loaded>): unknown {
    const now = this.#immediate();
    return now ? renderers.complete?.(now) : this.#task.render(renderers);
  }

  /** Reads the light DOM: an inline script, or `<story-event>` children. */
  #read = (): void => {
    const host = this.#host;
    const script = host.querySelector(
      ':scope > script[type="application/json"], :scope > script[type="text/csv"]',
    );
    const inline = script ? (script.textContent ?? '') : null;
    if (inline !== this.#inline) {
      this.#inline = inline;
      host.requestUpdate();
    }
    if (script?.getAttribute('type') === 'text/csv' && !host.format) host.format = 'csv';
    if (!host.querySelector(':scope > story-event, :scope > story-era')) {
      if (this.#declared) {
        this.#declared = null;
        host.requestUpdate();
      }
      return;
    }
    // The reader of declarative HTML is a chunk of its own, fetched by the pages that use it.
    void import('../../formats/html.js').then(({ fromElements }) => {
      const declared = fromElements(host);
      // Only a change of content reloads: assigning the events to their slots is not one.
      if (JSON.stringify(declared.story) !== JSON.stringify(this.#declared?.story)) {
        this.#declared = declared;
        host.requestUpdate();
      }
    });
  };
}

/** Validates declared elements; errors name the element, and each event shows its own content. */
function fromDeclared({ story, elements, describe }: DeclaredStory): Loaded {
  const result = parseStory(story);
  const rename = (issue: Issue) => ({ ...issue, path: describe(issue.path) });
  const byId = new Map<string, Element>();
  for (const element of elements) {
    const id = element.getAttribute('id');
    if (id) {
      byId.set(id, element);
      element.setAttribute('slot', `event-${id}`);
    }
  }
  return {
    ...result,
    errors: result.errors.map(rename),
    warnings: result.warnings.map(rename),
    elements: byId,
  };
}
