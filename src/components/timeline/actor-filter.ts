/**
 * The actor filter: the `actors` attribute (ids, space- or comma-separated) keeps the events that
 * involve one of them; with `filters`, a bar of chips lets the reader choose.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { parseIdList } from '../../core/text.js';
import type { ParsedEvent, ParsedStory } from '../../core/types.js';
import { cssVars } from '../../internal/css-vars.js';
import type { Language } from '../../internal/language.js';
import { rememberLast } from '../../internal/memo.js';
import { actorStyle } from '../shared/event-card.js';

export interface ActorFilterHost extends ReactiveControllerHost {
  actors: string;
}

export class ActorFilter implements ReactiveController {
  readonly #host: ActorFilterHost;
  #selected: { from: string; ids: ReadonlySet<string> } = { from: '', ids: new Set() };

  constructor(host: ActorFilterHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  /** The actors chosen, read from `actors` when it changes. */
  get selected(): ReadonlySet<string> {
    const from = this.#host.actors;
    if (this.#selected.from !== from) this.#selected = { from, ids: new Set(parseIdList(from)) };
    return this.#selected.ids;
  }

  /** The events after the filter, worked out again only when either changes. */
  apply(events: readonly ParsedEvent[]): readonly ParsedEvent[] {
    return this.#filter(events, this.selected);
  }

  #filter = rememberLast((events: readonly ParsedEvent[], selected: ReadonlySet<string>) =>
    selected.size === 0 ? events : events.filter((event) => event.actors?.some((id) => selected.has(id))),
  );

  /** Adds or removes an actor (all of them, with null). */
  toggle(id: string | null): void {
    const selected = new Set(this.selected);
    if (id === null) selected.clear();
    else if (selected.has(id)) selected.delete(id);
    else selected.add(id);
    this.#host.actors = [...selected].join(' ');
  }

  /** How many events each actor takes part in, counted once per story. */
  #counts = rememberLast((events: readonly ParsedEvent[]) => {
    const counts = new Map<string, number>();
    for (const event of events)
      for (const id of event.actors ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
    return counts;
  });

  /** The bar of chips, one per actor with events, with counts. */
  render(story: ParsedStory, language: Language): TemplateResult {
    const { words } = language;
    const counts = this.#counts(story.events);
    const selected = this.selected;
    const chip = (id: string | null, content: TemplateResult, style: Record<string, string> = {}) =>
      html`<button
        type="button"
        part="chip"
        class="chip"
        style=${cssVars(style)}
        aria-pressed=${id === null ? selected.size === 0 : selected.has(id)}
        @click=${() => this.toggle(id)}
      >
        ${content}
      </button>`;
    return html`<div part="filters" class="filters" role="group" aria-label=${words.filterBy}>
      <span class="filters-label" aria-hidden="true">${words.filterBy}</span>
      ${chip(null, html`${words.showAll} <span class="count">${story.events.length}</span>`)}
      ${story.actors
        .filter((actor) => (counts.get(actor.id) ?? 0) > 0)
        .map((actor) =>
          chip(
            actor.id,
            html`<span class="swatch" aria-hidden="true"></span>${actor.label}
              <span class="count">${counts.get(actor.id)}</span>`,
            actorStyle(actor),
          ),
        )}
    </div>`;
  }
}
