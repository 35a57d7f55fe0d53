import { RedisError } from '@x/resp';
import type { PubSubType, PubSubTypeListeners } from './pub-sub-types';

// Every client error is a RedisError (from @x/resp): `name`, a stable `code`, an optional `cause`,
// and an `instanceof` that works across two installed copies of the package.

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

/**
 * The client is closed (or was never connected, or was destroyed). `sent` says whether the command
 * had been written before that (then it may have run); an unsent one is safe to retry elsewhere.
 */
export class ClientClosedError extends RedisError {
  static {
    this.defineBrand('@x/client:ClientClosedError', 'ClientClosedError');
  }
  readonly sent: boolean;
  constructor(message = 'The client is closed', options?: { cause?: unknown; sent?: boolean }) {
    super(message, { code: 'ERR_CLIENT_CLOSED', cause: options?.cause });
    this.sent = options?.sent ?? false;
  }
}

/** The client is disconnected and `disableOfflineQueue` is set, so the command was not queued. Not sent. */
export class ClientOfflineError extends RedisError {
  static {
    this.defineBrand('@x/client:ClientOfflineError', 'ClientOfflineError');
  }
  readonly sent = false;
  constructor(address: string) {
    super(`The client is not connected to ${address} (disableOfflineQueue is set); the command was not sent`, {
      code: 'ERR_CLIENT_OFFLINE',
    });
  }
}

/** More commands are queued than `commandsQueueMaxLength` allows. Not sent. */
export class CommandsQueueFullError extends RedisError {
  static {
    this.defineBrand('@x/client:CommandsQueueFullError', 'CommandsQueueFullError');
  }
  readonly sent = false;
  constructor(max: number) {
    super(`The commands queue is full (commandsQueueMaxLength ${max}); the command was not sent`, {
      code: 'ERR_QUEUE_FULL',
    });
  }
}

/**
 * The connection closed after the command was written and before its reply arrived. The server may
 * have run it, so it is not replayed silently.
 */
export class ConnectionLostError extends RedisError {
  static {
    this.defineBrand('@x/client:ConnectionLostError', 'ConnectionLostError');
  }
  readonly sent = true;
  constructor(address: string, options?: { cause?: unknown }) {
    super(
      `The connection to ${address} was lost after the command was sent and before its reply; it may have run`,
      { code: 'ERR_CONNECTION_LOST', cause: options?.cause },
    );
  }
}

/** No reply within the command's timeout. `sent` says whether it had been written (it may have run). */
export class TimeoutError extends RedisError {
  static {
    this.defineBrand('@x/client:TimeoutError', 'TimeoutError');
  }
  readonly sent: boolean;
  constructor(timeout: number, sent: boolean) {
    super(
      sent
        ? `Command timed out after ${timeout} ms waiting for its reply; it was sent and may have run`
        : `Command timed out after ${timeout} ms before it could be sent`,
      { code: 'ERR_COMMAND_TIMEOUT' },
    );
    this.sent = sent;
  }
}

/** The command's AbortSignal aborted. `sent` says whether it had been written (it may have run). */
export class AbortError extends RedisError {
  static {
    this.defineBrand('@x/client:AbortError', 'AbortError');
  }
  readonly sent: boolean;
  constructor(sent: boolean, reason?: unknown) {
    super(sent ? 'Command aborted after it was sent; it may have run' : 'Command aborted before it was sent', {
      code: 'ABORT_ERR',
      cause: reason,
    });
    this.sent = sent;
  }
}

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

/** The server did not answer a keep-alive PING in time: the connection is treated as dead. */
export class PingTimeoutError extends RedisError {
  static {
    this.defineBrand('@x/client:PingTimeoutError', 'PingTimeoutError');
  }
  constructor(address: string, timeout: number) {
    super(`${address} did not answer PING within ${timeout} ms; reconnecting`, { code: 'ERR_PING_TIMEOUT' });
  }
}

/** The server sent a reply that no command was waiting for: the stream can no longer be trusted. */
export class UnexpectedReplyError extends RedisError {
  static {
    this.defineBrand('@x/client:UnexpectedReplyError', 'UnexpectedReplyError');
  }
  constructor(address: string) {
    super(`${address} sent a reply no command was waiting for; closing the connection`, {
      code: 'ERR_UNEXPECTED_REPLY',
    });
  }
}

/**
 * A transaction did not run because a key it `WATCH`ed changed (`EXEC` answered null), or because the
 * connection was replaced after the `WATCH` (the server forgot it, so running unguarded would be
 * wrong). Nothing in the transaction ran.
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
 * Some commands of a transaction or pipeline failed (the others ran): `replies` holds every reply in
 * order — the failed ones as their ReplyError — and `errorIndexes` where the failures are.
 */
export class MultiErrorReply extends RedisError {
  static {
    this.defineBrand('@x/client:MultiErrorReply', 'MultiErrorReply');
  }
  readonly replies: unknown[];
  readonly errorIndexes: number[];
  constructor(replies: unknown[], errorIndexes: number[]) {
    super(`${errorIndexes.length} commands failed, see .replies and .errorIndexes for more information`, {
      code: 'ERR_MULTI_REPLY',
    });
    this.replies = replies;
    this.errorIndexes = errorIndexes;
  }

  /** The errors, in order. */
  *errors(): Generator<Error> {
    for (const index of this.errorIndexes) yield this.replies[index] as Error;
  }
}

/**
 * A RESP2 connection in subscriber mode runs only `(P|S)SUBSCRIBE`, `(P|S)UNSUBSCRIBE`, `PING`,
 * `QUIT` and `RESET`: the command was refused before it was sent. Use RESP3, or another client
 * (`client.duplicate()`) for other commands.
 */
export class SubscriberModeError extends RedisError {
  static {
    this.defineBrand('@x/client:SubscriberModeError', 'SubscriberModeError');
  }
  readonly sent = false;
  constructor(command: string) {
    super(
      `${command} was not sent: this RESP2 connection is in subscriber mode, where only (P|S)SUBSCRIBE, ` +
        '(P|S)UNSUBSCRIBE, PING, QUIT and RESET run; use RESP3 or another client (client.duplicate())',
      { code: 'ERR_SUBSCRIBER_MODE' },
    );
  }
}

/**
 * A (un)subscribe command sent raw (`sendCommand`, a transaction): its answers are pushes, one per
 * channel, that only the pub/sub methods track. Not sent.
 */
export class PubSubCommandError extends RedisError {
  static {
    this.defineBrand('@x/client:PubSubCommandError', 'PubSubCommandError');
  }
  readonly sent = false;
  constructor(command: string) {
    super(`${command} was not sent: use client.subscribe(), pSubscribe(), sSubscribe() and their unsubscribe methods`, {
      code: 'ERR_PUBSUB_COMMAND',
    });
  }
}

/**
 * A command that would change how the server replies on this connection (MONITOR, CLIENT REPLY
 * OFF|SKIP) was refused before it was sent: every later command would get another's reply.
 */
export class ReplyOrderError extends RedisError {
  static {
    this.defineBrand('@x/client:ReplyOrderError', 'ReplyOrderError');
  }
  readonly sent = false;
  constructor(command: string) {
    super(`${command} was not sent: it changes how the server replies on this connection, and later commands would get the wrong replies (use a dedicated connection outside this client)`, {
      code: 'ERR_REPLY_ORDER',
    });
  }
}

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
