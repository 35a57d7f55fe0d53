import { EventEmitter } from 'node:events';
import type net from 'node:net';
import type { RedisArgument, RespVersions, TypeMapping } from '@x/modules';
import { ReplyError } from '@x/resp';
import { isBlockingCommand } from './blocking-commands';
import { CommandQueue } from './command-queue';
import { decodeFlagsOf } from './decode-flags';
import { CommandRequest, invalidArguments, type ExpectedPushes } from './command-request';
import {
  AbortError,
  ClientAlreadyOpenError,
  ClientClosedError,
  ClientOfflineError,
  CommandsQueueFullError,
  ConnectionLostError,
  DisconnectsClientError,
  MultiErrorReply,
  PingTimeoutError,
  ReconnectStrategyError,
  SocketClosedUnexpectedlyError,
  SocketTimeoutError,
  StalledConnectionError,
  TimeoutError,
  UnexpectedReplyError,
} from './errors';
import { ConnectionCredentials, type BasicAuth } from './credentials';
import { CredentialsError, type UnableToObtainNewCredentialsError } from './errors';
import { handshake, scrub } from './handshake';
import type { CommandOptions, ResolvedClientOptions } from './options';
import { monitorRefusal, type MonitorSetting } from './monitor-mode';
import { lastSelect, selectTarget } from './selected-database';
import { replyOrderRefusal } from './subscriber-mode';
import { addressOf, openSocket, writeChunks } from './socket';

/** idle: never connected · connecting: socket or handshake in progress · reconnecting: waiting to retry. */
export type ConnectionState = 'idle' | 'connecting' | 'ready' | 'reconnecting' | 'closing' | 'closed';

/** Sends one command on a connection being set up, ahead of every queued command. */
export type SetupSend = (
  args: RedisArgument[],
  options?: { expectedPushes?: ExpectedPushes; typeMapping?: TypeMapping },
) => Promise<unknown>;

/** Runs on every new connection after the handshake and before queued commands (pub/sub resubscribe). */
export type ConnectionSetup = (send: SetupSend) => Promise<void>;

const ASKING: readonly RedisArgument[] = ['ASKING'];
/**
 * The least silence after a timed-out command that counts as a stall, whatever the command timeout:
 * with a 50 ms timeout, a GC pause or a busy server would otherwise cost a reconnect (dearer than
 * the wait) and fail the commands behind as may-have-run.
 */
const MIN_STALL_MS = 1_000;
/** What a transaction or pipeline is called when refused. */
const BATCH: readonly RedisArgument[] = ['MULTI'];
const noop = (): void => undefined;

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
  /** The reply to a keep-alive PING (`pingInterval`), as node-redis emits it. */
  'ping-interval': [reply: unknown];
}

/**
 * One connection to one Redis server: the socket, the command queue, the handshake, reconnects and
 * shutdown. `RedisClient` puts the command methods on top of it; a cluster keeps one per node and
 * talks to it only through {@link dispatch} (the contract `@x/client/node-connection` names).
 *
 * Sending only enqueues; one flush per connection runs on `process.nextTick`, so every command issued
 * in the same tick — including the continuations of every reply decoded from one socket read — goes
 * out in one write, while a lone command on an idle connection leaves at once (no `setImmediate`
 * turn: that costs ~23 µs per command at 1 in flight).
 */
export class NodeConnection extends EventEmitter<ConnectionEvents> {
  readonly #options: ResolvedClientOptions;
  /** The database the last successful SELECT chose (undefined: the configured one); the handshake selects it. */
  #database: number | undefined = undefined;
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
  /** Checks that a connection awaiting a reply still receives something (see #watch). */
  #watchdogTimer: NodeJS.Timeout | undefined;
  /**
   * Blocking commands (`BLPOP k 0`) without a deadline — and all of them while `socketTimeout` is
   * set: silence while one is awaited is expected, not a timeout, and a graceful close does not wait
   * for one (it could wait forever). A command with a deadline is only looked at with socketTimeout,
   * so the common path pays one compare.
   */
  readonly #blocking = new WeakSet<CommandRequest>();
  #closed: { promise: Promise<void>; resolve: () => void } | undefined;
  #lastReadAt = 0;
  readonly #setups: ConnectionSetup[] = [];
  /** MONITOR mode, from the moment MONITOR is queued: re-entered on every new socket. */
  #monitor: MonitorSetting | undefined;
  /** `unref()` was called: every socket opened from now on is unref'd too. */
  #unref = false;
  /** Queued commands are held (not written) while `reset()` sets the session up again. */
  #paused = false;
  #socketEpoch = 0;
  /** Became ready at least once since connect(): a drop after that is a reconnect. */
  #wasReady = false;
  /**
   * Called (inside the decoder's or the timer's callbacks: defer any real work) each time the last
   * command waiting here settles. A blocking pool lends a connection to one command at a time and
   * takes it back here.
   */
  onIdle: (() => void) | undefined = undefined;
  /** Why the last reconnect attempt failed (cleared when ready): what an offline refusal names as its cause. */
  #lastConnectError: Error | undefined;
  /** `credentialsProvider` at work: the credentials of each handshake, and re-authentication. */
  readonly #credentials: ConnectionCredentials | undefined;
  /** The provider's credentials this connection is authenticated with now (a RESET handshakes again with them). */
  #auth: BasicAuth | undefined;

  constructor(options: ResolvedClientOptions) {
    super();
    this.#options = options;
    this.#address = addressOf(options);
    this.#resp = options.RESP;
    const provider = options.credentialsProvider;
    this.#credentials =
      provider === undefined
        ? undefined
        : new ConnectionCredentials(provider, {
            reauthenticate: (credentials) => this.#reauthenticate(credentials),
            failed: (error) => this.#credentialsFailed(error),
          }, options.connectTimeout);
    this.#queue = new CommandQueue({
      onPush: (push, confirmation) => this.emit('push', push, confirmation),
      onFatal: (error) => this.#breakConnection(error),
      onUnexpectedReply: () => this.#breakConnection(new UnexpectedReplyError(this.#address)),
      // Settles happen inside the decoder's callbacks or the deadline timer: finish a close after them.
      onNoneLive: () => {
        if (this.#state === 'closing') process.nextTick(() => this.#finishCloseIfNoneLive());
        else if (this.onIdle !== undefined) this.onIdle();
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

  /** Where it connects, as traces report it: the host (or socket path), the port, the database. */
  get endpoint(): { address: string; port: number | undefined; database: number } {
    const options = this.#options;
    return options.path !== undefined
      ? { address: options.path, port: undefined, database: options.database }
      : { address: options.host, port: options.port, database: options.database };
  }

  /** The protocol the connection speaks (RESP2 when the server does not know HELLO). */
  get resp(): RespVersions {
    return this.#resp;
  }

  /** Error replies to single commands received so far (see CommandQueue.errorReplies). */
  get errorReplies(): number {
    return this.#queue.errorReplies;
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
   * Queue a command: the one way in. Every outcome arrives through exactly one of the request's
   * callbacks, never as a throw: a reply (shaped by the definition's transform for the protocol this
   * connection negotiated), or an error. Refused at once (not queued): a bad argument (a TypeError
   * naming it), a closed or — with `disableOfflineQueue` — disconnected connection, a full queue, and
   * a command that would change how the server replies here (raw SUBSCRIBE, MONITOR, CLIENT REPLY OFF;
   * the pub/sub layer sends its own with `expectedPushes`).
   */
  dispatch(request: CommandRequest): void {
    const refusal = this.#refusal(request);
    if (refusal !== undefined) {
      request.settled = true;
      request.fail(refusal);
      return;
    }
    this.#trackSelect(request);
    // ASKING before a single command is its own entry right ahead of it (same write); a batch carries it inside.
    if (request.asking && request.batch === undefined) this.#enqueue(new CommandRequest(ASKING, undefined, noop, noop));
    this.#enqueue(request);
  }

  /** The database the session uses now: the configured one, or the last a successful SELECT chose. */
  get database(): number {
    return this.#database ?? this.#options.database;
  }

  /**
   * A SELECT (alone, or the last one of a transaction or pipeline) that succeeds makes its database
   * the one the next handshake selects (see selected-database.ts). Only SELECTs pay for this.
   */
  #trackSelect(request: CommandRequest): void {
    const batch = request.batch;
    if (batch === undefined) {
      const database = selectTarget(request.args);
      if (database === undefined) return;
      const resolve = request.resolve;
      request.resolve = (reply) => {
        this.#database = database;
        resolve(reply);
      };
      return;
    }
    const last = lastSelect(batch.commands);
    if (last === undefined) return;
    // The batch's replies, one per command (a transaction's EXEC array): the SELECT's must not be an error.
    const chosen = (replies: ReadonlyArray<unknown>): void => {
      if (replies.length === batch.commands.length && !(replies[last.index] instanceof Error)) this.#database = last.database;
    };
    const { resolve, reject } = request;
    request.resolve = (reply) => {
      if (Array.isArray(reply)) chosen(reply);
      resolve(reply);
    };
    // Another command of the batch failed (MultiErrorReply): the SELECT may still have run.
    request.reject = (error) => {
      if (error instanceof MultiErrorReply) chosen(error.replies);
      reject(error);
    };
  }

  /** {@link dispatch} as a promise: for the client's own commands (keep-alive PING, pub/sub). */
  send(args: readonly RedisArgument[], options?: CommandOptions, expectedPushes?: ExpectedPushes): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const request = new CommandRequest(args, options, resolve, reject);
      request.expectedPushes = expectedPushes;
      this.dispatch(request);
    });
  }

  /** Why a command can't be queued now, or undefined. */
  #refusal(request: CommandRequest): Error | undefined {
    const batch = request.batch;
    if (batch === undefined) {
      const invalid = invalidArguments(request.args);
      if (invalid !== undefined) return invalid;
    } else {
      for (const command of batch.commands) {
        const invalid = invalidArguments(command.args);
        if (invalid !== undefined) return invalid;
      }
    }
    const state = this.#state;
    if (state !== 'ready') {
      if (state === 'idle' || state === 'closing' || state === 'closed') return new ClientClosedError();
      if (this.#offline() && !request.asap) return new ClientOfflineError(this.#address, this.#lastConnectError);
    }
    if (this.#queue.length >= this.#options.commandsQueueMaxLength) {
      return new CommandsQueueFullError(this.#options.commandsQueueMaxLength);
    }
    if (this.#monitor !== undefined) {
      const refusal = monitorRefusal(batch === undefined ? request.args : BATCH);
      if (refusal !== undefined) return refusal;
      // The queue tells its reply from a monitor line by its name: keep the arguments once written.
      request.retainArgs = true;
    }
    return batch === undefined && request.expectedPushes === undefined ? replyOrderRefusal(request.args) : undefined;
  }

  /**
   * Enter MONITOR mode (see monitor-mode.ts): `listener` gets every line, decoded with `typeMapping`;
   * the mode is re-entered after every reconnect until `reset()`. Other commands are refused with a
   * MonitorModeError from now on (their replies could not be told from the lines).
   */
  monitor(listener: (line: unknown) => void, typeMapping: TypeMapping | undefined, options?: CommandOptions): Promise<void> {
    return new Promise((resolve, reject) => {
      const state = this.#state;
      if (state === 'idle' || state === 'closing' || state === 'closed') return reject(new ClientClosedError());
      if (state !== 'ready' && this.#offline()) return reject(new ClientOfflineError(this.#address));
      const setting: MonitorSetting = { listener, decode: decodeFlagsOf(typeMapping) };
      const previous = this.#monitor;
      this.#monitor = setting;
      const request = new CommandRequest(['MONITOR'], options, () => resolve(), (error) => {
        // Not monitoring after all (unless a later monitor() took over meanwhile).
        if (this.#monitor === setting) this.#monitor = previous;
        reject(error);
      });
      request.shape(undefined, this.#entersMonitor(setting) as never, 3, undefined);
      request.retainArgs = true;
      this.#enqueue(request);
    });
  }

  /** The transform of a MONITOR reply: switch the queue to MONITOR mode in stream order. */
  #entersMonitor(setting: MonitorSetting): (reply: unknown) => unknown {
    return (reply) => {
      if (this.#monitor === setting) this.#queue.startMonitor(setting);
      return reply;
    };
  }

  /**
   * `RESET`, then the handshake again (RESET drops the protocol, the database, the name and the
   * credentials): the connection is as freshly connected, not monitoring, not subscribed. Both are
   * written ahead of the queued commands, which wait until they are done: none runs in between, on
   * a half-set-up session. While disconnected there is nothing to reset: the next connection starts
   * fresh (and does not monitor).
   */
  async reset(): Promise<void> {
    // Also when RESET fails (the connection dropped): the next session must not monitor again.
    this.#monitor = undefined;
    if (this.#state !== 'ready') return;
    this.#paused = true;
    try {
      await this.#sendNow(['RESET']);
      // RESET went back to database 0: the handshake selects the configured one again.
      this.#database = undefined;
      this.#queue.stopMonitor();
      this.#queue.resp2Subscribed = false;
      const resp = await handshake((args) => this.#sendNow(args), this.#handshakeOptions(), this.#address);
      this.#resp = resp;
      this.#queue.resp2 = resp === 2;
    } finally {
      this.#paused = false;
      this.#flush();
    }
  }

  /** Let the process exit while only this connection's socket is open (node-redis's `unref()`). */
  unref(): void {
    this.#unref = true;
    this.#socket?.unref();
  }

  /** Undo `unref()`. */
  ref(): void {
    this.#unref = false;
    this.#socket?.ref();
  }

  /**
   * Commands are refused while disconnected (`disableOfflineQueue`) — for a cluster's node
   * connection only once it was ready: a node's first connection is awaited by what is sent to it.
   */
  #offline(): boolean {
    const mode = this.#options.offlineQueue;
    return mode === 'never' || (mode === 'until-ready' && this.#wasReady);
  }

  /** Arm the command's abort signal and deadline, queue it, and schedule the flush. */
  #enqueue(request: CommandRequest): void {
    const queue = this.#queue;
    const signal = request.signal;
    if (signal !== undefined) {
      if (signal.aborted) {
        request.settled = true;
        request.fail(AbortError.of(false, signal.reason));
        return;
      }
      request.onAbort = () => queue.abort(request, signal.reason);
      signal.addEventListener('abort', request.onAbort, { once: true });
    }
    // The deadline starts with the first attempt (a cluster starts it earlier, when the command is issued).
    if (request.deadline === 0 && request.timeout !== 0) request.startDeadline(request.timeout < 0 ? this.#defaultTimeout(request) : 0);
    if ((request.deadline === 0 || this.#options.socketTimeout !== 0) && isBlockingRequest(request)) this.#blocking.add(request);
    queue.add(request);
    if (this.#state === 'ready' && !this.#flushScheduled) {
      this.#flushScheduled = true;
      process.nextTick(this.#flush);
    }
  }

  /** The connection's command timeout; none for a blocking command (BLPOP k 0), or a batch holding one. */
  #defaultTimeout(request: CommandRequest): number {
    const fallback = this.#options.commandTimeout;
    if (fallback === 0) return 0;
    return isBlockingRequest(request) ? 0 : fallback;
  }

  readonly #flush = (): void => {
    this.#flushScheduled = false;
    if ((this.#state !== 'ready' && this.#state !== 'closing') || this.#waitingForDrain || this.#paused) return;
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
      throw new ClientAlreadyOpenError('client', this.#state === 'ready' ? 'connected' : this.#state);
    }
    this.#state = 'connecting';
    this.#closed = undefined;
    this.#wasReady = false;
    this.#lastConnectError = undefined;
    try {
      await this.#establish();
    } catch (error) {
      this.#abandonSocket();
      if (this.#state === 'connecting') {
        this.#state = 'closed';
        this.#credentials?.release();
        this.#queue.failUnwritten(() => new ClientClosedError('The connection could not be established', { cause: error }));
        this.#queue.dispose();
      }
      throw error;
    }
  }

  async #establish(): Promise<void> {
    // A credentials provider is asked before every connect and reconnect (a streaming one subscribed to again).
    const auth = this.#credentials === undefined ? undefined : await this.#credentials.forHandshake();
    if (this.#state !== 'connecting') throw new ClientClosedError();
    const socket = await openSocket(this.#options);
    if (this.#state !== 'connecting') {
      socket.destroy();
      throw new ClientClosedError();
    }
    this.#socket = socket;
    this.#socketEpoch++;
    this.#waitingForDrain = false;
    if (this.#unref) socket.unref();
    this.#queue.stopMonitor();
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
    this.#auth = auth;
    this.#resp = await handshake(send, this.#handshakeOptions(), this.#address);
    this.#queue.resp2 = this.#resp === 2;
    for (const setup of this.#setups) await setup(send);
    const monitor = this.#monitor;
    if (monitor !== undefined) await this.#sendNow(['MONITOR'], undefined, this.#entersMonitor(monitor));
    if (this.#state !== 'connecting' || this.#socket !== socket) throw new ClientClosedError();
    this.#state = 'ready';
    this.#wasReady = true;
    this.#lastConnectError = undefined;
    this.#reconnectAttempt = 0;
    this.#startPing();
    this.#startWatchdog();
    this.emit('ready');
    this.#flush();
  }

  /** Write a setup command now, ahead of the queued commands, with the connect timeout. */
  #sendNow(args: RedisArgument[], options?: Parameters<SetupSend>[1], transform?: (reply: unknown) => unknown): Promise<unknown> {
    const socket = this.#socket;
    if (socket === undefined) return Promise.reject(new ClientClosedError());
    return new Promise((resolve, reject) => {
      const request = new CommandRequest(args, options?.typeMapping === undefined ? undefined : { typeMapping: options.typeMapping }, resolve, reject);
      request.expectedPushes = options?.expectedPushes;
      // In MONITOR mode (reset()'s RESET) the queue tells a reply from a line by the command's name.
      request.retainArgs = true;
      if (transform !== undefined) request.shape(undefined, transform as never, 3, undefined);
      request.startDeadline(this.#options.connectTimeout);
      const chunks = this.#queue.writeNow(request);
      if (chunks !== undefined) writeChunks(socket, chunks);
    });
  }

  #onSocketClosed(socket: net.Socket, cause: Error | undefined): void {
    if (socket !== this.#socket) return;
    this.#socket = undefined;
    this.#stopPing();
    this.#stopWatchdog();
    this.#queue.failWritten(() => new ConnectionLostError(this.#address, { cause }));
    switch (this.#state) {
      case 'connecting':
        // #establish is failing on its own (its handshake commands just got ConnectionLostError).
        return;
      case 'closing':
        this.#finishClose();
        return;
      case 'ready':
        // A timeout of ours (socketTimeout, a stall, an unanswered PING) is the error itself, as node-redis reports it.
        this.#emitError(cause instanceof SocketTimeoutError ? cause : new SocketClosedUnexpectedlyError(this.#address, { cause }));
        if (this.#offline()) this.#queue.failUnwritten(() => new ClientOfflineError(this.#address));
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
      const reason = delay instanceof Error ? new ReconnectStrategyError(delay, cause) : cause;
      this.#state = 'closed';
      this.#credentials?.release();
      this.#queue.failUnwritten(() => new ClientClosedError('The connection was lost and the reconnect strategy gave up', { cause: reason }));
      this.#queue.dispose();
      if (delay instanceof Error) this.#emitError(reason);
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
      this.#lastConnectError = error as Error;
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

  /** The options of a handshake: the connection's, with a credentials provider's credentials. */
  #handshakeOptions(): ResolvedClientOptions {
    const auth = this.#auth;
    const database = this.database;
    const options = database === this.#options.database ? this.#options : { ...this.#options, database };
    return auth === undefined ? options : { ...options, username: auth.username, password: auth.password };
  }

  /**
   * A streaming credentials provider sent new credentials: AUTH on the live connection, in line with
   * the commands (none is dropped or reordered). Not ready (reconnecting): the next handshake
   * subscribes again and uses the newest. A failure leaves the connection authenticated as before.
   */
  #reauthenticate(credentials: BasicAuth): void {
    if (this.#state !== 'ready' || credentials.password === undefined) return;
    if (this.#queue.resp2 && this.#queue.resp2Subscribed) {
      // RESP2 subscriber mode accepts no AUTH; the next reconnect authenticates with the newest.
      this.#credentialsFailed(new CredentialsError('the connection is in RESP2 subscriber mode, which does not accept AUTH'));
      return;
    }
    const { username, password } = credentials;
    const args = username === undefined ? ['AUTH', password] : ['AUTH', username, password];
    this.send(args).then(() => {
      this.#auth = credentials;
    }, (error: unknown) => {
      const scrubbed = scrub(error, password) as Error;
      const message = scrubbed instanceof Error ? scrubbed.message : String(scrubbed);
      this.#credentialsFailed(new CredentialsError(`${this.#address}: ${message}`, { cause: scrubbed }));
    });
  }

  /** A failed re-authentication (or a failed credentials stream): the provider's handler, and an 'error' event. */
  #credentialsFailed(error: CredentialsError | UnableToObtainNewCredentialsError): void {
    this.#credentials?.report(error);
    this.#emitError(error);
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
      // frozen server is caught by its commands' own timeouts and the stall watchdog. A timed-out
      // command's unanswered reply (a tombstone) is not "busy": the PING goes behind it, and if
      // nothing comes back within the interval the connection is reset.
      if (this.#state !== 'ready' || this.#pingInFlight || this.#queue.live > 0) return;
      this.#pingInFlight = true;
      const socket = this.#socket;
      this.send(['PING'], { timeout: interval }).then(
        (reply) => {
          this.#pingInFlight = false;
          this.#emitSafely('ping-interval', reply);
        },
        (error: unknown) => {
          this.#pingInFlight = false;
          if (socket !== this.#socket) return; // the connection dropped meanwhile: reported already
          // A server that stopped answering (frozen, half-open TCP): reconnect instead of waiting.
          if (error instanceof TimeoutError) this.resetSocket(new PingTimeoutError(this.#address, interval));
          // The server answered with an error (LOADING, NOAUTH after an ACL change): it is alive.
          else if (error instanceof ReplyError) this.#emitError(error);
        },
      );
    }, interval);
    this.#pingTimer.unref();
  }

  /**
   * Emit from a timer's continuation: a listener that throws goes to `'error'` when someone listens,
   * else it is rethrown on its own, uncaught (as from any EventEmitter listener), never into a promise.
   */
  #emitSafely(event: 'ping-interval', reply: unknown): void {
    try {
      this.emit(event, reply);
    } catch (error) {
      if (this.listenerCount('error') > 0) this.emit('error', error as Error);
      else {
        process.nextTick(() => {
          throw error;
        });
      }
    }
  }

  /**
   * Watch for a connection that stopped answering while a reply is awaited — no byte received
   * (`#lastReadAt`, set per socket read) for longer than:
   * - `socket.socketTimeout`, unless the awaited reply is a blocking command's (silence is its job);
   * - the command timeout (at least MIN_STALL_MS), counted from when the oldest awaited command timed out (or from the last
   *   byte, if later), once that command is a tombstone (timed out or aborted): a frozen server or a
   *   half-open path. Its caller was answered; the connection is reset so the commands behind it
   *   fail over or reconnect instead of waiting behind a reply that won't come — unless one of them
   *   was given a longer timeout of its own and still has time (the caller chose to wait out a slow
   *   server, e.g. behind a long script).
   * One coarse timer per ready connection (a quarter of the smallest limit): nothing per command.
   */
  #startWatchdog(): void {
    const { socketTimeout } = this.#options;
    const stall = this.#stallLimit();
    const limit = socketTimeout === 0 ? stall : stall === 0 ? socketTimeout : Math.min(socketTimeout, stall);
    if (limit === 0) return;
    this.#watchdogTimer = setInterval(this.#watch, Math.max(1, Math.floor(limit / 4)));
    this.#watchdogTimer.unref();
  }

  /** How long (ms) nothing may arrive after a command timed out before the connection counts as stalled; 0: never. */
  #stallLimit(): number {
    const timeout = this.#options.commandTimeout;
    return timeout === 0 ? 0 : Math.max(timeout, MIN_STALL_MS);
  }

  readonly #watch = (): void => {
    const head = this.#queue.oldestAwaited;
    if (head === undefined || this.#socket === undefined) return;
    const silentFor = performance.now() - this.#lastReadAt;
    const { socketTimeout, commandTimeout } = this.#options;
    if (socketTimeout !== 0 && silentFor >= socketTimeout && (head.settled || !this.#blocking.has(head))) {
      this.resetSocket(new SocketTimeoutError(`${this.#address}: no data received for ${socketTimeout} ms while a reply was awaited (socket.socketTimeout); reconnecting`));
    } else if (commandTimeout !== 0 && head.settled) {
      const now = performance.now();
      if (now - Math.max(this.#lastReadAt, head.deadline) < this.#stallLimit() || this.#queue.hasPatientCommand(now, commandTimeout)) return;
      this.resetSocket(new StalledConnectionError(this.#address, silentFor));
    }
  };

  #stopWatchdog(): void {
    if (this.#watchdogTimer !== undefined) clearInterval(this.#watchdogTimer);
    this.#watchdogTimer = undefined;
  }

  #stopPing(): void {
    if (this.#pingTimer !== undefined) clearInterval(this.#pingTimer);
    this.#pingTimer = undefined;
    this.#pingInFlight = false;
  }

  /**
   * Close gracefully: refuse new commands, send what is queued, wait for every reply, then close
   * the socket. While disconnected, queued commands are rejected (there is nothing to wait for).
   * A blocking command without a timeout (`BLPOP k 0`) is not waited for — it could wait forever,
   * and close() must end: it is rejected at once with a ClientClosedError (`sent`: it may have run),
   * and so is every command behind it on this connection (they wait for it; those not yet written
   * are not sent). The socket closes once the replies ahead of it arrived (the server then drops the
   * blocked command). A blocking command with a timeout is waited for like any other.
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
        this.#queue.failBlockingForClose(
          (request) => request.deadline === 0 && this.#blocking.has(request),
          (request) => new ClientClosedError(
            request.written
              ? 'The client was closed while a blocking command without a timeout held the connection; this command may have run'
              : 'The client was closed while a blocking command without a timeout held the connection; this command was not sent',
            { sent: request.written },
          ),
        );
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
    this.#stopWatchdog();
    this.#credentials?.release();
    const socket = this.#socket;
    this.#socket = undefined;
    socket?.destroy();
    this.#queue.failUnwritten(() => new ClientClosedError());
    this.#queue.dispose();
    this.emit('end');
    this.#closed?.resolve();
  }

  /**
   * Close now: every command waiting is rejected at once with a DisconnectsClientError (a
   * ClientClosedError) whose `sent` says whether it may have run. `cause` (optional) is attached.
   */
  destroy(cause?: Error): void {
    const state = this.#state;
    if (state === 'idle' || state === 'closed') return;
    this.#state = 'closed';
    this.#credentials?.release();
    if (this.#reconnectTimer !== undefined) clearTimeout(this.#reconnectTimer);
    this.#reconnectTimer = undefined;
    this.#stopPing();
    this.#stopWatchdog();
    const socket = this.#socket;
    this.#socket = undefined;
    socket?.destroy();
    this.#queue.failWritten(() => new DisconnectsClientError(true, cause));
    this.#queue.failUnwritten(() => new DisconnectsClientError(false, cause));
    this.#queue.dispose();
    this.emit('end');
    this.#closed?.resolve();
  }
}

/** A blocking command, or a batch holding one (a pipeline with BLPOP waits as long as it does). */
function isBlockingRequest(request: CommandRequest): boolean {
  const batch = request.batch;
  return batch === undefined ? isBlockingCommand(request.args) : batch.commands.some((command) => isBlockingCommand(command.args));
}
