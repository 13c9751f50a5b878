/**
 * dist/embed-host.js: for a host page that wants embedded timelines to size themselves, with no
 * pym.js or wp-embed. It finds `<iframe data-storyline>`, sets each one's height from its own
 * messages (only from that iframe's window), passes the page's `#hash` in, and keeps the hash on
 * the active event when the iframe has `data-sync-hash`.
 */
import { isStorylineMessage, type StorylineMessage } from './messages.js';

function frames(): HTMLIFrameElement[] {
  return [...document.querySelectorAll<HTMLIFrameElement>('iframe[data-storyline]')];
}

window.addEventListener('message', (event) => {
  const frame = frames().find((f) => f.contentWindow === event.source);
  if (!frame || !isStorylineMessage(event.data)) return;
  const data = event.data;
  if (data.type === 'storyline:height' && Number.isFinite(data.height)) {
    frame.style.height = `${Math.max(0, Math.round(data.height))}px`;
  } else if (data.type === 'storyline:active' && frame.hasAttribute('data-sync-hash')) {
    history.replaceState(history.state, '', `#${encodeURIComponent(data.id)}`);
  }
});

function sendHash(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id) return;
  for (const frame of frames()) {
    frame.contentWindow?.postMessage({ type: 'storyline:goto', id } satisfies StorylineMessage, '*');
  }
}

window.addEventListener('hashchange', sendHash);
for (const frame of frames()) frame.addEventListener('load', sendHash, { once: true });
