import { ClientClosedError, NoReplyError, TimeoutError } from '@x/client';
import { redirectChannel, type Retrier } from '@x/client/node-connection';
import type { ClusterTopology } from './cluster-topology';
import type { ClusterTracer } from './cluster-tracing';
import { classify, type Decision } from './classify';
import { MaxRedirectionsError, ShardUnavailableError } from './errors';
import type { NodeEntry } from './node-registry';

/** Counters of what the cluster did for its callers (cheap: touched only off the fast path). */
export interface ClusterStats {
  /** Commands sent again to the node a MOVED named. */
  moved: number;
  /** Commands sent with ASKING to the node an ASK named. */
  ask: number;
  /** Waits before another attempt (CLUSTERDOWN, TRYAGAIN, a node down, …). */
  retries: number;
}

/** What the attempt engine needs from the cluster. */
export interface EngineContext {
  readonly topology: ClusterTopology;
  readonly stats: ClusterStats;
  /** MOVED/ASK hops a command may follow (`maxCommandRedirections`). */
  readonly maxRedirections: number;
  /** A command whose shard has no reachable master: wait for one up to its deadline, or fail at once. */
  readonly onMasterDown: 'wait' | 'fail';
  /** The default command timeout (ms): the deadline of a command with no timeout of its own. */
  readonly defaultTimeout: number;
  /** Closed (or never connected): nothing is retried any more. */
  isClosed(): boolean;
  /** The cluster's trace contexts and its `x:cluster:redirect` events. */
  readonly tracer: ClusterTracer;
}

/**
 * How long a command without a deadline (a timeout of 0, a blocking command) waits out an outage
 * when the cluster's default timeout is 0 too: never forever.
 */
export const WAIT_WITHOUT_DEADLINE_MS = 5_000;

/** Bounded backoff between attempts: 50 ms doubling to 1 s, plus up to 50 ms of jitter. */
export function retryDelay(attempt: number): number {
  return Math.min(50 * 2 ** (attempt - 1), 1_000) + Math.floor(Math.random() * 50);
}

const noop = (): void => undefined;

/**
 * Wait `delay` ms — and, when `refresh`, for a topology refresh too — but never past `until`
 * (a `performance.now()` time). The pause between two attempts, for every path the cluster sends on.
 */
export function pause(topology: ClusterTopology, delay: number, refresh: boolean, until: number): Promise<void> {
  return new Promise((resolve) => {
    const refreshed = refresh ? topology.refresh().then(noop, noop) : undefined;
    setTimeout(() => {
      if (refreshed === undefined) return resolve();
      // The refresh may still run: wait for it, not past `until`.
      const timer = setTimeout(resolve, Math.max(0, until - performance.now()));
      void refreshed.then(() => {
        clearTimeout(timer);
        resolve();
      });
    }, Math.max(0, Math.min(delay, until - performance.now())));
  });
}

/**
 * The attempt engine: one instance follows one thing the cluster sends — a command, a transaction,
 * one part of a fan-out or a split command, a scan step, a subscription — from node to node until it
 * succeeds or fails. A subclass says where an attempt goes ({@link route}) and how it is sent
 * ({@link sendTo}); every failed attempt comes back through {@link onFailure}, where `classify` decides
 * and two separate budgets bound what follows:
 * - hops: MOVED and ASK go straight to the node named (a MOVED also updates the map and starts one
 *   merged refresh), at most `maxCommandRedirections` of them, then a MaxRedirectionsError;
 * - time: an outage (TRYAGAIN, CLUSTERDOWN, LOADING, a node down or deposed, a slot with no master)
 *   is waited out with a bounded backoff — and a refresh — up to the command's own deadline, where
 *   it fails with a TimeoutError whose `cause` is the last thing that kept it from succeeding (the
 *   shard had no reachable master…). With `onMasterDown: 'fail'` a shard without a reachable master
 *   fails the command at once with a ShardUnavailableError instead.
 * Anything else (an error reply, a bad argument, a refusal by the client, a write that may have run)
 * rejects as it is. Nothing here throws: a failure of the engine itself (a `nodeAddressMap` that
 * throws for a MOVED target) fails that command only.
 */
export abstract class Attempt implements Retrier {
  protected readonly context: EngineContext;
  /** A read: one that was sent and lost with its connection may be sent again. */
  protected readonly readonly: boolean;
  /** The slot it is routed by; undefined when none (a keyless command, a node of its own). */
  protected slot: number | undefined;
  /** Not routed by slot but sent to this node only: it never waits for the node to come back. */
  protected readonly pinned: NodeEntry | undefined;
  /** The address of the attempt in progress' node (it stands in for an empty-host redirect). */
  protected targetAddress: string | undefined = undefined;
  /** When waiting stops: the deadline, or for a command without one, the wait it gets (set on the first wait). */
  #until = 0;
  #hops = 0;
  #waits = 0;
  #lastCause: Error | undefined;

  constructor(context: EngineContext, slot: number | undefined, readonly: boolean, pinned: NodeEntry | undefined) {
    this.context = context;
    this.slot = slot;
    this.readonly = readonly;
    this.pinned = pinned;
  }

  /** The command's timeout in ms (for messages; 0: none). */
  protected abstract get timeout(): number;
  /** What a redirect event names as the command (`GET`, `MULTI`…; '' when there is none). */
  protected get commandName(): string {
    return '';
  }
  /** The command's deadline (`performance.now()`; 0: none). */
  protected abstract get deadline(): number;

  /** The time budget in ms: the timeout, or for a command without one the wait it gets. */
  #budget(): number {
    if (this.deadline !== 0) return this.timeout;
    return this.context.defaultTimeout > 0 ? this.context.defaultTimeout : WAIT_WITHOUT_DEADLINE_MS;
  }

  /** When waiting must stop (`performance.now()`): the deadline, else the budget from the first wait. */
  #waitUntil(): number {
    if (this.#until === 0) this.#until = this.deadline !== 0 ? this.deadline : performance.now() + this.#budget();
    return this.#until;
  }

  /** Send the first attempt, at once or once `ready` (the cluster still connecting) resolves. */
  start(ready?: Promise<unknown>): void {
    if (ready === undefined) {
      this.#next();
      return;
    }
    // Bounded by the deadline like any wait: a cluster that never finishes connecting can't hold it.
    let waiting = true;
    const timer = setTimeout(() => {
      if (!waiting) return;
      waiting = false;
      this.reject(this.#timedOut(new ClientClosedError('The cluster did not finish connecting')));
    }, Math.max(0, this.#waitUntil() - performance.now()));
    ready.then(
      () => {
        if (!waiting) return;
        waiting = false;
        clearTimeout(timer);
        this.#next();
      },
      (error: unknown) => {
        if (!waiting) return;
        waiting = false;
        clearTimeout(timer);
        this.reject(error as Error);
      },
    );
  }

  /** Where the next attempt goes (after a wait: the topology may have changed), and send it. */
  protected abstract route(): void;
  /**
   * Send one attempt to `entry` (after `ASKING` when `asking`), the node a redirect named; its
   * failure comes back through {@link fail}.
   */
  protected abstract sendTo(entry: NodeEntry, asking: boolean): void;
  /** The final outcome, a failure: reject the caller. */
  protected abstract reject(error: Error): void;

  /** The decision for a failed attempt; undefined when the subclass already acted (sent it again). */
  protected decide(error: Error): Decision | undefined {
    return classify(error, this.readonly);
  }

  /** Route again, or wait: the common step after a failed attempt and after a wait. */
  #next(): void {
    try {
      this.route();
    } catch (error) {
      this.reject(error as Error);
    }
  }

  /** Every failed attempt arrives here (a request's retrier, a job's rejection). */
  onFailure(error: Error): void {
    // Called from inside the decoder's callbacks: whatever happens here must not throw into it.
    try {
      this.#handle(error);
    } catch (failure) {
      this.reject(failure as Error);
    }
  }

  #handle(error: Error): void {
    const context = this.context;
    if (context.isClosed()) {
      this.reject(error);
      return;
    }
    const decision = this.decide(error);
    if (decision === undefined) return;
    switch (decision.action) {
      case 'fail':
        // A deadline reached on a node after earlier attempts failed: say what kept it from succeeding.
        if (decision.error !== undefined) this.reject(decision.error);
        else this.reject(error instanceof TimeoutError && this.#lastCause !== undefined ? this.#timedOut(this.#lastCause, error.sent) : error);
        return;
      case 'moved':
      case 'ask': {
        if (++this.#hops > context.maxRedirections) {
          this.reject(new MaxRedirectionsError(context.maxRedirections, error));
          return;
        }
        const asking = decision.action === 'ask';
        if (asking) context.stats.ask++;
        else context.stats.moved++;
        const from = this.targetAddress;
        const target = context.topology.redirect(decision.redirect, from ?? '');
        if (!(target instanceof Promise)) {
          if (redirectChannel.hasSubscribers) context.tracer.redirect(decision.redirect, this.commandName, from, target);
          this.sendTo(target, asking);
          return;
        }
        // A node no connection knows: sent there once the node that redirected confirmed it a member.
        target.then(
          (entry) => {
            if (context.isClosed()) {
              this.reject(new ClientClosedError('The cluster was closed while the command was being redirected', { cause: error }));
              return;
            }
            if (redirectChannel.hasSubscribers) context.tracer.redirect(decision.redirect, this.commandName, from, entry);
            this.#sendOrReject(entry, asking);
          },
          (failure: unknown) => this.reject(failure as Error),
        );
        return;
      }
      case 'wait':
        this.#wait(error, decision.refresh, decision.unreachable);
        return;
    }
  }

  /** Send from a callback of our own: whatever happens must fail this command only. */
  #sendOrReject(entry: NodeEntry, asking: boolean): void {
    try {
      this.sendTo(entry, asking);
    } catch (failure) {
      this.reject(failure as Error);
    }
  }

  #wait(error: Error, refresh: boolean, unreachable: boolean): void {
    const context = this.context;
    const cause = unreachable ? this.#unreachableCause(error) : error;
    this.#lastCause = cause;
    // A node of its own can't be replaced by another: no point waiting for it here.
    if (unreachable && this.pinned !== undefined) {
      this.reject(error);
      return;
    }
    if (cause instanceof ShardUnavailableError && context.onMasterDown === 'fail') {
      context.topology.scheduleRefresh();
      this.reject(cause);
      return;
    }
    if (performance.now() >= this.#waitUntil()) {
      this.reject(this.#timedOut(cause));
      return;
    }
    context.stats.retries++;
    void pause(context.topology, retryDelay(++this.#waits), refresh, this.#waitUntil()).then(() => this.#resume());
  }

  #resume(): void {
    if (this.context.isClosed()) {
      this.reject(new ClientClosedError('The cluster was closed while the command waited to be sent again', { cause: this.#lastCause }));
      return;
    }
    if (performance.now() >= this.#waitUntil()) {
      this.reject(this.#timedOut(this.#lastCause));
      return;
    }
    this.#next();
  }

  /**
   * What a failure that says "the node did not take it" means for the command: the shard has no
   * reachable master when that node was the master of its slot (or the slot has none).
   */
  #unreachableCause(error: Error): Error {
    if (error instanceof ShardUnavailableError || this.slot === undefined) return error;
    const master = this.context.topology.slotMap.masterOf(this.slot);
    const target = this.targetAddress;
    if (master === undefined || target === undefined || master.address !== target) return error;
    return new ShardUnavailableError(this.slot, target, error);
  }

  #timedOut(cause: Error | undefined, sent = cause instanceof NoReplyError && cause.sent): TimeoutError {
    return TimeoutError.of(this.#budget(), sent, cause);
  }
}
