import { waitFor, done, notYet } from '@x/test-utils';

/**
 * Collects what a listener receives, and waits (bounded, polled) until some has arrived — so a test
 * waits for the message rather than for a fixed time.
 */
export class Inbox<T> {
  readonly items: T[] = [];

  readonly push = (item: T): void => {
    this.items.push(item);
  };

  /** Resolves with the items once there are at least `count`. */
  async atLeast(count: number, what = `${count} items`): Promise<T[]> {
    return waitFor(what, async () => (this.items.length >= count ? done(this.items.slice()) : notYet(`${this.items.length} so far`)), {
      timeoutMs: 10_000,
      intervalMs: 5,
    });
  }
}

/** Polls `check` until it holds (bounded): for states that have no event. */
export function until(what: string, check: () => boolean | Promise<boolean>): Promise<true> {
  return waitFor(what, async () => ((await check()) ? done(true as const) : notYet(what)), { timeoutMs: 10_000, intervalMs: 5 });
}

/** The next emission of `event` on `emitter`, with its arguments (an 'error' meanwhile does not reject it). */
export function nextEvent<A extends unknown[] = unknown[]>(
  emitter: { once(event: never, listener: (...args: never[]) => void): unknown },
  event: string,
): Promise<A> {
  return new Promise((resolve) => {
    emitter.once(event as never, (...args: never[]) => resolve(args as unknown as A));
  });
}
