import { EventEmitter } from 'node:events';
import {
  attach,
  commandFactories,
  normalizeKeyPrefix,
  withOptionsProxy,
  type Command,
  type CommandExecutor,
  type CommandParser,
  type KnownExtensions,
  type RedisArgument,
  type RedisFunctions,
  type RedisModules,
  type RedisScript,
  type RedisScripts,
  type ReplyUnion,
  type RespVersions,
  type TransformReply,
  type TypeMapping,
  type WithCommands,
  type WithExtensions,
} from '@x/modules';
import { isBlockingCommand } from '../blocking-commands';
import { COMMANDS } from '../commands';
import { multiCommandFactories, RedisClientMultiCommand, type MultiExecutor, type MultiQueuedCommand } from '../multi-command';
import type { RedisClientMultiCommandType } from '../multi-command-types';
import type { CommandOptions, RedisClientOptions } from '../options';
import { BasicClientSideCache, BasicPooledClientSideCache, SHARED_BY_POOL } from '../client-side-cache/client-side-cache';
import { checkClientSideCache, DEFAULT_COMMAND_TIMEOUT, resolveClientOptions } from '../resolve-options';
import { POOL_COMMANDS, stickyArgumentsRefusal, stickyDefinitionRefusal, type PoolCommands } from './pool-commands';
import { resolvePoolOptions, type RedisPoolOptions } from './pool-options';
import type { PoolClient, PoolMember as RedisClientType } from './pool-member';
import { PoolScheduler, type Work } from './pool-scheduler';

/** Events of a pool. */
export interface RedisClientPoolEvents {
  /** An error of one of the pool's clients (emitted only when listened to, as a client's are). */
  error: [error: Error];
}

/** What `pool.execute(fn)` runs: `fn` gets one client of the pool to itself until what it returns settles. */
export type PoolTask<
  M extends RedisModules,
  F extends RedisFunctions,
  S extends RedisScripts,
  RESP extends RespVersions,
  TYPE_MAPPING extends TypeMapping,
  T = unknown,
> = (client: RedisClientType<M, F, S, RESP, TYPE_MAPPING>) => T;

/** A pool with its methods: the built-in commands (those a pool has) plus the configuration's modules, functions and scripts. */
export type RedisClientPoolType<
  M extends RedisModules = Record<never, never>,
  F extends RedisFunctions = Record<never, never>,
  S extends RedisScripts = Record<never, never>,
  RESP extends RespVersions = 3,
  TYPE_MAPPING extends TypeMapping = Record<never, never>,
> = RedisClientPool<M, F, S, RESP, TYPE_MAPPING> & WithCommands<PoolCommands, RESP, TYPE_MAPPING> & WithExtensions<M, F, S, RESP, TYPE_MAPPING>;

function viewOf(client: PoolClient, options: CommandOptions | undefined): PoolClient {
  return options === undefined ? client : client.withCommandOptions(options);
}

/**
 * node-redis's `RedisClientPool`: clients to one server, each given to one task at a time. Every
 * command method (`pool.get(key)`), `sendCommand` and `multi().exec()` takes a free client for that
 * one command — a blocking `BLPOP key 0` holds one client and stalls nothing else — and
 * `execute(client => …)` hands a client to a task of several commands (a WATCH … MULTI … EXEC,
 * a blocking loop).
 *
 * Create it with {@link createClientPool} or `client.createPool()`. Methods may run on an options
 * view (`withTypeMapping`, `withCommandOptions`, `withAbortSignal`), an `Object.create` of the pool,
 * so state is reached through `_self`.
 */
export class RedisClientPool<
    M extends RedisModules = Record<never, never>,
    F extends RedisFunctions = Record<never, never>,
    S extends RedisScripts = Record<never, never>,
    RESP extends RespVersions = 3,
    TYPE_MAPPING extends TypeMapping = Record<never, never>,
  >
  extends EventEmitter<RedisClientPoolEvents>
  implements CommandExecutor, MultiExecutor
{
  /** The real instance (an options view inherits this field). */
  readonly _self: this;
  /** Per-call options of this view (type mapping, abort signal, timeout); undefined on the pool. */
  _commandOptions: CommandOptions | undefined;
  /**
   * The clients' `keyPrefix`, applied by the pool's own methods (their parsers). As in node-redis,
   * the pool's clients have none — they are handed parsers already prefixed — so the client
   * `execute(fn)` gives `fn` sends its keys as given.
   */
  readonly _keyPrefix: RedisArgument | undefined;
  readonly #clientOptions: RedisClientOptions<M, F, S, RESP, TYPE_MAPPING> | undefined;
  readonly #scheduler: PoolScheduler;
  /** The default command timeout of the clients (a command's wait for a client counts against it). */
  readonly #defaultTimeout: number;
  #Multi: (new (executor: MultiExecutor) => RedisClientMultiCommand) | undefined;
  /** The cache every client of the pool shares (`clientSideCache`), if any. */
  readonly #cache: BasicClientSideCache | undefined;

  /**
   * node-redis's `RedisClientPool.create(clientOptions, options)`: `createClientPool(…)`. Set by
   * create-client-pool.ts, which can reach the client (this file can't: it would be an import cycle).
   */
  declare static create: <M2 extends RedisModules, F2 extends RedisFunctions, S2 extends RedisScripts, RESP2 extends RespVersions = 3, TM2 extends TypeMapping = Record<never, never>>(
    clientOptions?: RedisClientOptions<M2, F2, S2, RESP2, TM2>,
    options?: Partial<RedisPoolOptions>,
  ) => RedisClientPoolType<KnownExtensions<M2>, KnownExtensions<F2>, KnownExtensions<S2>, RESP2, TM2>;

  /**
   * Use {@link createClientPool} or `client.createPool()`: they add the command methods. Throws an
   * InvalidOptionError naming a bad client or pool option.
   */
  constructor(
    clientOptions: RedisClientOptions<M, F, S, RESP, TYPE_MAPPING> | undefined,
    options: Partial<RedisPoolOptions> | undefined,
    createMember: (overrides?: Partial<RedisClientOptions>) => RedisClientType<M, F, S, RESP, TYPE_MAPPING>,
  ) {
    super();
    this._self = this;
    this._commandOptions = undefined;
    // The members' options are checked now (an unhonoured or bad one throws here, not at connect).
    resolveClientOptions(clientOptions);
    this._keyPrefix = normalizeKeyPrefix(clientOptions?.keyPrefix);
    this.#clientOptions = clientOptions;
    const resolved = resolvePoolOptions(options);
    // One cache for every client (the pool's option, else the clients' own): each client tracks
    // what it reads, and any of them serves an entry while the connection that read it is up.
    const cacheOption = options?.clientSideCache ?? clientOptions?.clientSideCache;
    if (cacheOption !== undefined) {
      checkClientSideCache(cacheOption, clientOptions?.RESP ?? 3);
      this.#cache = cacheOption instanceof BasicClientSideCache ? cacheOption : new BasicPooledClientSideCache(cacheOption);
    }
    const cache = this.#cache;
    // Marked as the pool's: every client may serve what another read (same server, same options).
    const make = cache === undefined ? () => createMember() : () => createMember({ clientSideCache: cache, [SHARED_BY_POOL]: true } as Partial<RedisClientOptions>);
    this.#scheduler = new PoolScheduler(resolved, make as unknown as () => PoolClient, (error) => {
      // As a client's: emitted only when listened to (the affected tasks get their own rejections).
      if (this.listenerCount('error') > 0) this.emit('error', error);
    });
    this.#defaultTimeout = clientOptions?.commandOptions?.timeout ?? DEFAULT_COMMAND_TIMEOUT;
  }

  /** Clients waiting for a task. */
  get idleClients(): number {
    return this._self.#scheduler.idle;
  }

  /** Clients running a task, and clients still connecting. */
  get clientsInUse(): number {
    return this._self.#scheduler.inUse;
  }

  /** Every client of the pool: idle, in use and connecting. */
  get totalClients(): number {
    return this._self.#scheduler.total;
  }

  /** Tasks waiting for a client. */
  get tasksQueueLength(): number {
    return this._self.#scheduler.waiting;
  }

  /** connect() was called, and neither a close() that finished nor destroy() since (true while closing). */
  get isOpen(): boolean {
    return this._self.#scheduler.isOpen;
  }

  /** close() was called and has not finished. */
  get isClosing(): boolean {
    return this._self.#scheduler.isClosing;
  }

  /** The pending timer of the next idle-client cleanup (node-redis exposes it too), if one is armed. */
  get cleanupTimeout(): NodeJS.Timeout | undefined {
    return this._self.#scheduler.cleanupTimer;
  }

  /** The client-side cache the pool's clients share (`clientSideCache`), as node-redis's getter. */
  get clientSideCache(): BasicClientSideCache | undefined {
    return this._self.#cache;
  }

  /** A view of this pool whose commands use these options. */
  withCommandOptions<OPTIONS extends CommandOptions>(options: OPTIONS): this {
    return withOptionsProxy(this, options);
  }

  /** A view of this pool whose replies follow this type mapping (e.g. Buffers for strings). */
  withTypeMapping<TM extends TypeMapping>(typeMapping: TM): RedisClientPoolType<M, F, S, RESP, TM> {
    return withOptionsProxy(this, { typeMapping }) as unknown as RedisClientPoolType<M, F, S, RESP, TM>;
  }

  /** A view of this pool whose commands — and waits for a client — are aborted by this signal. */
  withAbortSignal(abortSignal: AbortSignal): this {
    return withOptionsProxy(this, { abortSignal });
  }

  /** A view whose commands go ahead of those already queued on the client they run on (node-redis's `asap`). */
  asap(): this {
    return withOptionsProxy(this, { asap: true });
  }

  /**
   * Open `minimum` clients. Resolves with the pool once they are ready, with undefined when it was
   * open already (as node-redis's does); if one fails, the pool is destroyed and it rejects with
   * that client's error.
   */
  connect(): Promise<this | undefined> {
    const opening = this._self.#scheduler.open();
    return opening === undefined ? Promise.resolve(undefined) : opening.then(() => this);
  }

  /**
   * Run `fn` with a client of the pool to itself (a free one, a new one while fewer than `maximum`
   * are open, or the first one freed — waiting at most `acquireTimeout`). The client goes back to the
   * pool once what `fn` returns settled; resolves or rejects as that does. `fn` gets the client with
   * this view's options (type mapping, …).
   */
  execute<T>(fn: PoolTask<M, F, S, RESP, TYPE_MAPPING, T>): Promise<Awaited<T>> {
    if (typeof fn !== 'function') return Promise.reject(new TypeError('pool.execute(fn): fn must be a function'));
    const run: Work = (client, options) => {
      let result: unknown;
      try {
        result = fn(viewOf(client, options) as unknown as RedisClientType<M, F, S, RESP, TYPE_MAPPING>);
      } catch (error) {
        return Promise.reject(error);
      }
      // A thenable of any kind is followed: the client comes back once it settled.
      return Promise.resolve(result);
    };
    return this._self.#scheduler.submit(this._commandOptions, 0, run) as Promise<Awaited<T>>;
  }

  /**
   * Send any command on a free client: `pool.sendCommand(['SET', 'key', 'value'])`. Commands that
   * change one connection's state (SELECT, WATCH, MULTI, HELLO, AUTH, CLIENT TRACKING, …) are refused
   * with a PoolStickyCommandError: run them inside `execute()`.
   */
  sendCommand<T = ReplyUnion>(args: ReadonlyArray<RedisArgument>, options?: CommandOptions): Promise<T> {
    const self = this._self;
    const viewOptions = this._commandOptions;
    if (options === undefined) options = viewOptions;
    else if (viewOptions !== undefined) options = { ...viewOptions, ...options };
    if (!Array.isArray(args)) return Promise.reject(new TypeError('pool.sendCommand(args): args must be an array of strings and Buffers'));
    const refusal = stickyArgumentsRefusal(args);
    if (refusal !== undefined) return Promise.reject(refusal);
    // Copied: the caller may reuse its array while this waits for a client.
    const owned = args.slice();
    const run: Work = (client, runOptions) => client.sendCommand(owned, runOptions);
    return self.#scheduler.submit(options, self.#budget(options, isBlockingCommand(owned)), run) as Promise<T>;
  }

  /** @internal The executor of every command method (see `CommandExecutor` in @x/modules). */
  _executeCommand(command: Command, parser: CommandParser, transformReply: TransformReply | undefined): Promise<unknown> {
    const self = this._self;
    const refusal = stickyDefinitionRefusal(command);
    if (refusal !== undefined) return Promise.reject(refusal);
    const options = this._commandOptions;
    const run: Work = (client, runOptions) => viewOf(client, runOptions)._executeCommand(command, parser, transformReply);
    return self.#scheduler.submit(options, self.#budget(options, isBlockingCommand(parser.redisArgs)), run);
  }

  /** @internal Scripts: EVALSHA, and EVAL on the same client when it answers NOSCRIPT. */
  _executeScript(script: RedisScript, parser: CommandParser, transformReply: TransformReply | undefined): Promise<unknown> {
    const self = this._self;
    const options = this._commandOptions;
    const run: Work = (client, runOptions) => viewOf(client, runOptions)._executeScript(script, parser, transformReply);
    return self.#scheduler.submit(options, self.#budget(options, false), run);
  }

  /**
   * A transaction (or pipeline) builder whose `exec()` runs on one free client:
   * `await pool.multi().set('a', '1').incr('n').exec()`. For WATCH, use `execute()`.
   */
  multi(): RedisClientMultiCommandType<[], M, F, S, RESP, TYPE_MAPPING> {
    const self = this._self;
    // The same class as the clients' multi (attach caches it per configuration).
    const Multi = (self.#Multi ??= attach({
      BaseClass: RedisClientMultiCommand,
      commands: COMMANDS,
      factories: multiCommandFactories,
      config: self.#clientOptions,
      defaultResp: 3,
    }));
    return new Multi(this) as unknown as RedisClientMultiCommandType<[], M, F, S, RESP, TYPE_MAPPING>;
  }

  /** node-redis's upper-case spelling of {@link multi}. */
  MULTI(): RedisClientMultiCommandType<[], M, F, S, RESP, TYPE_MAPPING> {
    return this.multi();
  }

  /** @internal Runs a transaction on one client (see `RedisClientMultiCommand.exec`). */
  _executeMulti(commands: ReadonlyArray<MultiQueuedCommand>): Promise<unknown[]> {
    const self = this._self;
    const options = this._commandOptions;
    const run: Work = (client, runOptions) => viewOf(client, runOptions)._executeMulti(commands);
    return self.#scheduler.submit(options, self.#budget(options, commands.some((c) => isBlockingCommand(c.args))), run) as Promise<unknown[]>;
  }

  /** @internal Runs a pipeline on one client. */
  _executePipeline(commands: ReadonlyArray<MultiQueuedCommand>): Promise<unknown[]> {
    const self = this._self;
    const options = this._commandOptions;
    const run: Work = (client, runOptions) => viewOf(client, runOptions)._executePipeline(commands);
    return self.#scheduler.submit(options, self.#budget(options, commands.some((c) => isBlockingCommand(c.args))), run) as Promise<unknown[]>;
  }

  /**
   * Close gracefully: new tasks are refused (ClientClosedError); the running ones and those already
   * waiting for a client still run; then every client closes. The same promise to every caller.
   */
  close(): Promise<void> {
    return this._self.#scheduler.close();
  }

  /**
   * Close now: waiting tasks are rejected with a ClientClosedError, every client is destroyed (their
   * pending commands reject as a destroyed client's do), and a close() in progress resolves.
   */
  destroy(): void {
    this._self.#scheduler.destroy();
  }

  /** The deadline of a command: its own timeout, else the clients' default (none for blocking commands). */
  #budget(options: CommandOptions | undefined, blocking: boolean): number {
    return options?.timeout ?? (blocking ? 0 : this.#defaultTimeout);
  }

}

/** Instance fields an extension may not be named after. */
const POOL_RESERVED_NAMES = ['_self', '_commandOptions', '_keyPrefix'];

/**
 * @internal A pool with the command methods: the pool class of this configuration (built once per
 * configuration object by `attach`) given the function that opens a client.
 */
export function newClientPool<
  M extends RedisModules,
  F extends RedisFunctions,
  S extends RedisScripts,
  RESP extends RespVersions,
  TYPE_MAPPING extends TypeMapping,
>(
  clientOptions: RedisClientOptions<M, F, S, RESP, TYPE_MAPPING> | undefined,
  options: Partial<RedisPoolOptions> | undefined,
  createMember: (overrides?: Partial<RedisClientOptions>) => RedisClientType<M, F, S, RESP, TYPE_MAPPING>,
): RedisClientPoolType<M, F, S, RESP, TYPE_MAPPING> {
  const Pool = attach({
    BaseClass: RedisClientPool,
    commands: POOL_COMMANDS,
    factories: commandFactories,
    config: clientOptions,
    defaultResp: 3,
    reservedNames: POOL_RESERVED_NAMES,
  });
  return new Pool(clientOptions, options, createMember) as unknown as RedisClientPoolType<M, F, S, RESP, TYPE_MAPPING>;
}
