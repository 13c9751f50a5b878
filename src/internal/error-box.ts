/**
 * The message an element shows in place of a story it could not load, or above one with invalid
 * parts: the problem in the reader's words, the first few problems with the path each is at, and
 * how many events are still shown. Styled by the theme's `.error` rules.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Issue } from '../core/types.js';
import type { Messages } from '../i18n/index.js';
import { LoadError } from './load.js';

/** Problems listed in full; the rest are counted. */
const SHOWN_ERRORS = 5;

export function errorBox(
  words: Messages,
  title: string,
  errors: readonly Issue[],
  total?: number,
): TemplateResult {
  return html`<div part="error" class="error" role="alert">
    <p class="error-title">${title}</p>
    ${
      errors.length
        ? html`<p>${words.invalidEntries(errors.length)}</p>
            <ul>
              ${errors.slice(0, SHOWN_ERRORS).map((e) => html`<li><code>${e.path}</code> ${e.message}</li>`)}
              ${errors.length > SHOWN_ERRORS ? html`<li>${words.moreErrors(errors.length - SHOWN_ERRORS)}</li>` : nothing}
            </ul>`
        : nothing
    }
    ${total !== undefined ? html`<p class="error-kept">${words.shown(total)}</p>` : nothing}
  </div>`;
}

/** A load failure in the reader's words, with the technical detail after it. */
export function failureText(words: Messages, error: unknown): string {
  if (!(error instanceof LoadError)) return `${words.errorTitle}: ${String(error)}`;
  const figure = error.figure ?? 0;
  const said = {
    http: () => words.httpError(figure),
    network: () => words.networkError,
    cors: () => words.corsError,
    timeout: () => words.timeoutError(figure),
    json: () => words.jsonError,
    csv: () => words.csvError,
    validation: () => words.errorTitle,
  }[error.kind]();
  return `${said} (${error.message})`;
}
