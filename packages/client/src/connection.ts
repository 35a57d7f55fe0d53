import { EventEmitter } from 'node:events';
import type net from 'node:net';
import type { RedisArgument, RespVersions, TypeMapping } from '@x/modules';
import { RedisError } from '@x/resp';
import { isBlockingCommand } from './blocking-commands';
import { CommandQueue } from './command-queue';
import { decodeFlagsOf } from './decode-flags';
import {
  AbortError,
  ClientClosedError,
  ClientOfflineError,
  CommandsQueueFullError,
  ConnectionLostError,
  PingTimeoutError,
  SocketClosedUnexpectedlyError,
  TimeoutError,
  UnexpectedReplyError,
} from './errors';
import { handshake } from './handshake';
import type { CommandOptions, ResolvedClientOptions } from './options';
import { PendingCommand, type ReplyTransform } from './pending-command';
import { replyOrderRefusal } from './subscriber-mode';
import { addressOf, openSocket, writeChunks } from './socket';

/** idle: never connected · connecting: socket or handshake in progress · reconnecting: waiting to retry. */
export type ConnectionState = 'idle' | 'connecting' | 'ready' | 'reconnecting' | 'closing' | 'closed';

/**
 * A pub/sub command is answered by `count` pushes of kind `kind` (one per channel) instead of one
 * reply; `filter`, when given, says which pushes of that kind are its answers.
 */
export interface ExpectedPushes {
  count: number;
  kind: string;
  filter?: (push: unknown[]) => boolean;
}

/** Sends one command on a connection being set up, ahead of every queued command. */
export type SetupSend = (
  args: RedisArgument[],
  options?: { expectedPushes?: ExpectedPushes; typeMapping?: TypeMapping },
) => Promise<unknown>;

/** Runs on every new connection after the handshake and before queued commands (pub/sub resubscribe). */
export type ConnectionSetup = (send: SetupSend) => Promise<void>;

const EMPTY_ARGS: readonly RedisArgument[] = [];

/** Events, each emitted on every transition (not only the first). */
export interface ConnectionEvents {
  /** The socket connected (before the handshake). */
  connect: [];
  /** The handshake finished: commands flow. */
  ready: [];
  /** The connection ended for good (close, destroy, or the reconnect strategy gave up). */
  end: [];
  /** A connection error, a failed reconnect attempt, a protocol error. Emitted only when listened to. */
  error: [error: Error];
  /** A reconnect attempt is scheduled. */
  reconnecting: [info: { attempt: number; delay: number }];
  /**
   * A RESP3 push frame (or RESP2 pub/sub array) for whoever handles pub/sub. `confirmation`: it
   * answered the pub/sub command waiting at the head (see `ExpectedPushes`), rather than came unasked.
   */
  push: [push: unknown[], confirmation: boolean];
}

/**
 * One connection to one Redis server: the socket, the command queue, the handshake, reconnects and
 * shutdown. `RedisClient` puts the command methods on top of it.
 *
 * Sending only enqueues; one flush per connection runs on `process.nextTick`, so every command issued
 * in the same tick — including the continuations of every reply decoded from one socket read — goes
 * out in one write, while a lone command on an idle connection leaves at once (no `setImmediate`
 * turn: that costs ~23 µs per command at 1 in flight).
 */
export class RedisConnection extends EventEmitter<ConnectionEvents> {
  readonly #options: ResolvedClientOptions;
  readonly #address: string;
  readonly #queue: CommandQueue;
  #state: ConnectionState = 'idle';
  #socket: net.Socket | undefined;
  #flushScheduled = false;
  #waitingForDrain = false;
  #resp: RespVersions;
  #reconnectTimer: NodeJS.Timeout | undefined;
  #reconnectAttempt = 0;
  #pingTimer: NodeJS.Timeout | undefined;
  #pingInFlight = false;
  #closed: { promise: Promise<void>; resolve: () => void } | undefined;
  #lastReadAt = 0;
  readonly #setups: ConnectionSetup[] = [];
  #socketEpoch = 0;

  constructor(options: ResolvedClientOptions) {
    super();
    this.#options = options;
    this.#address = addressOf(options);
    this.#resp = options.RESP;
    this.#queue = new CommandQueue({
      onPush: (push, confirmation) => this.emit('push', push, confirmation),
      onFatal: (error) => this.#breakConnection(error),
      onUnexpectedReply: () => this.#breakConnection(new UnexpectedReplyError(this.#address)),
      // Settles happen inside the decoder's callbacks or the deadline timer: finish a close after them.
      onNoneLive: () => {
        if (this.#state === 'closing') process.nextTick(() => this.#finishCloseIfNoneLive());
      },
    });
  }

  get state(): ConnectionState {
    return this.#state;
  }

  /** `host:port` of the server (never credentials). */
  get address(): string {
    return this.#address;
  }

  /** The protocol the connection speaks (RESP2 when the server does not know HELLO). */
  get resp(): RespVersions {
    return this.#resp;
  }

  /** Commands waiting to be written or for their reply. */
  get queueLength(): number {
    return this.#queue.length;
  }

  /**
   * How long (ms) commands have been waiting for a reply with nothing read from the server: 0 when
   * none waits. A cluster uses it to tell a frozen node from a slow one.
   */
  get stalledFor(): number {
    if (this.#queue.waitingForReply === 0) return 0;
    return performance.now() - this.#lastReadAt;
  }

  /**
   * Counts the sockets this connection opened: a new number for every (re)connect. A transaction
   * guarded by `WATCH` must run on the socket that ran the `WATCH` (the server forgets it on a new one).
   */
  get socketEpoch(): number {
    return this.#socketEpoch;
  }

  /**
   * RESP2 subscriber mode as the server sees it: pub/sub arrays are then messages, not replies. Set
   * by the pub/sub layer from the confirmations; every new socket starts unsubscribed.
   */
  set resp2Subscribed(value: boolean) {
    this.#queue.resp2Subscribed = value;
  }

  /**
   * The type mapping for what arrives while no reply is awaited (pub/sub messages on an idle
   * connection); `undefined` for the default.
   */
  setIdleTypeMapping(typeMapping: TypeMapping | undefined): void {
    this.#queue.setIdleDecode(decodeFlagsOf(typeMapping));
  }

  /** Decode push frames with Buffers (while pub/sub is active), or like the awaited reply. */
  setPushBuffers(value: boolean | undefined): void {
    this.#queue.setPushBuffers(value);
  }

  /** Add a step that runs on every new connection after the handshake (e.g. resubscribe). */
  addSetup(setup: ConnectionSetup): void {
    this.#setups.push(setup);
  }

  /**
   * Queue a command. `transform` (a command's transformReply) is applied before resolving. Never
   * throws: every problem is a rejected promise.
   */
  send(
    args: readonly RedisArgument[],
    options: CommandOptions | undefined,
    transform?: ReplyTransform,
    preserve?: unknown,
    expectedPushes?: ExpectedPushes,
  ): Promise<unknown> {
    return new Promise<unknown>((resolve, reject) => {
      this.dispatch(args, options, transform, preserve, resolve, reject, expectedPushes);
    });
  }

  /**
   * `send` with callbacks instead of a promise: the cluster hands the same `resolve`/`reject` from
   * one node to the next when it redirects, so a command costs one promise however often it moves.
   * Every outcome arrives through exactly one of the callbacks, never as a throw.
   */
  dispatch(
    args: readonly RedisArgument[],
    options: CommandOptions | undefined,
    transform: ReplyTransform | undefined,
    preserve: unknown,
    resolve: (reply: unknown) => void,
    reject: (error: Error) => void,
    expectedPushes?: ExpectedPushes,
  ): void {
    // A command that changes how the server replies (a raw SUBSCRIBE, MONITOR, CLIENT REPLY OFF)
    // would break the one-reply-per-command order every later command relies on: refused here,
    // where every path (client, cluster, extensions) passes. Pub/sub sends its own with expectedPushes.
    const refusal = this.#refusal(options) ?? (expectedPushes === undefined ? replyOrderRefusal(args) : undefined);
    if (refusal !== undefined) {
      reject(refusal);
      return;
    }
    const typeMapping: TypeMapping | undefined = options?.typeMapping;
    const cmd = new PendingCommand(args, resolve, reject, transform, preserve, typeMapping, decodeFlagsOf(typeMapping));
    if (expectedPushes !== undefined) {
      cmd.expectedPushes = expectedPushes.count;
      cmd.pushKind = expectedPushes.kind;
      cmd.pushFilter = expectedPushes.filter;
    }
    this.#enqueue(cmd, options, args, false);
  }

  /**
   * Queue several commands as one unit (a transaction or a pipeline): written whole in one write, or
   * not at all, and never split by a timeout, an abort or a reconnect. Resolves with every reply in
   * order — an error reply is a ReplyError value in the array, not a rejection. The unit has one
   * timeout (the command timeout, unless `blocking`). `guard` runs right before the write; an Error
   * it returns rejects the unit unsent.
   */
  sendBatch(
    commands: ReadonlyArray<readonly RedisArgument[]>,
    options: CommandOptions | undefined,
    guard?: () => Error | undefined,
    blocking = false,
  ): Promise<unknown[]> {
    if (commands.length === 0) return Promise.resolve([]);
    const refusal = this.#refusal(options);
    if (refusal !== undefined) return Promise.reject(refusal);
    const typeMapping: TypeMapping | undefined = options?.typeMapping;
    let cmd!: PendingCommand;
    const promise = new Promise<unknown>((resolve, reject) => {
      cmd = new PendingCommand(EMPTY_ARGS, resolve, reject, undefined, undefined, typeMapping, decodeFlagsOf(typeMapping));
    });
    cmd.batch = { commands, remaining: commands.length, replies: [], guard };
    this.#enqueue(cmd, options, undefined, blocking);
    return promise as Promise<unknown[]>;
  }

  /** Why a command can't be queued now (closed, offline, queue full), or undefined. */
  #refusal(options: CommandOptions | undefined): Error | undefined {
    const state = this.#state;
    if (state !== 'ready') {
      if (state === 'idle' || state === 'closing' || state === 'closed') return new ClientClosedError();
      if (this.#options.disableOfflineQueue && options?.asap !== true) return new ClientOfflineError(this.#address);
    }
    if (this.#queue.length >= this.#options.commandsQueueMaxLength) {
      return new CommandsQueueFullError(this.#options.commandsQueueMaxLength);
    }
    return undefined;
  }

  /**
   * Arm the command's abort signal and timeout, queue it, and schedule the flush. `args` are the
   * command's (undefined for a batch, whose `blockingBatch` says whether it blocks).
   */
  #enqueue(cmd: PendingCommand, options: CommandOptions | undefined, args: readonly RedisArgument[] | undefined, blockingBatch: boolean): void {
    const queue = this.#queue;
    const signal = options?.abortSignal;
    if (signal !== undefined) {
      if (signal.aborted) {
        cmd.settled = true;
        cmd.reject(new AbortError(false, signal.reason));
        return;
      }
      cmd.signal = signal;
      cmd.onAbort = () => queue.abort(cmd, signal.reason);
      signal.addEventListener('abort', cmd.onAbort, { once: true });
    }
    const timeout = options?.timeout;
    if (timeout === undefined) {
      const fallback = this.#options.commandTimeout;
      // Blocking commands (BLPOP k 0) get no default timeout; only looked at when it matters.
      if (fallback > 0 && !(args === undefined ? blockingBatch : isBlockingCommand(args))) queue.trackDeadline(cmd, fallback);
    } else if (timeout > 0) {
      queue.trackDeadline(cmd, timeout);
    }
    queue.add(cmd, options?.asap === true);
    if (this.#state === 'ready' && !this.#flushScheduled) {
      this.#flushScheduled = true;
      process.nextTick(this.#flush);
    }
  }

  readonly #flush = (): void => {
    this.#flushScheduled = false;
    if ((this.#state !== 'ready' && this.#state !== 'closing') || this.#waitingForDrain) return;
    // The server closed its side ('end'; 'close' comes a few turns later): a write now would go
    // nowhere (Node fails it with EPIPE) yet count as sent. The commands stay unwritten, so 'close'
    // hands them on as not sent: retried elsewhere or after the reconnect, not "may have run".
    if (this.#socket!.readableEnded) return;
    // Nothing was awaited until now: the wait for a reply starts with this write (see stalledFor).
    if (this.#queue.waitingForReply === 0) this.#lastReadAt = performance.now();
    const chunks = this.#queue.takeWrites();
    if (chunks === undefined) return;
    // Backpressure: when the kernel and stream buffers are full, keep commands queued until 'drain'.
    if (!writeChunks(this.#socket!, chunks)) this.#waitingForDrain = true;
  };

  /**
   * Connect, authenticate, resubscribe. Resolves when ready. The first connection does not retry:
   * connect() rejects with the reason (refused, timed out, WRONGPASS, …) and the connection closes.
   * After it was ready once, a dropped connection reconnects per `reconnectStrategy`.
   */
  async connect(): Promise<void> {
    if (this.#state !== 'idle' && this.#state !== 'closed') {
      throw new RedisError(`Already ${this.#state === 'ready' ? 'connected' : this.#state}`, { code: 'ERR_ALREADY_OPEN' });
    }
    this.#state = 'connecting';
    this.#closed = undefined;
    try {
      await this.#establish();
    } catch (error) {
      this.#abandonSocket();
      if (this.#state === 'connecting') {
        this.#state = 'closed';
        this.#queue.failUnwritten(() => new ClientClosedError('The connection could not be established', { cause: error }));
        this.#queue.dispose();
      }
      throw error;
    }
  }

  async #establish(): Promise<void> {
    const socket = await openSocket(this.#options);
    if (this.#state !== 'connecting') {
      socket.destroy();
      throw new ClientClosedError();
    }
    this.#socket = socket;
    this.#socketEpoch++;
    this.#waitingForDrain = false;
    // A new socket is a new server session: not subscribed, and RESP2 until the handshake says otherwise.
    this.#queue.resp2 = false;
    this.#queue.resp2Subscribed = false;
    let lastError: Error | undefined;
    socket.on('data', (chunk: Buffer) => {
      this.#lastReadAt = performance.now();
      this.#queue.decode(chunk);
    });
    socket.on('drain', () => {
      this.#waitingForDrain = false;
      this.#flush();
    });
    socket.on('error', (error) => {
      lastError = error;
    });
    socket.once('close', () => this.#onSocketClosed(socket, lastError));
    this.emit('connect');
    const send: SetupSend = (args, options) => this.#sendNow(args, options);
    this.#resp = await handshake(send, this.#options);
    this.#queue.resp2 = this.#resp === 2;
    for (const setup of this.#setups) await setup(send);
    if (this.#state !== 'connecting' || this.#socket !== socket) throw new ClientClosedError();
    this.#state = 'ready';
    this.#reconnectAttempt = 0;
    this.#startPing();
    this.emit('ready');
    this.#flush();
  }

  /** Write a setup command now, ahead of the queued commands, with the connect timeout. */
  #sendNow(args: RedisArgument[], options?: Parameters<SetupSend>[1]): Promise<unknown> {
    const socket = this.#socket;
    if (socket === undefined) return Promise.reject(new ClientClosedError());
    const typeMapping = options?.typeMapping;
    let cmd!: PendingCommand;
    const promise = new Promise<unknown>((resolve, reject) => {
      cmd = new PendingCommand(args, resolve, reject, undefined, undefined, typeMapping, decodeFlagsOf(typeMapping));
    });
    const expectedPushes = options?.expectedPushes;
    if (expectedPushes !== undefined) {
      cmd.expectedPushes = expectedPushes.count;
      cmd.pushKind = expectedPushes.kind;
      cmd.pushFilter = expectedPushes.filter;
    }
    this.#queue.trackDeadline(cmd, this.#options.connectTimeout);
    writeChunks(socket, this.#queue.writeNow(cmd));
    return promise;
  }

  #onSocketClosed(socket: net.Socket, cause: Error | undefined): void {
    if (socket !== this.#socket) return;
    this.#socket = undefined;
    this.#stopPing();
    this.#queue.failWritten(() => new ConnectionLostError(this.#address, { cause }));
    switch (this.#state) {
      case 'connecting':
        // #establish is failing on its own (its handshake commands just got ConnectionLostError).
        return;
      case 'closing':
        this.#finishClose();
        return;
      case 'ready':
        this.#emitError(new SocketClosedUnexpectedlyError(this.#address, { cause }));
        if (this.#options.disableOfflineQueue) this.#queue.failUnwritten(() => new ClientOfflineError(this.#address));
        this.#scheduleReconnect(cause ?? new SocketClosedUnexpectedlyError(this.#address));
        return;
      default:
        return;
    }
  }

  #scheduleReconnect(cause: Error): void {
    const strategy = this.#options.reconnectStrategy;
    let delay: number | false | Error;
    try {
      delay = strategy === false ? false : strategy(this.#reconnectAttempt, cause);
    } catch (error) {
      delay = error instanceof Error ? error : new Error(String(error));
    }
    if (delay === false || delay instanceof Error || typeof delay !== 'number' || !(delay >= 0)) {
      const reason = delay instanceof Error ? delay : cause;
      this.#state = 'closed';
      this.#queue.failUnwritten(() => new ClientClosedError('The connection was lost and the reconnect strategy gave up', { cause: reason }));
      this.#queue.dispose();
      if (delay instanceof Error) this.#emitError(delay);
      this.emit('end');
      return;
    }
    this.#state = 'reconnecting';
    const attempt = ++this.#reconnectAttempt;
    this.emit('reconnecting', { attempt, delay });
    this.#reconnectTimer = setTimeout(() => {
      this.#reconnectTimer = undefined;
      void this.#reconnect();
    }, delay);
  }

  async #reconnect(): Promise<void> {
    if (this.#state !== 'reconnecting') return;
    this.#state = 'connecting';
    try {
      await this.#establish();
    } catch (error) {
      this.#abandonSocket();
      if (this.#state !== 'connecting') return; // closed or destroyed meanwhile
      this.#emitError(error as Error);
      this.#scheduleReconnect(error as Error);
    }
  }

  /** Drop a socket whose setup failed, so its 'close' does nothing more. */
  #abandonSocket(): void {
    const socket = this.#socket;
    this.#socket = undefined;
    if (socket !== undefined) socket.destroy();
    this.#queue.failWritten(() => new ConnectionLostError(this.#address));
  }

  /** The stream can't be trusted any more (protocol error, stray reply): reconnect. */
  #breakConnection(error: Error): void {
    this.#emitError(error);
    this.#socket?.destroy(error);
  }

  /**
   * Close the socket now (as if the server dropped it) and let the reconnect strategy run: written
   * commands are rejected as may-have-run, queued ones wait for the new connection.
   */
  resetSocket(cause: Error): void {
    this.#socket?.destroy(cause);
  }

  #emitError(error: Error): void {
    // An 'error' event without a listener would throw and crash the process; the connection
    // recovers on its own, and every affected command is rejected with its own error anyway.
    if (this.listenerCount('error') > 0) this.emit('error', error);
  }

  #startPing(): void {
    const interval = this.#options.pingInterval;
    if (interval === 0) return;
    this.#pingTimer = setInterval(() => {
      // Only an idle connection needs a keep-alive: behind a slow or blocking command (BLPOP k 0, a
      // long script) a PING would time out and reset a healthy connection. A busy connection to a
      // frozen server is caught by its commands' own timeouts.
      if (this.#state !== 'ready' || this.#pingInFlight || this.#queue.length > 0) return;
      this.#pingInFlight = true;
      const socket = this.#socket;
      this.send(['PING'], { timeout: interval }).then(
        () => {
          this.#pingInFlight = false;
        },
        (error: unknown) => {
          this.#pingInFlight = false;
          // A server that stopped answering (frozen, half-open TCP): reconnect instead of waiting.
          if (error instanceof TimeoutError && socket === this.#socket) {
            this.resetSocket(new PingTimeoutError(this.#address, interval));
          }
        },
      );
    }, interval);
    this.#pingTimer.unref();
  }

  #stopPing(): void {
    if (this.#pingTimer !== undefined) clearInterval(this.#pingTimer);
    this.#pingTimer = undefined;
    this.#pingInFlight = false;
  }

  /**
   * Close gracefully: refuse new commands, send what is queued, wait for every reply, then close
   * the socket. While disconnected, queued commands are rejected (there is nothing to wait for).
   */
  close(): Promise<void> {
    switch (this.#state) {
      case 'idle':
      case 'closed':
        return Promise.resolve();
      case 'closing':
        return this.#closed!.promise;
      case 'ready': {
        this.#state = 'closing';
        this.#stopPing();
        let resolve!: () => void;
        const promise = new Promise<void>((r) => (resolve = r));
        this.#closed = { promise, resolve };
        this.#flush();
        this.#finishCloseIfNoneLive();
        return promise;
      }
      default:
        this.destroy();
        return Promise.resolve();
    }
  }

  /**
   * A graceful close finishes once no live command remains: replied, failed, timed out or aborted —
   * tombstones (replies a timed-out command still owes) are not waited for, so a frozen server
   * cannot hold close() forever; every live command has its own timeout.
   */
  #finishCloseIfNoneLive(): void {
    if (this.#state === 'closing' && this.#queue.live === 0) this.#finishClose();
  }

  #finishClose(): void {
    this.#state = 'closed';
    const socket = this.#socket;
    this.#socket = undefined;
    socket?.destroy();
    this.#queue.failUnwritten(() => new ClientClosedError());
    this.#queue.dispose();
    this.emit('end');
    this.#closed?.resolve();
  }

  /**
   * Close now: every command waiting is rejected at once with a ClientClosedError whose `sent`
   * says whether it may have run. `cause` (optional) is attached to those errors.
   */
  destroy(cause?: Error): void {
    const state = this.#state;
    if (state === 'idle' || state === 'closed') return;
    this.#state = 'closed';
    if (this.#reconnectTimer !== undefined) clearTimeout(this.#reconnectTimer);
    this.#reconnectTimer = undefined;
    this.#stopPing();
    const socket = this.#socket;
    this.#socket = undefined;
    socket?.destroy();
    this.#queue.failWritten(
      () => new ClientClosedError('The client was destroyed before the reply arrived; the command may have run', { sent: true, cause }),
    );
    this.#queue.failUnwritten(() => new ClientClosedError('The client was destroyed; the command was not sent', { cause }));
    this.#queue.dispose();
    this.emit('end');
    this.#closed?.resolve();
  }
}
