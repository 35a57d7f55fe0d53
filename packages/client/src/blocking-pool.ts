import Denque from 'denque';
import type { ResolvedBlockingPoolOptions } from './blocking-pool-options';
import { invalidArguments, type CommandRequest } from './command-request';
import { NodeConnection } from './connection';
import { AbortError, ClientClosedError, DisconnectsClientError, TimeoutError } from './errors';
import type { ResolvedClientOptions } from './options';

/** What marks "everything sent before is answered" on a shared connection. */
const FENCE = ['PING'];

/** One dedicated connection and the command it is lent to. */
interface Lane {
  readonly connection: NodeConnection;
  /** The command running on it; undefined while it opens or idles. */
  request: CommandRequest | undefined;
  /** `connection.errorReplies` when the command was handed over: more after it means it ended in an error reply. */
  errorsBefore: number;
  /** Closes it after `cleanupDelay` of idleness. */
  idleTimer: NodeJS.Timeout | undefined;
}

/** A command waiting for a lane: its deadline and abort signal apply to the wait. */
interface Waiter {
  readonly request: CommandRequest;
  timer: NodeJS.Timeout | undefined;
  onAbort: (() => void) | undefined;
  /** Given a lane, timed out or aborted: skipped when its turn comes. */
  done: boolean;
}

/** What a pool holds right now. */
export interface BlockingPoolStats {
  /** Dedicated connections open or opening. */
  total: number;
  /** Of those, running a command. */
  busy: number;
  /** Open and idle. */
  idle: number;
  /** Commands waiting for a connection. */
  waiting: number;
}

/**
 * A small bounded pool of dedicated connections to one server for the commands that wait for data
 * (BLPOP, XREAD … BLOCK: see `waitsForData`): each connection runs one such command at a time, so
 * the shared, pipelined connection never waits behind them. Connections open on demand up to
 * `maximum`; beyond it commands wait in order (FIFO) within their own deadline and abort signal.
 *
 * A connection goes back to the pool only in a known state: after a reply. A command that timed
 * out or was aborted after it was written may still get its reply (or, for a pop, take an element
 * that nobody would read): its connection is closed instead, which also makes the server stop
 * blocking. After an error reply (MOVED, or UNBLOCKED, after which the server closes the socket) the
 * connection is closed too. Dedicated connections never reconnect: a dropped one is forgotten and
 * the next command opens another.
 */
export class BlockingPool {
  readonly #options: ResolvedClientOptions;
  readonly #limits: ResolvedBlockingPoolOptions;
  readonly #lanes = new Set<Lane>();
  /** Idle lanes, the most recently used last (given out first: the others may time out). */
  readonly #idle: Lane[] = [];
  readonly #waiting = new Denque<Waiter>();
  #busy = 0;
  #closed = false;
  /** `unref()` was called: the dedicated connections don't keep the process alive either. */
  #unref = false;

  /** `options`: the shared connection's (the same server, credentials, database, TLS). */
  constructor(options: ResolvedClientOptions, limits: ResolvedBlockingPoolOptions) {
    // Never reconnect nor queue while offline: a dropped dedicated connection fails its command (as
    // the shared one would) and is replaced by a fresh one for the next command. No keep-alive PING
    // either: an idle one is closed after cleanupDelay, a busy one has a command outstanding.
    this.#options = { ...options, reconnectStrategy: false, offlineQueue: 'never', pingInterval: 0 };
    this.#limits = limits;
  }

  get stats(): BlockingPoolStats {
    return { total: this.#lanes.size, busy: this.#busy, idle: this.#idle.length, waiting: this.#waitingCount() };
  }

  /**
   * Run one command that waits for data on a dedicated connection: at once on an idle one, on a new
   * one while fewer than `maximum` are open, else after the commands already waiting. Every outcome
   * arrives through the request, as from `NodeConnection.dispatch`.
   */
  dispatch(request: CommandRequest): void {
    const refusal = this.#closed ? new ClientClosedError() : invalidArguments(request.args);
    if (refusal !== undefined) {
      request.settled = true;
      request.fail(refusal);
      return;
    }
    // The wait for a connection counts against the command's own timeout (none by default: BLPOP k 0).
    if (request.deadline === 0 && request.timeout > 0) request.startDeadline(0);
    const lane = this.#idle.pop();
    if (lane !== undefined) {
      this.#run(lane, request);
      return;
    }
    if (!this.#wait(request)) return;
    if (this.#lanes.size < this.#limits.maximum) this.#open();
  }

  /**
   * {@link dispatch}, once every command already queued on `shared` (the client's or the node's own
   * connection) has been answered: a write issued before the blocking command, and not awaited,
   * still runs before it on the server — the order node-redis gives by sending both on one
   * connection. A PING on `shared` marks the point (nothing is awaited when its queue is empty);
   * if it fails, the command goes anyway.
   */
  dispatchAfter(shared: NodeConnection, request: CommandRequest): void {
    // The command's own timeout runs from now: the wait for the mark counts.
    if (request.deadline === 0 && request.timeout > 0) request.startDeadline(0);
    if (shared.queueLength === 0) {
      this.dispatch(request);
      return;
    }
    const go = (): void => this.dispatch(request);
    shared.send(FENCE).then(go, go);
  }

  /** Let the process exit while dedicated connections are open (the client's `unref()`), now and later ones. */
  unref(): void {
    this.#unref = true;
    for (const lane of this.#lanes) lane.connection.unref();
  }

  /** Undo {@link unref}. */
  ref(): void {
    this.#unref = false;
    for (const lane of this.#lanes) lane.connection.ref();
  }

  /** Open again after close() (a client reconnected with connect()). */
  reopen(): void {
    this.#closed = false;
  }

  /**
   * Close: commands waiting for a connection are rejected (not sent); those blocked on the server
   * are ended by closing their connections (rejected as may-have-run: a pop's reply may have been on
   * its way). A blocking command is not waited for — it may wait forever.
   */
  close(): void {
    this.#end(() => new ClientClosedError('The client was closed while the blocking command waited for a connection'), new ClientClosedError('The client was closed while the blocking command waited'));
  }

  /** Close now, as `NodeConnection.destroy` does: every command is rejected with a DisconnectsClientError carrying `cause`. */
  destroy(cause?: Error): void {
    this.#end(() => new DisconnectsClientError(false, cause), cause);
  }

  #end(waiting: () => Error, cause: Error | undefined): void {
    this.#closed = true;
    for (let waiter = this.#waiting.shift(); waiter !== undefined; waiter = this.#waiting.shift()) {
      if (waiter.done) continue;
      this.#endWait(waiter);
      waiter.request.settled = true;
      waiter.request.fail(waiting());
    }
    // Their commands get a DisconnectsClientError (sent: true) from the connection.
    for (const lane of [...this.#lanes]) this.#discard(lane, cause);
  }

  #waitingCount(): number {
    let count = 0;
    for (let i = 0; i < this.#waiting.length; i++) if (!this.#waiting.peekAt(i)!.done) count++;
    return count;
  }

  /** Queue the request for the next free lane (`first`: ahead of the others); false when it failed at once (aborted already). */
  #wait(request: CommandRequest, first = false): boolean {
    const signal = request.signal;
    if (signal?.aborted === true) {
      request.settled = true;
      request.fail(AbortError.of(false, signal.reason));
      return false;
    }
    const waiter: Waiter = { request, timer: undefined, onAbort: undefined, done: false };
    if (request.deadline !== 0) {
      waiter.timer = setTimeout(() => this.#giveUp(waiter, TimeoutError.of(request.timeout, false)), Math.max(0, request.deadline - performance.now()));
    }
    if (signal !== undefined) {
      waiter.onAbort = () => this.#giveUp(waiter, AbortError.of(false, signal.reason));
      signal.addEventListener('abort', waiter.onAbort, { once: true });
    }
    if (first) this.#waiting.unshift(waiter);
    else this.#waiting.push(waiter);
    return true;
  }

  #giveUp(waiter: Waiter, error: Error): void {
    if (waiter.done) return;
    this.#endWait(waiter);
    waiter.request.settled = true;
    waiter.request.fail(error);
  }

  #endWait(waiter: Waiter): void {
    waiter.done = true;
    if (waiter.timer !== undefined) clearTimeout(waiter.timer);
    if (waiter.onAbort !== undefined) waiter.request.signal!.removeEventListener('abort', waiter.onAbort);
  }

  #nextWaiter(): Waiter | undefined {
    for (let waiter = this.#waiting.shift(); waiter !== undefined; waiter = this.#waiting.shift()) {
      if (waiter.done) continue;
      this.#endWait(waiter);
      return waiter;
    }
    return undefined;
  }

  #open(): void {
    const connection = new NodeConnection(this.#options);
    if (this.#unref) connection.unref();
    const lane: Lane = { connection, request: undefined, errorsBefore: 0, idleTimer: undefined };
    this.#lanes.add(lane);
    // Its command settled (inside the decoder or the deadline timer): look at the lane after that.
    connection.onIdle = () => {
      const request = lane.request;
      if (request !== undefined) process.nextTick(() => this.#onSettled(lane, request));
    };
    // Dropped (the server went away, closed it after UNBLOCKED…): its command got its error already.
    connection.on('end', () => this.#forget(lane));
    connection.connect().then(
      () => {
        if (this.#closed || !this.#lanes.has(lane)) connection.destroy();
        else this.#release(lane);
      },
      (error: unknown) => {
        this.#lanes.delete(lane);
        // Not sent: the command that asked for this connection gets why (a cluster waits and routes it again).
        const waiter = this.#nextWaiter();
        if (waiter !== undefined) {
          waiter.request.settled = true;
          waiter.request.fail(new ClientClosedError(`No connection for the blocking command could be made to ${connection.address}`, { cause: error }));
        }
        this.#openForWaiters();
      },
    );
  }

  /** As many new lanes as waiters need (within `maximum`), counting those opening already. */
  #openForWaiters(): void {
    if (this.#closed) return;
    const opening = this.#lanes.size - this.#busy - this.#idle.length;
    let needed = this.#waitingCount() - opening;
    while (needed-- > 0 && this.#lanes.size < this.#limits.maximum) this.#open();
  }

  #run(lane: Lane, request: CommandRequest): void {
    if (lane.connection.state !== 'ready') {
      // Dropped while idle and not forgotten yet: the command goes first to the next lane.
      this.#discard(lane);
      if (this.#wait(request, true)) this.#openForWaiters();
      return;
    }
    if (lane.idleTimer !== undefined) clearTimeout(lane.idleTimer);
    lane.idleTimer = undefined;
    lane.request = request;
    lane.errorsBefore = lane.connection.errorReplies;
    this.#busy++;
    lane.connection.dispatch(request);
    // Refused without being queued (an abort signal that fired already, a full queue): no onIdle comes.
    if (request.settled) process.nextTick(() => this.#onSettled(lane, request));
  }

  /** The lane's command settled: lend it again, keep it idle, or close it when its state is unknown. */
  #onSettled(lane: Lane, request: CommandRequest): void {
    if (lane.request !== request) return; // seen already (or the lane was dropped)
    lane.request = undefined;
    this.#busy--;
    const connection = lane.connection;
    if (connection.state !== 'ready' || connection.queueLength > 0 || connection.errorReplies !== lane.errorsBefore) {
      // A reply may still come (a timed-out or aborted command), something is still queued (an
      // ASKING whose command was refused), or the server may close it next (UNBLOCKED): a fresh
      // connection for whoever comes next.
      this.#discard(lane);
      return;
    }
    this.#release(lane);
  }

  /** A ready lane with nothing to do: the next waiter's, or idle until cleanupDelay. */
  #release(lane: Lane): void {
    const waiter = this.#nextWaiter();
    if (waiter !== undefined) {
      this.#run(lane, waiter.request);
      return;
    }
    this.#idle.push(lane);
    lane.idleTimer = setTimeout(() => this.#discard(lane), this.#limits.cleanupDelay);
    lane.idleTimer.unref();
  }

  /** Close a lane now (its command, if any, is rejected by the connection) and forget it. */
  #discard(lane: Lane, cause?: Error): void {
    this.#forget(lane);
    lane.connection.destroy(cause);
  }

  #forget(lane: Lane): void {
    if (!this.#lanes.delete(lane)) return;
    if (lane.idleTimer !== undefined) clearTimeout(lane.idleTimer);
    lane.idleTimer = undefined;
    const idle = this.#idle.indexOf(lane);
    if (idle !== -1) this.#idle.splice(idle, 1);
    if (lane.request !== undefined) {
      lane.request = undefined;
      this.#busy--;
    }
    this.#openForWaiters();
  }
}
