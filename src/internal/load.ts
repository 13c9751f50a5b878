/** Fetches a story document: aborts with the caller's signal, gives up after a timeout, and says why it failed. */
import type { StoryErrorKind } from '../events.js';

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
}

/** Resolves with the parsed JSON, or rejects with a `LoadError` (or the caller's abort). */
export async function fetchJson(
  src: string,
  { signal, timeout = 15000 }: LoadOptions = {},
): Promise<unknown> {
  const timer = AbortSignal.timeout(timeout);
  const combined = signal ? AbortSignal.any([signal, timer]) : timer;
  let response: Response;
  try {
    response = await fetch(src, { signal: combined, headers: { Accept: 'application/json' } });
  } catch (error) {
    throw failure(error, src, timer, timeout);
  }
  if (!response.ok) {
    throw new LoadError(
      'http',
      `Could not load ${src}: the server answered ${response.status} ${response.statusText}`.trim(),
    );
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw failure(error, src, timer, timeout);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new LoadError('json', `${src} is not valid JSON: ${(error as Error).message}`);
  }
}

function failure(error: unknown, src: string, timer: AbortSignal, timeout: number): unknown {
  if (timer.aborted)
    return new LoadError('timeout', `Could not load ${src}: no answer after ${timeout / 1000} s`);
  if ((error as Error)?.name === 'AbortError') return error;
  return new LoadError('network', `Could not load ${src}: the network request failed`);
}
