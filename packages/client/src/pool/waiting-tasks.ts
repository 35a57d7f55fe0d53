import Denque from 'denque';

/** A task waiting for a client of the pool. */
export interface WaitingTask<MEMBER> {
  /** Runs the task on `member`; `waited` is how long it waited, in ms. */
  readonly start: (member: MEMBER, waited: number) => void;
  /** Fails the task before it started. */
  readonly fail: (error: Error) => void;
  /** A client is being opened on this task's behalf (so another need not be). */
  growing: boolean;
  /** When it started waiting (`performance.now()`). */
  readonly enqueuedAt: number;
  /** Taken, timed out or aborted: a tombstone the queue skips. */
  _done: boolean;
  _timer: NodeJS.Timeout | undefined;
  _signal: AbortSignal | undefined;
  _onAbort: (() => void) | undefined;
}

/** When a waiting task gives up: after `ms` with the error `onTimeout` makes, or when `signal` aborts. */
export interface WaitLimits {
  ms: number;
  onTimeout: () => Error;
  signal: AbortSignal | undefined;
  onAbort: (signal: AbortSignal) => Error;
}

/**
 * The tasks waiting for a client, oldest first. A task that times out or is aborted stays in the
 * denque as a tombstone (skipped when reached) instead of being spliced out, so removing it costs
 * nothing and the order of the others never changes.
 */
export class WaitingTasks<MEMBER> {
  readonly #queue = new Denque<WaitingTask<MEMBER>>();
  #live = 0;

  /** Tasks waiting now. */
  get length(): number {
    return this.#live;
  }

  /** Queue a task; it fails by itself when `limits` say so. */
  add(start: WaitingTask<MEMBER>['start'], fail: WaitingTask<MEMBER>['fail'], limits: WaitLimits): WaitingTask<MEMBER> {
    const task: WaitingTask<MEMBER> = {
      start,
      fail,
      growing: false,
      enqueuedAt: performance.now(),
      _done: false,
      _timer: undefined,
      _signal: undefined,
      _onAbort: undefined,
    };
    if (limits.ms > 0) {
      task._timer = setTimeout(() => {
        task._timer = undefined;
        if (this.#remove(task)) fail(limits.onTimeout());
      }, limits.ms);
    }
    const signal = limits.signal;
    if (signal !== undefined) {
      const onAbort = (): void => {
        if (this.#remove(task)) fail(limits.onAbort(signal));
      };
      task._signal = signal;
      task._onAbort = onAbort;
      signal.addEventListener('abort', onAbort, { once: true });
    }
    this.#queue.push(task);
    this.#live++;
    return task;
  }

  /** Take the oldest waiting task out (its timer and abort listener are dropped). */
  take(): WaitingTask<MEMBER> | undefined {
    let task: WaitingTask<MEMBER> | undefined;
    while ((task = this.#queue.shift()) !== undefined) {
      if (this.#remove(task)) return task;
    }
    return undefined;
  }

  /** The oldest waiting task no client is being opened for. */
  firstNotGrowing(): WaitingTask<MEMBER> | undefined {
    const queue = this.#queue;
    for (let i = 0; i < queue.length; i++) {
      const task = queue.peekAt(i)!;
      if (!task._done && !task.growing) return task;
    }
    return undefined;
  }

  /** Take a task out wherever it is (it failed): false when it was no longer waiting. */
  cancel(task: WaitingTask<MEMBER>): boolean {
    return this.#remove(task);
  }

  /** Take every waiting task out, oldest first. */
  takeAll(): Array<WaitingTask<MEMBER>> {
    const tasks: Array<WaitingTask<MEMBER>> = [];
    let task: WaitingTask<MEMBER> | undefined;
    while ((task = this.take()) !== undefined) tasks.push(task);
    return tasks;
  }

  #remove(task: WaitingTask<MEMBER>): boolean {
    if (task._done) return false;
    task._done = true;
    this.#live--;
    if (task._timer !== undefined) clearTimeout(task._timer);
    task._timer = undefined;
    if (task._onAbort !== undefined) task._signal!.removeEventListener('abort', task._onAbort);
    task._onAbort = undefined;
    task._signal = undefined;
    // Nothing live left behind it: drop the tombstones now rather than when the queue next moves.
    if (this.#live === 0) this.#queue.clear();
    return true;
  }
}
