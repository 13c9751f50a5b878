/**
 * dist/embed-host.js: for a host page that wants embedded timelines to size themselves and follow
 * the reader, with no pym.js or wp-embed. It finds `<iframe data-storyline>`, sets each one's
 * height from its own messages (only from that iframe's window), scrolls the page when one asks
 * (to bring an event to the reading line), tells each where the page's
 * viewport is (on scroll and resize, at most once a frame), passes the page's `#hash` in, and keeps
 * the hash on the active event when the iframe has `data-sync-hash`.
 */
import { parseStorylineMessage, type StorylineMessage } from './messages.js';

function frames(): HTMLIFrameElement[] {
  return [...document.querySelectorAll<HTMLIFrameElement>('iframe[data-storyline]')];
}

function tell(frame: HTMLIFrameElement, message: StorylineMessage): void {
  frame.contentWindow?.postMessage(message, '*');
}

/** The viewport relative to each iframe: its top edge in the viewport, and the viewport's height. */
function tellViewport(only?: HTMLIFrameElement): void {
  for (const frame of only ? [only] : frames()) {
    const top = Math.round(frame.getBoundingClientRect().top * 100) / 100;
    tell(frame, { type: 'storyline:viewport', top, height: innerHeight });
  }
}

let frame = 0;
/** Scroll and resize come many times a frame: the viewport is measured once, before the next paint. */
function scheduleViewport(): void {
  frame ||= requestAnimationFrame(() => {
    frame = 0;
    tellViewport();
  });
}

addEventListener('scroll', scheduleViewport, { passive: true });
addEventListener('resize', scheduleViewport, { passive: true });

addEventListener('message', (event) => {
  const source = frames().find((f) => f.contentWindow === event.source);
  const data = source && parseStorylineMessage(event.data);
  if (!source || !data) return;
  if (data.type === 'storyline:height') {
    source.style.height = `${Math.round(data.height)}px`;
    // The iframe's new height may move it, and others below it.
    scheduleViewport();
  } else if (data.type === 'storyline:scroll') {
    // A deep link or a key inside the frame: the page scrolls, as the frame never does.
    const top = source.getBoundingClientRect().top + scrollY + data.top;
    // "auto" asks for no animation: `instant`, which the page's `scroll-behavior` cannot make smooth.
    scrollTo({ top, behavior: data.behavior === 'smooth' ? 'smooth' : 'instant' });
  } else if (data.type === 'storyline:active' && source.hasAttribute('data-sync-hash')) {
    history.replaceState(history.state, '', `#${encodeURIComponent(data.id)}`);
  }
});

function sendHash(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id) return;
  for (const frame of frames()) tell(frame, { type: 'storyline:goto', id });
}

addEventListener('hashchange', sendHash);
for (const frame of frames()) {
  frame.addEventListener('load', () => {
    tellViewport(frame);
    sendHash();
  });
}
