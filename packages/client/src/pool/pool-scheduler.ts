import type { PoolClient } from './pool-member';
import { AbortError, ClientClosedError, TimeoutError } from '../errors';
import type { CommandOptions } from '../options';
import { PoolAcquireTimeoutError } from '../errors';
import type { ResolvedPoolOptions } from './pool-options';
import { WaitingTasks, type WaitLimits, type WaitingTask } from './waiting-tasks';

// The clients of a pool and the tasks waiting for them: who is idle, busy or connecting, who gets
// the next free client, when to open one more or close the extra ones, and the pool's lifecycle.
// PoolClientPool (client-pool.ts) puts node-redis's API on top.

/** One client of the pool and where it is. */
export interface PoolMember {
  readonly client: PoolClient;
  state: 'connecting' | 'idle' | 'busy';
  /** The pool closed or destroyed it (or dropped it): its `'end'` is expected, it takes no task. */
  retired: boolean;
  /** It ended by itself (its reconnect strategy gave up, a task closed it): dropped when its task ends. */
  dead: boolean;
  /** Hands it back once a task settled; made once per member, so a task costs no closure for it. */
  readonly release: () => void;
}

/** What runs on a client: a command, a transaction, a task. Returns a promise and never throws. */
export type Work = (client: PoolClient, options: CommandOptions | undefined) => Promise<unknown>;

interface Closing {
  readonly promise: Promise<void>;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
  finishing: boolean;
}

/**
 * What a wait of `waited` ms leaves of a `budget` ms deadline, rounded down to a 32nd of the budget:
 * a client tracks deadlines in one FIFO per distinct timeout value, so the values must stay few
 * (rounding down: a command may give up slightly early, never late).
 */
export function remainingTimeout(budget: number, waited: number): number {
  const remaining = budget - waited;
  const step = Math.ceil(budget / 32);
  if (remaining >= step) return Math.floor(remaining / step) * step;
  return Math.max(1, Math.floor(remaining));
}

/**
 * Runs work on the clients of one pool: each client to one piece of work at a time. Opens clients on
 * demand up to `maximum` (`createMember` makes them), queues the rest of the work in order, and
 * closes idle clients above `minimum` after `cleanupDelay`.
 */
export class PoolScheduler {
  readonly #options: ResolvedPoolOptions;
  readonly #createMember: () => PoolClient;
  readonly #onError: (error: Error) => void;
  /** The first client, made with the scheduler (it checks the client options at once). */
  #spare: PoolClient | undefined;
  /** Idle clients, least recently used first (the last one is given out next). */
  readonly #idle: PoolMember[] = [];
  readonly #members = new Set<PoolMember>();
  #busy = 0;
  #connecting = 0;
  readonly #waiting = new WaitingTasks<PoolMember>();
  #open = false;
  #closing: Closing | undefined;
  /** Bumped by destroy(): a connect() or close() that started before it leaves the pool alone. */
  #generation = 0;
  #cleanupTimer: NodeJS.Timeout | undefined;
  #lastRelease = 0;

  /** `onError` gets every client's errors. Throws what `createMember` throws (bad client options). */
  constructor(options: ResolvedPoolOptions, createMember: () => PoolClient, onError: (error: Error) => void) {
    this.#options = options;
    this.#createMember = createMember;
    this.#onError = onError;
    this.#spare = createMember();
  }

  get idle(): number {
    return this.#idle.length;
  }

  /** Running work or connecting. */
  get inUse(): number {
    return this.#busy + this.#connecting;
  }

  get total(): number {
    return this.#idle.length + this.#busy + this.#connecting;
  }

  get waiting(): number {
    return this.#waiting.length;
  }

  get isOpen(): boolean {
    return this.#open;
  }

  get isClosing(): boolean {
    return this.#closing !== undefined;
  }

  get cleanupTimer(): NodeJS.Timeout | undefined {
    return this.#cleanupTimer;
  }

  /**
   * Open `minimum` clients: resolves once they are ready; undefined when open already. If one
   * fails, everything is destroyed and it rejects with that client's error.
   */
  open(): Promise<void> | undefined {
    if (this.#open) return undefined;
    this.#open = true;
    const generation = this.#generation;
    const count = this.#options.minimum;
    if (count === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      let left = count;
      for (let i = 0; i < count; i++) {
        void this.#grow(undefined).then((error) => {
          if (error === undefined) {
            if (--left === 0) resolve();
            return;
          }
          if (this.#generation === generation) this.destroy();
          reject(error);
        });
      }
    });
  }

  /** Close gracefully: new work is refused; what runs and what waits still runs; then the clients close. */
  close(): Promise<void> {
    if (this.#closing !== undefined) return this.#closing.promise;
    if (!this.#open) return Promise.resolve();
    this.#stopCleanup();
    let resolve!: () => void;
    let reject!: (error: unknown) => void;
    const promise = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    this.#closing = { promise, resolve, reject, finishing: false };
    this.#finishCloseIfDrained();
    return promise;
  }

  /** Close now: waiting work fails with a ClientClosedError, every client is destroyed, a close() in progress resolves. */
  destroy(): void {
    this.#generation++;
    this.#open = false;
    this.#stopCleanup();
    const tasks = this.#waiting.takeAll();
    const members = [...this.#members];
    this.#members.clear();
    this.#idle.length = 0;
    this.#busy = 0;
    this.#connecting = 0;
    const closing = this.#closing;
    this.#closing = undefined;
    for (const member of members) {
      member.retired = true;
      member.client.destroy();
    }
    for (const task of tasks) task.fail(new ClientClosedError());
    closing?.resolve();
  }

  /**
   * Run `work` on a client: a free one now, or wait for one. `budget` (ms, 0: none) is the
   * command's own deadline: the wait counts against it.
   */
  submit(options: CommandOptions | undefined, budget: number, work: Work): Promise<unknown> {
    if (!this.#open || this.#closing !== undefined) return Promise.reject(new ClientClosedError());
    const signal = options?.abortSignal;
    if (signal?.aborted === true) return Promise.reject(new AbortError(false, signal.reason));
    const member = this.#takeIdle();
    if (member !== undefined) return this.#run(member, options, work);
    return new Promise<unknown>((resolve, reject) => {
      const start = (member: PoolMember, waited: number): void => {
        let runOptions = options;
        // The command's deadline started when it was called: it gets what the wait left of it.
        if (budget > 0 && waited >= 1) runOptions = { ...options, timeout: remainingTimeout(budget, waited) };
        this.#run(member, runOptions, work).then(resolve, reject);
      };
      const task = this.#waiting.add(start, reject, this.#waitLimits(budget, signal));
      if (this.total < this.#options.maximum) void this.#grow(task);
    });
  }

  #waitLimits(budget: number, signal: AbortSignal | undefined): WaitLimits {
    const acquire = this.#options.acquireTimeout;
    const onAbort = (aborted: AbortSignal): Error => new AbortError(false, aborted.reason);
    if (budget > 0 && (acquire === 0 || budget < acquire)) {
      return { ms: budget, onTimeout: () => new TimeoutError(budget, false), signal, onAbort };
    }
    return { ms: acquire, onTimeout: () => new PoolAcquireTimeoutError(acquire), signal, onAbort };
  }

  #run(member: PoolMember, options: CommandOptions | undefined, work: Work): Promise<unknown> {
    const result = work(member.client, options);
    // Registered before the caller's own handlers: the client is back (and serving the next waiting
    // task) before the caller's continuation runs.
    result.then(member.release, member.release);
    return result;
  }

  /** A free client, ready ones first (one that is reconnecting serves only when no other is free). */
  #takeIdle(): PoolMember | undefined {
    const idle = this.#idle;
    const last = idle.length - 1;
    if (last < 0) return undefined;
    if (!idle[last]!.client.isReady) {
      for (let i = last - 1; i >= 0; i--) {
        if (idle[i]!.client.isReady) {
          const ready = idle[i]!;
          idle[i] = idle[last]!;
          idle[last] = ready;
          break;
        }
      }
    }
    const member = idle.pop()!;
    member.state = 'busy';
    this.#busy++;
    return member;
  }

  /** Open one more client; on behalf of `owner` (a waiting task), which its failure rejects. Resolves with the error, if any. */
  #grow(owner: WaitingTask<PoolMember> | undefined): Promise<Error | undefined> {
    let client: PoolClient;
    try {
      client = this.#spare ?? this.#createMember();
    } catch (error) {
      // The client options were checked when the pool was made; a factory (duplicate) may still throw.
      const failure = error instanceof Error ? error : new Error(String(error));
      if (owner !== undefined && this.#waiting.cancel(owner)) owner.fail(failure);
      return Promise.resolve(failure);
    }
    this.#spare = undefined;
    const member = this.#adopt(client);
    if (owner !== undefined) owner.growing = true;
    return client.connect().then(
      () => {
        if (owner !== undefined) owner.growing = false;
        if (member.retired) return undefined;
        this.#connecting--;
        member.state = 'busy';
        this.#busy++;
        this.#release(member);
        return undefined;
      },
      (error: Error) => {
        if (owner !== undefined) owner.growing = false;
        if (member.retired) return error;
        member.retired = true;
        this.#connecting--;
        this.#members.delete(member);
        // The task this client was opened for fails with the reason (others keep waiting for a client).
        if (owner !== undefined && this.#waiting.cancel(owner)) owner.fail(error);
        this.#growForWaiting();
        this.#finishCloseIfDrained();
        return error;
      },
    );
  }

  #adopt(client: PoolClient): PoolMember {
    const member: PoolMember = {
      client,
      state: 'connecting',
      retired: false,
      dead: false,
      release: () => this.#release(member),
    };
    client.on('error', (error) => {
      this.#onError(error);
    });
    client.on('end', () => {
      if (!member.retired) this.#memberEnded(member);
    });
    this.#members.add(member);
    this.#connecting++;
    return member;
  }

  /** A client ended by itself: never given a task again; an idle one is dropped now. */
  #memberEnded(member: PoolMember): void {
    member.dead = true;
    if (member.state !== 'idle') return; // a busy one is dropped when its task ends; a connecting one when connect() rejects
    const index = this.#idle.indexOf(member);
    if (index !== -1) this.#idle.splice(index, 1);
    member.retired = true;
    this.#members.delete(member);
    this.#growForWaiting();
    this.#finishCloseIfDrained();
  }

  /** A task settled (or a client connected): the client serves the oldest waiting task, or goes idle. */
  #release(member: PoolMember): void {
    if (member.retired) return;
    if (member.dead) {
      member.retired = true;
      this.#busy--;
      this.#members.delete(member);
      this.#growForWaiting();
      this.#finishCloseIfDrained();
      return;
    }
    const task = this.#waiting.take();
    if (task !== undefined) {
      task.start(member, performance.now() - task.enqueuedAt);
      return;
    }
    this.#busy--;
    member.state = 'idle';
    this.#idle.push(member);
    if (this.#closing !== undefined) this.#finishCloseIfDrained();
    else this.#scheduleCleanup();
  }

  /** Tasks wait with no client being opened for them while there is room (a client died or failed to connect): open some. */
  #growForWaiting(): void {
    if (!this.#open) return;
    while (this.#waiting.length > 0 && this.total < this.#options.maximum) {
      const task = this.#waiting.firstNotGrowing();
      if (task === undefined) return;
      void this.#grow(task);
    }
  }

  /** After `cleanupDelay` without a task finishing, close the idle clients above `minimum`. */
  #scheduleCleanup(): void {
    if (this.total <= this.#options.minimum) return;
    // One timer, re-armed lazily when it fires: no clearTimeout/setTimeout on every release.
    this.#lastRelease = performance.now();
    if (this.#cleanupTimer !== undefined) return;
    this.#armCleanup(this.#options.cleanupDelay);
  }

  #armCleanup(delay: number): void {
    this.#cleanupTimer = setTimeout(() => this.#cleanup(), delay);
    this.#cleanupTimer.unref();
  }

  #cleanup(): void {
    this.#cleanupTimer = undefined;
    const quiet = performance.now() - this.#lastRelease;
    const delay = this.#options.cleanupDelay;
    if (quiet < delay) {
      this.#armCleanup(Math.ceil(delay - quiet));
      return;
    }
    const excess = Math.min(this.#idle.length, this.total - this.#options.minimum);
    if (excess <= 0) return;
    // The least recently used ones.
    for (const member of this.#idle.splice(0, excess)) {
      member.retired = true;
      this.#members.delete(member);
      member.client.close().catch(() => member.client.destroy());
    }
  }

  #stopCleanup(): void {
    if (this.#cleanupTimer !== undefined) clearTimeout(this.#cleanupTimer);
    this.#cleanupTimer = undefined;
  }

  /** Closing, and nothing runs, connects or waits any more: close the clients. */
  #finishCloseIfDrained(): void {
    const closing = this.#closing;
    if (closing === undefined || closing.finishing) return;
    if (this.#busy > 0 || this.#connecting > 0 || this.#waiting.length > 0) return;
    closing.finishing = true;
    const generation = this.#generation;
    const members = this.#idle.splice(0);
    for (const member of members) {
      member.retired = true;
      this.#members.delete(member);
    }
    void Promise.allSettled(members.map((member) => member.client.close())).then((results) => {
      // destroy() meanwhile: it settled this close already, and the pool may be open again.
      if (this.#generation !== generation) return;
      let failure: PromiseRejectedResult | undefined;
      results.forEach((result, i) => {
        if (result.status === 'fulfilled') return;
        failure ??= result;
        members[i]!.client.destroy();
      });
      this.#open = false;
      this.#closing = undefined;
      if (failure === undefined) closing.resolve();
      else closing.reject(failure.reason);
    });
  }
}
