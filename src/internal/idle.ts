/**
 * Work that can wait: run when the main thread is idle, in slices that leave room for frames.
 * `requestIdleCallback` where the browser has it; elsewhere (Safari) a timer and a 10 ms budget.
 */
export type IdleWork = (timeLeft: () => number) => void;

const hasIdle = typeof requestIdleCallback === 'function';

/** Calls `work` once the browser is idle; `timeLeft()` says how many milliseconds it may still take. */
export function whenIdle(work: IdleWork): number {
  if (hasIdle)
    return requestIdleCallback((deadline) => work(() => deadline.timeRemaining()), { timeout: 2000 });
  return setTimeout(() => {
    const end = performance.now() + 10;
    work(() => end - performance.now());
  }, 1) as unknown as number;
}

export function cancelIdle(handle: number): void {
  if (hasIdle) cancelIdleCallback(handle);
  else clearTimeout(handle);
}
