// Polling with a bound: the only way this package waits for a state (never a fixed sleep).

/** One poll's verdict: the state was reached (with a value), or not yet (with the reason why). */
export type PollResult<T> = { done: true; value: T } | { done: false; reason: string };

export const done = <T>(value: T): PollResult<T> => ({ done: true, value });
export const notYet = (reason: string): PollResult<never> => ({ done: false, reason });

export interface WaitOptions {
  /** Give up after this many ms (the error names `what` and the last reason). */
  timeoutMs: number;
  /** Pause between polls in ms (default 50). */
  intervalMs?: number;
}

/** Raised when a polled state is not reached in time. */
export class WaitTimeoutError extends Error {
  override readonly name = 'WaitTimeoutError';
}

export const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Calls `poll` until it reports `done` and resolves with its value. A poll that throws counts as
 * "not yet" (its message becomes the reason), so transient connection errors are retried.
 */
export async function waitFor<T>(what: string, poll: () => Promise<PollResult<T>>, options: WaitOptions): Promise<T> {
  const deadline = Date.now() + options.timeoutMs;
  const interval = options.intervalMs ?? 50;
  let reason = 'never polled';
  for (;;) {
    try {
      const result = await poll();
      if (result.done) return result.value;
      reason = result.reason;
    } catch (error) {
      reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    }
    if (Date.now() >= deadline) {
      throw new WaitTimeoutError(`${what}: not reached within ${options.timeoutMs} ms (last: ${reason})`);
    }
    await delay(interval);
  }
}
