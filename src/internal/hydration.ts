/**
 * When a pre-rendered element takes its DOM over. The server marks it `defer-hydration`; Lit's
 * hydration support waits for that attribute to go. It goes once the element's language is
 * loaded, so that its first update renders what the server did, and in idle time, so that the page
 * is painted first. What that first update computes before it renders (`prepare`: the story read
 * and checked, the axis' scale) runs in an idle period of its own, so that the hydration's task is
 * shorter by that much.
 */
import { isServer } from 'lit';
import { en, loadLocale } from '../i18n/index.js';
import { whenIdle } from './idle.js';

const idle = () => new Promise<void>((resolve) => whenIdle(() => resolve()));

export function hydrateWhenIdle(host: HTMLElement, prepare: () => void): void {
  if (isServer || !host.hasAttribute('defer-hydration')) return;
  void loadLocale(host.getAttribute('locale'))
    .catch(() => en)
    .then(idle)
    .then(prepare)
    // What failed there fails again in the first update, which reports it: hydrate either way.
    .catch(() => undefined)
    .then(idle)
    .then(() => host.removeAttribute('defer-hydration'));
}
