/**
 * Fetches a story: aborts with the caller's signal, gives up after a timeout, says why it failed,
 * and reads any of the formats a story may come in (Storyline JSON, TimelineJS JSON, CSV). The
 * converters are loaded only when a file needs them.
 */
import type { StoryErrorKind } from '../events.js';
import { isTimelineJS } from '../formats/detect.js';

export class LoadError extends Error {
  constructor(
    readonly kind: StoryErrorKind,
    message: string,
    /** The HTTP status, for `http`; the seconds waited, for `timeout`. */
    readonly figure?: number,
  ) {
    super(message);
    this.name = 'LoadError';
  }
}

export interface LoadOptions {
  signal?: AbortSignal;
  /** Milliseconds before giving up; 15 s by default. */
  timeout?: number;
  /** `json` or `csv`; guessed from the URL and the response's type when absent. */
  format?: string;
}

/** Resolves with a story document (not yet validated), or rejects with a `LoadError` or the caller's abort. */
export async function loadStory(src: string, options: LoadOptions = {}): Promise<unknown> {
  const { text, type } = await fetchText(src, options);
  const csv = options.format
    ? options.format === 'csv'
    : /\.csv(?:[?#]|$)/i.test(src) || type.includes('csv');
  return readStory(text, csv ? 'csv' : 'json', src);
}

/** Reads story text in a format: CSV (either column set) or JSON (Storyline's or TimelineJS's). */
export async function readStory(text: string, format: 'json' | 'csv', name: string): Promise<unknown> {
  if (format === 'csv') {
    const { fromCsv } = await import('../formats/csv.js');
    try {
      return fromCsv(text);
    } catch (error) {
      throw new LoadError('csv', `${name} is not valid CSV: ${(error as Error).message}`);
    }
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new LoadError('json', `${name} is not valid JSON: ${(error as Error).message}`);
  }
  // The test is tiny and static, so that a Storyline story never fetches the converter.
  if (!isTimelineJS(json)) return json;
  const { fromTimelineJS } = await import('../formats/timelinejs.js');
  return fromTimelineJS(json);
}

async function fetchText(
  src: string,
  { signal, timeout = 15000 }: LoadOptions,
): Promise<{ text: string; type: string }> {
  const timer = AbortSignal.timeout(timeout);
  const combined = signal ? AbortSignal.any([signal, timer]) : timer;
  let response: Response;
  try {
    response = await fetch(src, {
      signal: combined,
      headers: { Accept: 'application/json, text/csv;q=0.9' },
    });
  } catch (error) {
    const reason = failure(error, src, timer, timeout);
    throw reason instanceof LoadError &&
      reason.kind === 'network' &&
      (await (await import('./cors.js')).refusedByCors(src, combined))
      ? new LoadError('cors', `Could not load ${src}: no Access-Control-Allow-Origin header`)
      : reason;
  }
  if (!response.ok) {
    const answer = `${response.status} ${response.statusText}`.trim();
    throw new LoadError('http', `Could not load ${src}: the server answered ${answer}`, response.status);
  }
  try {
    return { text: await response.text(), type: response.headers.get('content-type') ?? '' };
  } catch (error) {
    throw failure(error, src, timer, timeout);
  }
}

function failure(error: unknown, src: string, timer: AbortSignal, timeout: number): unknown {
  if (timer.aborted) {
    return new LoadError(
      'timeout',
      `Could not load ${src}: no answer after ${timeout / 1000} s`,
      timeout / 1000,
    );
  }
  if ((error as Error)?.name === 'AbortError') return error;
  return new LoadError('network', `Could not load ${src}: the network request failed`);
}
