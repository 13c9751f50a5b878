/**
 * An island: content that is a Lit render root of its own inside its parent element, so that a
 * pre-rendered page takes it over in an idle task of its own, not in its host's hydration. Like
 * `guard`, it renders again only when its key changes.
 *
 * The server renders it in place. `hideIslands` (on the server) then hides its markers from the
 * host's hydration, which sees an island as a value that does not change. In idle time the island
 * shows its markers again and hydrates them with the `hydrate` of `dist/hydrate.js`, which that
 * file hands over under `HYDRATE` (the bundle does not carry Lit's hydration).
 */
import { noChange, render, type RenderOptions, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ChildPart, type PartInfo } from 'lit/directive.js';
import { HYDRATE } from './hydrate-hook.js';
import { whenIdle } from './idle.js';

/** What the server puts before an island's markers: the host's hydration passes them by. */
export const HIDDEN = 'island:';

type Hydrate = (value: unknown, container: HTMLElement, options: RenderOptions) => void;
type Content = () => TemplateResult;
/** `idle`: rendered first in idle time, in the browser too (the server's island always is). */
type When = 'idle';

const sameKey = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((value, i) => value === b[i]);

class Island extends Directive {
  #key?: readonly unknown[];
  /** Until the server's island is taken over: what to render once it is. */
  #waiting?: { key: readonly unknown[]; content: Content };

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('island() goes in a child position');
  }

  /** On the server: the content, in place. */
  render(_key: readonly unknown[], content: Content, _when?: When): unknown {
    return content();
  }

  override update(part: ChildPart, [key, content, when]: [readonly unknown[], Content, When?]): unknown {
    const container = part.parentNode as HTMLElement;
    const options = { host: part.options?.host };
    const first = this.#key === undefined && !this.#waiting;
    const server = first && hasHidden(container);
    if (this.#waiting) {
      this.#waiting = { key, content };
    } else if (server || (first && when === 'idle')) {
      // The server's island is taken over in idle time, with what the server rendered; a first
      // render that can wait is done then, after what its host renders besides it has painted.
      const served = server ? content() : undefined;
      const waiting = (this.#waiting = { key, content });
      whenIdle(() => {
        const last = this.#waiting ?? waiting;
        this.#waiting = undefined;
        if (served) takeOver(container, served, options);
        if (!served || !sameKey(last.key, key)) render(last.content(), container, options);
      });
    } else if (!this.#key || !sameKey(key, this.#key)) {
      render(content(), container, options);
    }
    this.#key = key;
    return noChange;
  }
}

/** The comments in an element, in document order. */
function* comments(container: HTMLElement): Generator<Comment> {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_COMMENT);
  while (walker.nextNode()) yield walker.currentNode as Comment;
}

/** Whether the element holds a server's island, its markers hidden. */
function hasHidden(container: HTMLElement): boolean {
  for (const comment of comments(container)) if (comment.data.startsWith(HIDDEN)) return true;
  return false;
}

/**
 * Shows the island's markers again and hydrates them. Without Lit's `hydrate`, or when the server's
 * HTML does not match, the island renders anew.
 */
function takeOver(container: HTMLElement, value: TemplateResult, options: RenderOptions): void {
  for (const comment of comments(container)) {
    if (comment.data.startsWith(HIDDEN)) comment.data = comment.data.slice(HIDDEN.length);
  }
  const hydrate = (globalThis as { [HYDRATE]?: Hydrate })[HYDRATE];
  try {
    if (hydrate) return hydrate(value, container, options);
  } catch {
    // Rendered anew, below.
  }
  container.replaceChildren();
  render(value, container, options);
}

/**
 * `island(key, content, when?)`: `content()` rendered as a root of its own in the parent element,
 * again when `key` (compared item by item) changes. With `'idle'`, the first render waits for idle
 * time, so that its host's other content paints first.
 */
export const island = directive(Island);

/**
 * On the server, after rendering: the markers inside each island (the content of an element
 * marked `data-island`, within its part's own markers) get `HIDDEN` before them.
 */
export function hideIslands(html: string): string {
  const opening = /<[a-z][^>]*\sdata-island(?=[\s>=])[^>]*>/g;
  const marker = /<!--(\/?)lit-(part|node)/g;
  let result = '';
  let from = 0;
  const start = /\s*<!--lit-part/y;
  for (let element = opening.exec(html); element; element = opening.exec(html)) {
    // An island's part opens right inside its element; anything else marked so is not one.
    start.lastIndex = marker.lastIndex = element.index + element[0].length;
    if (!start.test(html)) continue;
    let depth = 0;
    let end = html.length;
    for (let found = marker.exec(html); found; found = marker.exec(html)) {
      const part = found[2] === 'part';
      const closing = found[1] === '/';
      if (part) depth += closing ? -1 : 1;
      // The island's own part markers (its first opening and the closing that matches it) stay.
      const own = part && (closing ? depth === 0 : depth === 1);
      if (!own) {
        result += html.slice(from, found.index + 4) + HIDDEN;
        from = found.index + 4;
      }
      if (depth === 0) {
        end = marker.lastIndex;
        break;
      }
    }
    // On after the island (to the end, should its part never close).
    opening.lastIndex = end;
  }
  return result + html.slice(from);
}
