import { getTransformReply, type Command, type RedisArgument, type RedisCommands, type ReplyUnion, type RespVersions, type TransformReply } from '@x/modules';
import { COMMANDS } from './commands';
import type { RedisClientMultiCommand } from './multi-command';

// node-redis's "legacy mode" (`client.legacy()`): the v3 callback interface over a v4+ client.

/** One argument as v3 took it: numbers and Dates are sent as their `toString()`. */
export type LegacyArgument = string | Buffer | number | Date;
/** Arguments, nested arrays flattened: `legacy.hSet('h', ['a', 1], 'b', 2, cb)`. */
export type LegacyArguments = Array<LegacyArgument | LegacyArguments>;
/** Called once with the error, or with `null` and the reply. */
export type LegacyCallback = (err: Error | null, reply?: ReplyUnion) => unknown;
/** The arguments, optionally followed by the callback. */
export type LegacyCommandArguments = LegacyArguments | [...args: LegacyArguments, callback: LegacyCallback];

type LegacyCommands = {
  [P in keyof typeof COMMANDS]: (...args: LegacyCommandArguments) => void;
};

type LegacyMultiCommands = {
  [P in keyof typeof COMMANDS]: (...args: LegacyArguments) => RedisLegacyMultiType;
};

/** `client.legacy()`: every command as a callback method, plus `sendCommand`, `quit` and `multi`. */
export type RedisLegacyClientType = RedisLegacyClient & LegacyCommands;

/** `legacy.multi()`: commands chained, then `exec(callback)`. */
export type RedisLegacyMultiType = RedisLegacyMulti & LegacyMultiCommands;

/**
 * What legacy mode uses of the client: its public methods (a RedisClient is one; declared here, not
 * imported, since the client's `legacy()` builds this module's objects).
 */
interface LegacyHost {
  sendCommand(args: ReadonlyArray<RedisArgument>): Promise<unknown>;
  quit(): Promise<'OK'>;
  multi(): unknown;
  emit(event: 'error', error: Error): boolean;
  listenerCount(event: 'error'): number;
  readonly respVersion: RespVersions;
}

/** Append `args` to `redisArgs`, arrays flattened (at any depth), numbers and Dates as their `toString()`. */
export function pushLegacyArguments(redisArgs: Array<RedisArgument>, args: ReadonlyArray<unknown>): void {
  for (const arg of args) {
    if (Array.isArray(arg)) pushLegacyArguments(redisArgs, arg);
    else redisArgs.push(typeof arg === 'number' || arg instanceof Date ? arg.toString() : (arg as RedisArgument));
  }
}

// As in node-redis, legacy replies are raw — except for the commands whose definition asks for its
// transform (`TRANSFORM_LEGACY_REPLY`; in node-redis 6 that is HGETALL: an object, as v3 gave).
const LEGACY_TRANSFORMED = new Set<Command>([COMMANDS.HGETALL]);
for (const command of Object.values(COMMANDS as RedisCommands)) {
  if ((command as { TRANSFORM_LEGACY_REPLY?: boolean }).TRANSFORM_LEGACY_REPLY === true) LEGACY_TRANSFORMED.add(command);
}

/** The legacy transform of `command` for the protocol the connection speaks now (undefined: raw reply). */
function legacyTransform(command: Command, resp: RespVersions): TransformReply | undefined {
  return LEGACY_TRANSFORMED.has(command) ? getTransformReply(command, resp) : undefined;
}

/**
 * An error no callback takes: the client's `'error'` event when listened to (as node-redis does),
 * else a process warning — never an unhandled rejection or a crash.
 */
function report(client: LegacyHost, error: unknown): void {
  const err = error instanceof Error ? error : new Error(String(error));
  if (client.listenerCount('error') > 0) {
    client.emit('error', err);
    return;
  }
  try {
    process.emitWarning(err);
  } catch {
    // An Error from another realm (a vm context) is refused by emitWarning: its name and message then.
    process.emitWarning(err.message, { type: err.name });
  }
}

/** Deliver an outcome to `callback`; a callback that throws is reported, and fails nothing else. */
function call(client: LegacyHost, callback: LegacyCallback, err: Error | null, reply?: unknown): void {
  try {
    callback(err, reply as ReplyUnion);
  } catch (error) {
    report(client, error);
  }
}

function settle(client: LegacyHost, promise: Promise<unknown>, callback: LegacyCallback | undefined, transform?: TransformReply): void {
  if (callback === undefined) {
    promise.catch((error: unknown) => report(client, error));
    return;
  }
  const transformed = transform === undefined ? promise : promise.then((reply) => transform(reply));
  transformed.then(
    (reply) => call(client, callback, null, reply),
    (error: unknown) => call(client, callback, error instanceof Error ? error : new Error(String(error))),
  );
}

/** Take a trailing callback off `args`. */
function popCallback(args: Array<unknown>): LegacyCallback | undefined {
  return typeof args[args.length - 1] === 'function' ? (args.pop() as LegacyCallback) : undefined;
}

function send(client: LegacyHost, redisArgs: Array<RedisArgument>): Promise<unknown> {
  try {
    return client.sendCommand(redisArgs);
  } catch (error) {
    return Promise.reject(error);
  }
}

/**
 * node-redis's `RedisLegacyClient`: `client.legacy()` returns one over the client (or its options
 * view). Each command method sends its own name and the flattened arguments
 * (`legacy.set('key', 'value', cb)`) — as node-redis does, a method named after a subcommand
 * (`configGet`) sends that name, which the server does not know: use `sendCommand('CONFIG', 'GET', …)`.
 * Without a callback, an error goes to the client's `'error'` event.
 */
export class RedisLegacyClient {
  readonly #client: LegacyHost;

  constructor(client: LegacyHost) {
    this.#client = client;
  }

  static {
    for (const [name, command] of Object.entries(COMMANDS as RedisCommands)) {
      if (name in this.prototype) continue;
      Object.defineProperty(this.prototype, name, {
        configurable: true,
        writable: true,
        value: function (this: RedisLegacyClient, ...args: Array<unknown>): void {
          this.#command(name, command, args);
        },
      });
    }
  }

  #command(name: string, command: Command, args: Array<unknown>): void {
    const client = this.#client;
    const callback = popCallback(args);
    const redisArgs: Array<RedisArgument> = [name];
    pushLegacyArguments(redisArgs, args);
    settle(client, send(client, redisArgs), callback, legacyTransform(command, client.respVersion));
  }

  /** Send any command: `legacy.sendCommand('SET', 'key', 'value', cb)` (arrays flattened). */
  sendCommand(...args: LegacyCommandArguments): void {
    const client = this.#client;
    const rest = args as Array<unknown>;
    const callback = popCallback(rest);
    const redisArgs: Array<RedisArgument> = [];
    pushLegacyArguments(redisArgs, rest);
    settle(client, send(client, redisArgs), callback);
  }

  /** Close the client gracefully; `callback(null, 'OK')` once closed. */
  quit(callback?: (err: Error | null, reply?: string) => unknown): void {
    const client = this.#client;
    let promise: Promise<unknown>;
    try {
      promise = client.quit();
    } catch (error) {
      promise = Promise.reject(error);
    }
    settle(client, promise, callback as LegacyCallback | undefined);
  }

  /** A transaction: chain commands (`multi.set('a', '1').incr('n')`), then `exec(callback)`. */
  multi(): RedisLegacyMultiType {
    return new RedisLegacyMulti(this.#client) as RedisLegacyMultiType;
  }
}

/** node-redis's legacy multi: commands queued by name with their flattened arguments, sent by `exec`. */
export class RedisLegacyMulti {
  readonly #client: LegacyHost;
  readonly #multi: RedisClientMultiCommand<Array<unknown>>;

  constructor(client: LegacyHost) {
    this.#client = client;
    this.#multi = client.multi() as unknown as RedisClientMultiCommand<Array<unknown>>;
  }

  static {
    for (const [name, command] of Object.entries(COMMANDS as RedisCommands)) {
      if (name in this.prototype) continue;
      Object.defineProperty(this.prototype, name, {
        configurable: true,
        writable: true,
        value: function (this: RedisLegacyMulti, ...args: Array<unknown>): RedisLegacyMulti {
          const redisArgs: Array<RedisArgument> = [name];
          pushLegacyArguments(redisArgs, args);
          this.#multi.addCommand(redisArgs, legacyTransform(command, this.#client.respVersion));
          return this;
        },
      });
    }
  }

  /** Queue any command: `multi.sendCommand('SET', 'key', 'value')` (arrays flattened). */
  sendCommand(...args: LegacyArguments): this {
    const redisArgs: Array<RedisArgument> = [];
    pushLegacyArguments(redisArgs, args);
    this.#multi.addCommand(redisArgs);
    return this;
  }

  /**
   * Send `MULTI`, the commands and `EXEC`; `callback(null, replies)`, or `callback(error)` (a
   * MultiErrorReply when some commands failed). Without a callback, an error goes to the client's
   * `'error'` event.
   */
  exec(callback?: (err: Error | null, replies?: Array<unknown>) => unknown): void {
    let promise: Promise<unknown>;
    try {
      promise = this.#multi.exec();
    } catch (error) {
      promise = Promise.reject(error);
    }
    settle(this.#client, promise, callback as LegacyCallback | undefined);
  }
}
