/**
 * dist/embed.js, the script of embed.html (beside dist/storyline.js, which defines the elements): builds a full-width `<story-timeline>` from the page's
 * query string (and the page's own story, in the self-contained page of `storyline embed-page`), tells the parent page its height whenever it changes, reports the active event,
 * and follows the parent's hash (`hash=` in the query, or a `storyline:goto` message).
 */
import type { StoryTimeline } from '../components/timeline/timeline.component.js';
import { isSafeUrl } from '../core/safety.js';
import { parseStorylineMessage, pymHeight, wpHeight, type StorylineMessage } from './messages.js';

const params = new URLSearchParams(location.search);
const wpSecret = new URLSearchParams(location.hash.replace(/^#\??/, '')).get('secret') ?? '';
const pymId = params.get('childId') ?? '';

// Attributes only: the element may not be defined yet, and a property set now would hide its own.
const timeline = document.createElement('story-timeline');
const src = params.get('src') ?? '';
if (isSafeUrl(src)) timeline.setAttribute('src', src);
// The self-contained page (`storyline embed-page`) holds the story itself: the timeline's inline story.
const inline = src ? null : document.querySelector('body > script[data-story]');
if (inline) timeline.append(inline);
for (const name of ['locale', 'theme', 'start-at', 'actors']) {
  const value = params.get(name);
  if (value) timeline.setAttribute(name, value);
}
timeline.toggleAttribute('filters', params.has('filters'));
timeline.toggleAttribute('show-header', params.has('header'));
const hash = params.get('hash');
if (hash) timeline.setAttribute('start-at', hash.replace(/^#/, ''));
document.body.append(timeline);

function post(message: unknown): void {
  if (window.parent !== window) window.parent.postMessage(message, '*');
}

// The frame keeps the height the embed code gave it until the story is read (shown next frame) or
// has failed: a height posted while loading would shrink it in the reader's sight, then grow it.
let failed = false;
const shown = () => failed || Boolean((timeline as Partial<StoryTimeline>).story);

let lastHeight = 0;
function postHeight(): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === lastHeight || !shown()) return;
  lastHeight = height;
  post({ type: 'storyline:height', height } satisfies StorylineMessage);
  post(pymHeight(pymId, height));
  post(wpHeight(height, wpSecret));
}
new ResizeObserver(postHeight).observe(document.documentElement);
timeline.addEventListener('story-error', () => {
  failed = true;
  postHeight();
});

// An embed that names no story, or one it may not load, says so to its author: never a blank frame.
if (!timeline.hasAttribute('src') && !inline) {
  const note = document.createElement('p');
  note.setAttribute('role', 'alert');
  note.className = 'embed-note';
  note.textContent = src
    ? `Storyline: the story address “${src}” was refused. Use an http(s) or a relative address.`
    : 'Storyline: this embed names no story. Add ?src= and the story’s address to the address of embed.html.';
  // In the empty timeline's place, which would keep a viewport's height above it.
  timeline.replaceWith(note);
  failed = true;
}

timeline.addEventListener('story-active-change', (event) => {
  post({ type: 'storyline:active', id: event.detail.id } satisfies StorylineMessage);
});

window.addEventListener('message', (event) => {
  const data = event.source === window.parent ? parseStorylineMessage(event.data) : null;
  if (data?.type === 'storyline:goto')
    void customElements.whenDefined('story-timeline').then(() => timeline.goTo(data.id));
});
