import { RedisError, ReplyError } from '@x/resp';
import type { PubSubType, PubSubTypeListeners } from './pub-sub-types';

// Every error the client raises, in one place. Each is a RedisError (from @x/resp): a `name`, a
// stable `code`, an optional `cause`, and an `instanceof` that works across two installed copies.
//
// Codes: x's own are `ERR_` and upper-case words joined by `_` (`ERR_CLIENT_CLOSED`), Node's own
// convention. A server's code — `ReplyError.code`, the first word of its error reply (`ERR`,
// `MOVED`, `WRONGTYPE`) — is never one of them: Redis writes no `_` in that word, and
// `instanceof ReplyError` tells the two kinds apart for certain.
//
// The shape of the tree is what a retry decision reads (the cluster's `classify`):
// - NoReplyError: the command got no reply. `sent` says whether it was written first (it may have
//   run) — false means it certainly did not run, and may be sent again.
//   - CommandRefusedError: the client refused it before sending; sending it again can't help.
// - everything else is about the connection (its events) or the result of a command that ran.
//
// Every class node-redis 6 exports has its name here, with the meaning node-redis users catch it
// for; a node-redis name that is x's own class under another name is an alias (`export { A as B }`).

/** An option has a wrong type or value. `option` names it (e.g. `socket.port`). */
export class InvalidOptionError extends RedisError {
  static {
    this.defineBrand('@x/client:InvalidOptionError', 'InvalidOptionError');
  }
  readonly option: string;
  constructor(option: string, problem: string) {
    super(`Invalid option ${option}: ${problem}`, { code: 'ERR_INVALID_OPTION' });
    this.option = option;
  }
}

/** `connect()` on a client (or cluster) that is open already: connecting, ready or reconnecting. */
export class ClientAlreadyOpenError extends RedisError {
  static {
    this.defineBrand('@x/client:ClientAlreadyOpenError', 'ClientAlreadyOpenError');
  }
  constructor(what: string, state: string) {
    super(`The ${what} is already ${state}`, { code: 'ERR_ALREADY_OPEN' });
  }
}

// ── A command that got no reply ─────────────────────────────────────────────────────────────────

/**
 * A command got no reply. `sent` says whether it had been written before that: then it may have run
 * (the server may have executed it, only its reply is missing), and it is not sent again silently;
 * `sent: false` means it certainly did not run. The base of every such error; the cluster decides
 * its retries on this type and its `sent`.
 */
export class NoReplyError extends RedisError {
  static {
    this.defineBrand('@x/client:NoReplyError', 'NoReplyError');
  }
  readonly sent: boolean;
  constructor(message: string, options: { code: string; sent: boolean; cause?: unknown }) {
    super(message, { code: options.code, cause: options.cause });
    this.sent = options.sent;
  }
}

/**
 * The client is closed: the command came after `close()`/`destroy()`, before `connect()`, after a
 * failed `connect()`, or after the reconnect strategy gave up. `sent` as in {@link NoReplyError}.
 */
export class ClientClosedError extends NoReplyError {
  static {
    this.defineBrand('@x/client:ClientClosedError', 'ClientClosedError');
  }
  /** `code` is for {@link DisconnectsClientError}. */
  constructor(message = 'The client is closed', options?: { cause?: unknown; sent?: boolean }, code = 'ERR_CLIENT_CLOSED') {
    super(message, { code, sent: options?.sent ?? false, cause: options?.cause });
  }
}

/**
 * `destroy()` (or node-redis's `disconnect()`) ended the client while the command waited: node-redis's
 * name for it. A ClientClosedError too; `sent` says whether it may have run.
 */
export class DisconnectsClientError extends ClientClosedError {
  static {
    this.defineBrand('@x/client:DisconnectsClientError', 'DisconnectsClientError');
  }
  constructor(sent: boolean, cause?: unknown) {
    super(
      sent ? 'The client was destroyed before the reply arrived; the command may have run' : 'The client was destroyed; the command was not sent',
      { sent, cause },
      'ERR_DISCONNECTED',
    );
  }
}

/** The client is disconnected and `disableOfflineQueue` is set, so the command was not queued. Not sent. */
export class ClientOfflineError extends NoReplyError {
  static {
    this.defineBrand('@x/client:ClientOfflineError', 'ClientOfflineError');
  }
  /** `cause`: why the last attempt to reconnect failed (WRONGPASS after a password rotation, …), if one did. */
  constructor(address: string, cause?: Error) {
    super(`The client is not connected to ${address} (disableOfflineQueue is set); the command was not sent${cause === undefined ? '' : ` (reconnecting failed: ${cause.message})`}`, {
      code: 'ERR_CLIENT_OFFLINE',
      sent: false,
      cause,
    });
  }
}

/**
 * The connection closed after the command was written and before its reply arrived. The server may
 * have run it, so it is not replayed silently.
 */
export class ConnectionLostError extends NoReplyError {
  static {
    this.defineBrand('@x/client:ConnectionLostError', 'ConnectionLostError');
  }
  constructor(address: string, options?: { cause?: unknown }) {
    super(`The connection to ${address} was lost after the command was sent and before its reply; it may have run`, {
      code: 'ERR_CONNECTION_LOST',
      sent: true,
      cause: options?.cause,
    });
  }
}

/**
 * No reply within the command's timeout — its deadline, retries and waits included (a cluster
 * follows redirects and waits out a failover within it). `sent` says whether the last attempt had
 * been written (it may have run); `cause`, when set, is what kept it from succeeding before (e.g.
 * the shard had no reachable master). A timeout after the command was written is a
 * {@link TimeoutReadError}.
 */
export class TimeoutError extends NoReplyError {
  static {
    this.defineBrand('@x/client:TimeoutError', 'TimeoutError');
  }
  constructor(timeout: number, sent: boolean, cause?: Error) {
    const base = sent
      ? `Command timed out after ${timeout} ms waiting for its reply; it was sent and may have run`
      : `Command timed out after ${timeout} ms before it could be sent`;
    super(cause === undefined ? base : `${base}; last cause: ${cause.message}`, { code: 'ERR_COMMAND_TIMEOUT', sent, cause });
  }

  /** The TimeoutError for a command that timed out, sent or not. */
  static of(timeout: number, sent: boolean, cause?: Error): TimeoutError {
    return sent ? new TimeoutReadError(timeout, cause) : new TimeoutError(timeout, false, cause);
  }
}

/** node-redis's name for a timeout after the command was sent: it may have run. A TimeoutError too. */
export class TimeoutReadError extends TimeoutError {
  static {
    this.defineBrand('@x/client:TimeoutReadError', 'TimeoutReadError');
  }
  constructor(timeout: number, cause?: Error) {
    super(timeout, true, cause);
  }
}

/** The command's AbortSignal aborted. `sent` says whether it had been written (it may have run). */
export class AbortError extends NoReplyError {
  static {
    this.defineBrand('@x/client:AbortError', 'AbortError');
  }
  constructor(sent: boolean, reason?: unknown) {
    super(sent ? 'Command aborted after it was sent; it may have run' : 'Command aborted before it was sent', {
      code: 'ERR_ABORTED',
      sent,
      cause: reason,
    });
  }

  /** The AbortError for a command aborted, sent or not. */
  static of(sent: boolean, reason?: unknown): AbortError {
    return sent ? new AbortReadError(reason) : new AbortError(false, reason);
  }
}

/** node-redis's name for an abort after the command was sent: it may have run. An AbortError too. */
export class AbortReadError extends AbortError {
  static {
    this.defineBrand('@x/client:AbortReadError', 'AbortReadError');
  }
  constructor(reason?: unknown) {
    super(true, reason);
  }
}

/**
 * The client refused the command before sending it: sending it again, here or on another node, can't
 * help (a cluster rejects it at once instead of retrying). Never sent.
 */
export class CommandRefusedError extends NoReplyError {
  static {
    this.defineBrand('@x/client:CommandRefusedError', 'CommandRefusedError');
  }
  constructor(message: string, code: string) {
    super(message, { code, sent: false });
  }
}

/** More commands are queued than `commandsQueueMaxLength` allows. Not sent. */
export class CommandsQueueFullError extends CommandRefusedError {
  static {
    this.defineBrand('@x/client:CommandsQueueFullError', 'CommandsQueueFullError');
  }
  constructor(max: number) {
    super(`The commands queue is full (commandsQueueMaxLength ${max}); the command was not sent`, 'ERR_QUEUE_FULL');
  }
}

/**
 * A RESP2 connection in subscriber mode runs only `(P|S)SUBSCRIBE`, `(P|S)UNSUBSCRIBE`, `PING`,
 * `QUIT` and `RESET`: the command was refused before it was sent. Use RESP3, or another client
 * (`client.duplicate()`) for other commands.
 */
export class SubscriberModeError extends CommandRefusedError {
  static {
    this.defineBrand('@x/client:SubscriberModeError', 'SubscriberModeError');
  }
  constructor(command: string) {
    super(
      `${command} was not sent: this RESP2 connection is in subscriber mode, where only (P|S)SUBSCRIBE, ` +
        '(P|S)UNSUBSCRIBE, PING, QUIT and RESET run; use RESP3 or another client (client.duplicate())',
      'ERR_SUBSCRIBER_MODE',
    );
  }
}

/**
 * A (un)subscribe command sent raw (`sendCommand`, a transaction): its answers are pushes, one per
 * channel, that only the pub/sub methods track. Not sent.
 */
export class PubSubCommandError extends CommandRefusedError {
  static {
    this.defineBrand('@x/client:PubSubCommandError', 'PubSubCommandError');
  }
  constructor(command: string) {
    super(`${command} was not sent: use client.subscribe(), pSubscribe(), sSubscribe() and their unsubscribe methods`, 'ERR_PUBSUB_COMMAND');
  }
}

/**
 * A command that would change how the server replies on this connection (MONITOR, CLIENT REPLY
 * OFF|SKIP) was refused before it was sent: every later command would get another's reply.
 */
export class ReplyOrderError extends CommandRefusedError {
  static {
    this.defineBrand('@x/client:ReplyOrderError', 'ReplyOrderError');
  }
  constructor(command: string) {
    super(
      `${command} was not sent: it changes how the server replies on this connection, and later commands would get the wrong replies (use a dedicated connection outside this client)`,
      'ERR_REPLY_ORDER',
    );
  }
}

/**
 * A command was refused because the connection is in MONITOR mode: the server streams every command
 * it runs there, and a reply could not be told from a monitor line. `reset()` (RESET) ends the mode.
 */
export class MonitorModeError extends CommandRefusedError {
  static {
    this.defineBrand('@x/client:MonitorModeError', 'MonitorModeError');
  }
  constructor(command: string) {
    super(`${command} was not sent: the client is in MONITOR mode (call reset() to leave it, or use another client)`, 'ERR_MONITOR_MODE');
  }
}

// ── A command that ran (or a transaction that did not) ──────────────────────────────────────────

/**
 * A transaction did not run because a key it `WATCH`ed changed (`EXEC` answered null), or because the
 * connection was replaced after the `WATCH` (the server forgot it, so running unguarded would be
 * wrong). Nothing in the transaction ran; `sent` only says whether it was written.
 */
export class WatchError extends RedisError {
  static {
    this.defineBrand('@x/client:WatchError', 'WatchError');
  }
  readonly sent: boolean;
  constructor(message = 'One (or more) of the watched keys has been changed', options?: { sent?: boolean }) {
    super(message, { code: 'ERR_WATCH' });
    this.sent = options?.sent ?? true;
  }
}

/**
 * node-redis's name for an error reply from the server: x's {@link ReplyError} itself (one class, two
 * names), whose `code` is the reply's first word. node-redis's `SimpleError` (a `-` reply) is the
 * same class too: the decoder does not tell a RESP3 blob error (`!`, which Redis does not send for its
 * own errors) apart, so {@link BlobError} is never raised.
 */
export { ReplyError as ErrorReply, ReplyError as SimpleError };

/** node-redis's RESP3 blob error (`!`). x decodes every error reply as a ReplyError: never raised. */
export class BlobError extends ReplyError {
  static {
    this.defineBrand('@x/client:BlobError', 'BlobError');
  }
}

/**
 * Some commands of a transaction or pipeline failed (the others ran): `replies` holds every reply in
 * order — the failed ones as their error — and `errorIndexes` where the failures are. An ErrorReply
 * (ReplyError), as in node-redis.
 */
export class MultiErrorReply extends ReplyError {
  static {
    this.defineBrand('@x/client:MultiErrorReply', 'MultiErrorReply');
  }
  readonly replies: unknown[];
  readonly errorIndexes: number[];
  constructor(replies: unknown[], errorIndexes: number[]) {
    super(`${errorIndexes.length} commands failed, see .replies and .errorIndexes for more information`);
    // A ReplyError takes its code from the message's first word: this one is the client's own.
    (this as { code: string }).code = 'ERR_MULTI_REPLY';
    this.replies = replies;
    this.errorIndexes = errorIndexes;
  }

  /** The errors, in order. */
  *errors(): Generator<Error> {
    for (const index of this.errorIndexes) yield this.replies[index] as Error;
  }
}

// ── The connection ──────────────────────────────────────────────────────────────────────────────

/** The TCP/TLS connection could not be established within `socket.connectTimeout`. */
export class ConnectionTimeoutError extends RedisError {
  static {
    this.defineBrand('@x/client:ConnectionTimeoutError', 'ConnectionTimeoutError');
  }
  constructor(address: string, timeout: number) {
    super(`Connection to ${address} timed out after ${timeout} ms`, { code: 'ERR_CONNECT_TIMEOUT' });
  }
}

/** The socket closed while the client expected it open (the reason is in `cause`). */
export class SocketClosedUnexpectedlyError extends RedisError {
  static {
    this.defineBrand('@x/client:SocketClosedUnexpectedlyError', 'SocketClosedUnexpectedlyError');
  }
  constructor(address: string, options?: { cause?: unknown }) {
    super(`Socket to ${address} closed unexpectedly`, { code: 'ERR_SOCKET_CLOSED', cause: options?.cause });
  }
}

/** Nothing came back on the socket in time: it is treated as dead and reconnected. node-redis's name. */
export class SocketTimeoutError extends RedisError {
  static {
    this.defineBrand('@x/client:SocketTimeoutError', 'SocketTimeoutError');
  }
  constructor(message: string, code = 'ERR_SOCKET_TIMEOUT') {
    super(message, { code });
  }
}

/** The server did not answer a keep-alive PING in time: the connection is treated as dead. A SocketTimeoutError. */
export class PingTimeoutError extends SocketTimeoutError {
  static {
    this.defineBrand('@x/client:PingTimeoutError', 'PingTimeoutError');
  }
  constructor(address: string, timeout: number) {
    super(`${address} did not answer PING within ${timeout} ms; reconnecting`, 'ERR_PING_TIMEOUT');
  }
}

/** The server sent a reply that no command was waiting for: the stream can no longer be trusted. */
export class UnexpectedReplyError extends RedisError {
  static {
    this.defineBrand('@x/client:UnexpectedReplyError', 'UnexpectedReplyError');
  }
  constructor(address: string) {
    super(`${address} sent a reply no command was waiting for; closing the connection`, { code: 'ERR_UNEXPECTED_REPLY' });
  }
}

/**
 * A reply to a handshake command (HELLO, AUTH, CLIENT SETNAME, SELECT, READONLY) was not what that
 * command answers: something else is talking first on the connection (a proxy's banner, a stray
 * reply), so every later reply would go to the wrong caller. The connection is closed instead.
 */
export class HandshakeReplyError extends RedisError {
  static {
    this.defineBrand('@x/client:HandshakeReplyError', 'HandshakeReplyError');
  }
  /** The handshake command whose reply did not fit (its name only, never its arguments). */
  readonly command: string;
  constructor(address: string, command: string, got: string) {
    super(`${address} answered ${command} during the handshake with ${got}, not its reply: the replies are out of step (a proxy banner?); closing the connection`, {
      code: 'ERR_HANDSHAKE_REPLY',
    });
    this.command = command;
  }
}

/**
 * Re-authenticating a live connection with the credentials a streaming credentials provider just
 * sent failed (node-redis's error of the same name): the server refused them (`cause`: its reply,
 * e.g. WRONGPASS), or the connection can't take AUTH now. The connection stays authenticated as
 * before. Given to the provider's `onReAuthenticationError` and emitted as an `'error'`.
 */
export class CredentialsError extends RedisError {
  static {
    this.defineBrand('@x/client:CredentialsError', 'CredentialsError');
  }
  constructor(message: string, options?: { cause?: unknown }) {
    super(`Re-authentication with latest credentials failed: ${message}`, { code: 'ERR_REAUTHENTICATION', cause: options?.cause });
  }
}

/**
 * A credentials provider could not give credentials (node-redis's error of the same name): its
 * stream reported an error, or `credentials()`/`subscribe()` failed or returned something that is
 * not `{ username?, password? }`.
 */
export class UnableToObtainNewCredentialsError extends RedisError {
  static {
    this.defineBrand('@x/client:UnableToObtainNewCredentialsError', 'UnableToObtainNewCredentialsError');
  }
  constructor(message: string, options?: { cause?: unknown }) {
    super(`Unable to obtain new credentials: ${message}`, { code: 'ERR_CREDENTIALS_PROVIDER', cause: options?.cause });
  }
}

/**
 * The reconnect strategy stopped reconnecting by returning (or throwing) an Error: `originalError`
 * is that error, `socketError` what broke the connection. The client is closed for good; commands
 * still waiting are rejected with a ClientClosedError whose `cause` is this.
 */
export class ReconnectStrategyError extends RedisError {
  static {
    this.defineBrand('@x/client:ReconnectStrategyError', 'ReconnectStrategyError');
  }
  readonly originalError: Error;
  readonly socketError: unknown;
  constructor(originalError: Error, socketError: unknown) {
    super(originalError.message, { code: 'ERR_RECONNECT_STRATEGY', cause: originalError });
    this.originalError = originalError;
    this.socketError = socketError;
  }
}

// ── Pub/sub ─────────────────────────────────────────────────────────────────────────────────────

/**
 * The client lost subscriptions without being asked to unsubscribe: after a reconnect the server
 * refused to restore them (`cause`: an ACL change, `MOVED`, …), or the server dropped a sharded
 * channel whose slot moved away while nothing listened to `'sharded-channel-moved'`. Their listeners
 * were removed; `listeners` hands them back (e.g. to subscribe them on another client).
 */
export class SubscriptionLostError extends RedisError {
  static {
    this.defineBrand('@x/client:SubscriptionLostError', 'SubscriptionLostError');
  }
  readonly kind: PubSubType;
  readonly listeners: PubSubTypeListeners;
  constructor(kind: PubSubType, listeners: PubSubTypeListeners, cause?: Error) {
    const what = kind === 'PATTERNS' ? 'patterns' : kind === 'SHARDED' ? 'sharded channels' : 'channels';
    super(
      cause === undefined
        ? `The server dropped ${listeners.size} ${what} (their slot moved away); their listeners were removed`
        : `The server refused to resubscribe ${listeners.size} ${what} after a reconnect (${cause.message}); their listeners were removed`,
      { code: 'ERR_SUBSCRIPTION_LOST', cause },
    );
    this.kind = kind;
    this.listeners = listeners;
  }

  /** The channels (or patterns) lost. */
  get channels(): string[] {
    return [...this.listeners.keys()];
  }
}

/**
 * A pub/sub listener threw (`cause`: what it threw). The client's `'error'` event, so a listener's
 * bug is told apart from the connection's own trouble; rethrown uncaught when nothing listens.
 */
export class PubSubListenerError extends RedisError {
  static {
    this.defineBrand('@x/client:PubSubListenerError', 'PubSubListenerError');
  }
  /** The kind of subscription the listener was called for. */
  readonly kind: PubSubType;
  /** The channel (or pattern) it is subscribed to. */
  readonly channel: string;
  constructor(kind: PubSubType, channel: string, cause: unknown) {
    super(`A pub/sub listener of ${channel} threw: ${cause instanceof Error ? cause.message : String(cause)}`, {
      code: 'ERR_PUBSUB_LISTENER',
      cause,
    });
    this.kind = kind;
    this.channel = channel;
  }
}

/**
 * A scan iteration could not go on to the end: the keys yielded so far are not all keys (the
 * cluster's ScanIncompleteError is one). node-redis raises it when a Sentinel master changes.
 */
export class ScanIteratorInterruptedError extends RedisError {
  static {
    this.defineBrand('@x/client:ScanIteratorInterruptedError', 'ScanIteratorInterruptedError');
  }
  constructor(message: string, options?: { code?: string; cause?: unknown }) {
    super(message, { code: options?.code ?? 'ERR_SCAN_INTERRUPTED', cause: options?.cause });
  }
}

// ── node-redis names for what x does not do (yet): exported so code that catches them compiles ──

/** node-redis: a timeout while a maintenance notification relaxed it. x has no maintenance handling: never raised. */
export class CommandTimeoutDuringMaintenanceError extends TimeoutError {
  static {
    this.defineBrand('@x/client:CommandTimeoutDuringMaintenanceError', 'CommandTimeoutDuringMaintenanceError');
  }
}

/** node-redis: a sent command's timeout during maintenance. Never raised by x. */
export class CommandTimeoutReadDuringMaintenanceError extends TimeoutReadError {
  static {
    this.defineBrand('@x/client:CommandTimeoutReadDuringMaintenanceError', 'CommandTimeoutReadDuringMaintenanceError');
  }
}

/** node-redis: a socket timeout during maintenance. Never raised by x. */
export class SocketTimeoutDuringMaintenanceError extends TimeoutReadError {
  static {
    this.defineBrand('@x/client:SocketTimeoutDuringMaintenanceError', 'SocketTimeoutDuringMaintenanceError');
  }
}

/** node-redis: an OpenTelemetry integration failure. x has no OpenTelemetry integration yet: never raised. */
export class OpenTelemetryError extends RedisError {
  static {
    this.defineBrand('@x/client:OpenTelemetryError', 'OpenTelemetryError');
  }
  constructor(message: string) {
    super(message, { code: 'ERR_OPEN_TELEMETRY' });
  }
}

/** node-redis: the `cache` option on a command whose reply can't be cached. x has no client-side cache yet: never raised. */
export class ClientSideCacheMarkError extends RedisError {
  static {
    this.defineBrand('@x/client:ClientSideCacheMarkError', 'ClientSideCacheMarkError');
  }
  readonly command: string;
  constructor(command: string) {
    super(`The "cache" command option has no effect on ${command}: its replies can't be cached client side`, { code: 'ERR_CACHE_MARK' });
    this.command = command;
  }
}

/** node-redis: a command refused on a connection managed by client-side caching. Never raised by x yet. */
export class ClientSideCacheCommandError extends RedisError {
  static {
    this.defineBrand('@x/client:ClientSideCacheCommandError', 'ClientSideCacheCommandError');
  }
  readonly command: string;
  constructor(command: string) {
    super(`${command} is not allowed on a connection managed by client-side caching`, { code: 'ERR_CACHE_COMMAND' });
    this.command = command;
  }
}

/** node-redis's multi-database client: every member down, failover attempts remain. x has no such client: never raised. */
export class TemporarilyUnavailableError extends RedisError {
  static {
    this.defineBrand('@x/client:TemporarilyUnavailableError', 'TemporarilyUnavailableError');
  }
  constructor() {
    super('Every database is unavailable for now', { code: 'ERR_TEMPORARILY_UNAVAILABLE' });
  }
}

/** node-redis's multi-database client: every member down, no failover attempt left. Never raised by x. */
export class PermanentlyUnavailableError extends RedisError {
  static {
    this.defineBrand('@x/client:PermanentlyUnavailableError', 'PermanentlyUnavailableError');
  }
  constructor(maxAttempts: number) {
    super(`Every database is unavailable after ${maxAttempts} failover attempts`, { code: 'ERR_PERMANENTLY_UNAVAILABLE' });
  }
}

/** node-redis's multi-database client: work cut short by a switch to another member. Never raised by x. */
export class CommandAbandonedError extends RedisError {
  static {
    this.defineBrand('@x/client:CommandAbandonedError', 'CommandAbandonedError');
  }
  constructor() {
    super('The command was abandoned: traffic switched to another database', { code: 'ERR_COMMAND_ABANDONED' });
  }
}

// ── The pool's ───────────────────────────────────────────────────────────────────────────────────

/**
 * No client of the pool became free within `acquireTimeout`: the task never started (nothing was
 * sent). A `TimeoutError` — what node-redis users catch for it — with its own `code`, so it can be
 * told from a command that timed out after it was sent (and may have run).
 */
export class PoolAcquireTimeoutError extends TimeoutError {
  static {
    this.defineBrand('@x/client:PoolAcquireTimeoutError', 'PoolAcquireTimeoutError');
  }
  override readonly code = 'ERR_POOL_ACQUIRE_TIMEOUT';
  readonly acquireTimeout: number;
  constructor(acquireTimeout: number) {
    super(acquireTimeout, false);
    this.message = `Timeout waiting for a client after ${acquireTimeout}ms; the task did not start (nothing was sent)`;
    this.acquireTimeout = acquireTimeout;
  }
}

/**
 * A command that changes the state of the connection it runs on (the database, a WATCH, the
 * protocol, the user, tracking, …) was refused by a pool before it was sent: the pool's next command
 * may run on another of its clients, so the change would apply to some commands and not others.
 * Run it inside `pool.execute(client => …)`, where one client runs the whole task.
 */
export class PoolStickyCommandError extends RedisError {
  static {
    this.defineBrand('@x/client:PoolStickyCommandError', 'PoolStickyCommandError');
  }
  readonly sent = false;
  readonly command: string;
  constructor(command: string) {
    super(
      `${command} was not sent: it changes the state of one pooled connection, and the pool's next command may run on another; ` +
        'run it and the commands that rely on it inside pool.execute(client => …)',
      { code: 'ERR_POOL_STICKY_COMMAND' },
    );
    this.command = command;
  }
}
