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
import { handshake, type HandshakeSend } from './handshake';
import type { CommandOptions, ResolvedClientOptions } from './options';
import { PendingCommand, type ReplyTransform } from './pending-command';
import { addressOf, openSocket, writeChunks } from './socket';

/** idle: never connected · connecting: socket or handshake in progress · reconnecting: waiting to retry. */
export type ConnectionState = 'idle' | 'connecting' | 'ready' | 'reconnecting' | 'closing' | 'closed';

/** Runs on every new connection after the handshake and before queued commands (pub/sub resubscribe). */
export type ConnectionSetup = (send: HandshakeSend) => Promise<void>;

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
  /** A RESP3 push frame (or RESP2 pub/sub message) for whoever handles pub/sub. */
  push: [push: unknown[]];
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

  constructor(options: ResolvedClientOptions) {
    super();
    this.#options = options;
    this.#address = addressOf(options);
    this.#resp = options.RESP;
    this.#queue = new CommandQueue({
      onPush: (push) => this.emit('push', push),
      onFatal: (error) => this.#breakConnection(error),
      onUnexpectedReply: () => this.#breakConnection(new UnexpectedReplyError(this.#address)),
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

  /** RESP2 subscriber mode: pub/sub arrays are messages, not replies (set by the pub/sub layer). */
  set resp2Subscribed(value: boolean) {
    this.#queue.resp2Subscribed = value;
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
    expectedPushes?: { count: number; kind: string },
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
    expectedPushes?: { count: number; kind: string },
  ): void {
    const state = this.#state;
    if (state !== 'ready') {
      if (state === 'idle' || state === 'closing' || state === 'closed') {
        reject(new ClientClosedError());
        return;
      }
      if (this.#options.disableOfflineQueue && options?.asap !== true) {
        reject(new ClientOfflineError(this.#address));
        return;
      }
    }
    const queue = this.#queue;
    if (queue.length >= this.#options.commandsQueueMaxLength) {
      reject(new CommandsQueueFullError(this.#options.commandsQueueMaxLength));
      return;
    }
    const typeMapping: TypeMapping | undefined = options?.typeMapping;
    const cmd = new PendingCommand(args, resolve, reject, transform, preserve, typeMapping, decodeFlagsOf(typeMapping));
    if (expectedPushes !== undefined) {
      cmd.expectedPushes = expectedPushes.count;
      cmd.pushKind = expectedPushes.kind;
    }
    const signal = options?.abortSignal;
    if (signal !== undefined) {
      if (signal.aborted) {
        cmd.settled = true;
        reject(new AbortError(false, signal.reason));
        return;
      }
      cmd.signal = signal;
      cmd.onAbort = () => queue.abort(cmd, signal.reason);
      signal.addEventListener('abort', cmd.onAbort, { once: true });
    }
    const timeout = options?.timeout;
    if (timeout === undefined) {
      const fallback = this.#options.commandTimeout;
      if (fallback > 0 && !isBlockingCommand(args)) queue.trackDeadline(cmd, fallback, true);
    } else if (timeout > 0) {
      queue.trackDeadline(cmd, timeout, false);
    }
    queue.add(cmd, options?.asap === true);
    if (state === 'ready' && !this.#flushScheduled) {
      this.#flushScheduled = true;
      process.nextTick(this.#flush);
    }
  }

  readonly #flush = (): void => {
    this.#flushScheduled = false;
    if ((this.#state !== 'ready' && this.#state !== 'closing') || this.#waitingForDrain) return;
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
    this.#waitingForDrain = false;
    let lastError: Error | undefined;
    socket.on('data', (chunk: Buffer) => {
      this.#lastReadAt = performance.now();
      this.#queue.decode(chunk);
      if (this.#state === 'closing' && this.#queue.length === 0) this.#finishClose();
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
    const send: HandshakeSend = (args) => this.#sendNow(args);
    this.#resp = await handshake(send, this.#options);
    for (const setup of this.#setups) await setup(send);
    if (this.#state !== 'connecting' || this.#socket !== socket) throw new ClientClosedError();
    this.#state = 'ready';
    this.#reconnectAttempt = 0;
    this.#startPing();
    this.emit('ready');
    this.#flush();
  }

  /** Write a setup command now, ahead of the queued commands, with the connect timeout. */
  #sendNow(args: RedisArgument[]): Promise<unknown> {
    const socket = this.#socket;
    if (socket === undefined) return Promise.reject(new ClientClosedError());
    let cmd!: PendingCommand;
    const promise = new Promise<unknown>((resolve, reject) => {
      cmd = new PendingCommand(args, resolve, reject, undefined, undefined, undefined, 0);
    });
    this.#queue.trackDeadline(cmd, this.#options.connectTimeout, false);
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
      if (this.#state !== 'ready' || this.#pingInFlight) return;
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
        if (this.#queue.length === 0) this.#finishClose();
        return promise;
      }
      default:
        this.destroy();
        return Promise.resolve();
    }
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
