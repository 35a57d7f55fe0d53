import {
  createCommandParser,
  createFacade,
  defineAliases,
  prefixKey,
  FACADE_ALIASES,
  RedisFacade,
  scriptEvalArguments,
  type AnyPubSubListener,
  type Command,
  type CommandParser,
  type FacadeAliases,
  type KnownExtensions,
  type RedisArgument,
  type RedisCommands,
  type RedisFunctions,
  type RedisModules,
  type RedisScript,
  type RedisScripts,
  type RedisVariadicArgument,
  type ReplyWithTypeMapping,
  type RespVersions,
  type TransformReply,
  type TypeMapping,
  type WithCommands,
  type WithExtensions,
  attach,
  commandFactories,
  FACADE_RESERVED_NAMES,
} from '@x/modules';
import { ReplyError } from '@x/resp';
import { waitsForData } from './blocking-commands';
import { BlockingPool, type BlockingPoolStats } from './blocking-pool';
import { CommandRequest, type RequestBatch } from './command-request';
import { COMMANDS } from './commands';
import { NodeConnection, type ConnectionSetup, type ConnectionState } from './connection';
import { ReplyOrderError, SubscriberModeError, WatchError } from './errors';
import { cacheKeyFor, cacheManagedRefusal } from './client-side-cache/cache-eligibility';
import { BasicClientSideCache, SHARED_BY_POOL, type CacheSource } from './client-side-cache/client-side-cache';
import { storableOrigin, trackConnection } from './client-side-cache/track-connection';
import { multiCommandFactories, RedisClientMultiCommand, type MultiExecutor, type MultiQueuedCommand } from './multi-command';
import type { RedisClientMultiCommandType } from './multi-command-types';
import type { CommandOptions, RedisClientOptions } from './options';
import { PubSub } from './pub-sub';
import { PUBSUB_TYPE, type ChannelListeners, type PubSubType, type PubSubTypeListeners } from './pub-sub-types';
import { resolveClientOptions } from './resolve-options';
import { withRedactedView } from './redact-options';
import { parseClientOptions, parseClientUrl, type ParsedUrlOptions } from './client-url-options';
import {
  scanHash,
  scanHashFields,
  scanHashValues,
  scanKeys,
  scanSet,
  scanSortedSet,
  type HashScanEntry,
  type KeyScanIteratorOptions,
  type ScanIteratorOptions,
  type SortedSetScanMember,
} from './scan-iterators';
import { isPing, pingInSubscriberMode, subscriberModeRefusal } from './subscriber-mode';
import { RedisLegacyClient, type RedisLegacyClientType } from './legacy-mode';
import { newClientPool, type RedisClientPoolType } from './pool/client-pool';
import type { RedisPoolOptions } from './pool/pool-options';
import { reconnectedAfterWatch, watchKind } from './transaction';
import {
  batchChannel,
  commandChannel,
  connectChannel,
  isTraced,
  sanitizeArgs,
  traceClientId,
  type BatchOperationContext,
  type CommandTraceContext,
  type ServerTraceContext,
} from './tracing';

/** Events of a client; each is emitted on every transition, not only the first. */
export interface RedisClientEvents {
  /** The socket connected (before the handshake). */
  connect: [];
  /** The handshake finished: commands flow. */
  ready: [];
  /** The connection ended for good (close, destroy, or the reconnect strategy gave up). */
  end: [];
  /**
   * A connection error, a failed reconnect attempt, a protocol error. Only emitted when there is a
   * listener: the client recovers by itself and every affected command gets its own rejection.
   */
  error: [error: Error];
  /** A reconnect attempt is scheduled after `delay` ms. */
  reconnecting: [info: { attempt: number; delay: number }];
  /**
   * The server dropped a sharded channel whose slot moved to another node (Redis 7 sends
   * `sunsubscribe` by itself), or refused to resubscribe it after a reconnect with `MOVED`. Its
   * listeners were removed from this client and are handed over (a cluster subscribes them on the
   * slot's new node). Nothing listening: an `'error'` (SubscriptionLostError) instead.
   */
  'sharded-channel-moved': [channel: string, listeners: ChannelListeners];
  /** The reply to a keep-alive PING (`pingInterval`), as node-redis emits it. */
  'ping-interval': [reply: unknown];
}

function rethrowLater(error: unknown): void {
  process.nextTick(() => {
    throw error;
  });
}

/**
 * A connection to one Redis server with every command as a method (`client.set`, `client.hGetAll`,
 * `client.SET`, …), plus the modules, functions and scripts of its configuration.
 *
 * Create it with {@link createClient}. Methods may run on an options view made by
 * `withCommandOptions`/`withTypeMapping`/`withAbortSignal` (an `Object.create` of the client), so
 * state is reached through `_self`, the real instance. Every command becomes one
 * {@link CommandRequest} handed to the client's {@link NodeConnection}.
 */
export class RedisClient<
  M extends RedisModules = RedisModules,
  F extends RedisFunctions = RedisFunctions,
  S extends RedisScripts = RedisScripts,
  RESP extends RespVersions = 3,
  TYPE_MAPPING extends TypeMapping = TypeMapping,
> extends RedisFacade<RedisClientEvents, CommandOptions> {
  /**
   * The options as given (what `duplicate()` starts from): a copy whose `util.inspect` and
   * `JSON.stringify` show the password, a URL's password and TLS keys as `<redacted>`.
   */
  readonly options: RedisClientOptions<M, F, S, RESP, TYPE_MAPPING>;
  readonly #connection: NodeConnection;
  /** Dedicated connections for the commands that wait for data (`blockingPool`); undefined: off. */
  readonly #blocking: BlockingPool | undefined;
  readonly #pubSub: PubSub;
  /** The socket the first `WATCH` since the last `EXEC`/`UNWATCH` ran on (undefined: none pending). */
  #watchEpoch: number | undefined;
  /** Bumped by EXEC and UNWATCH: a WATCH reply from an older generation is ignored. */
  #watchGeneration = 0;
  #Multi: (new (executor: MultiExecutor) => RedisClientMultiCommand) | undefined;
  /** Where traces say this client sends (made on the first traced operation). */
  #traceTarget: (ServerTraceContext & { database: number }) | undefined;
  /** The `clientSideCache` option at work; undefined without it. */
  readonly #cache: BasicClientSideCache | undefined;
  /** A `reset()` is turning tracking off and on again: no reply is stored meanwhile. */
  #cacheResetting = false;
  /** Which entries of the cache this client may serve: its own connection's, or (a pool's client) any live one. */
  #cacheServes: ((origin: CacheSource) => boolean) | undefined;
  /**
   * The connection is someone else's (a cluster's node connection): what would change how it replies
   * for every user of it (MONITOR, RESET) is refused.
   */
  readonly #sharedConnection: boolean;
  /** Why the next `exec()` must fail with a WatchError without running (`setDirtyWatch`). */
  #dirtyWatch: string | undefined;

  /** node-redis's `RedisClient.create(options)`: `createClient(options)`. */
  static create<M extends RedisModules, F extends RedisFunctions, S extends RedisScripts, RESP extends RespVersions = 3, TM extends TypeMapping = Record<never, never>>(
    this: void,
    options?: RedisClientOptions<M, F, S, RESP, TM>,
  ): RedisClientType<KnownExtensions<M>, KnownExtensions<F>, KnownExtensions<S>, RESP, TM> {
    return createClient(options);
  }

  /**
   * node-redis's `RedisClient.factory(config)`: a function making clients with `config`'s modules,
   * functions, scripts and RESP, and the options it is given.
   */
  static factory<M extends RedisModules, F extends RedisFunctions, S extends RedisScripts, RESP extends RespVersions = 3>(
    config?: Pick<RedisClientOptions<M, F, S, RESP>, 'modules' | 'functions' | 'scripts' | 'RESP'>,
  ): <TM extends TypeMapping = Record<never, never>>(
    options?: Omit<RedisClientOptions<M, F, S, RESP, TM>, 'modules' | 'functions' | 'scripts' | 'RESP'>,
  ) => RedisClientType<KnownExtensions<M>, KnownExtensions<F>, KnownExtensions<S>, RESP, TM> {
    return (options) => createClient({ ...options, ...config } as RedisClientOptions<M, F, S, RESP, never>) as never;
  }

  /** node-redis's `RedisClient.parseOptions(options)`: the URL's settings merged into `options`. */
  static parseOptions<O extends RedisClientOptions>(options: O): O {
    return parseClientOptions(options);
  }

  /** node-redis's `RedisClient.parseURL(url)`: a `redis[s]://` URL as client options. */
  static parseURL(url: string): ParsedUrlOptions {
    return parseClientUrl(url);
  }

  /**
   * `connection`: a connection someone else opened and owns (a cluster's node connection, for
   * `cluster.nodeClient(node)`), with its blocking pool if any; by default the client makes its own
   * from `options`.
   */
  constructor(options?: RedisClientOptions<M, F, S, RESP, TYPE_MAPPING>, connection?: NodeConnection, blocking?: BlockingPool) {
    super(options?.commandOptions, options?.keyPrefix);
    // A copy whose util.inspect and JSON.stringify show secrets (password, URL password, TLS key) redacted.
    this.options = withRedactedView(options ?? {});
    this.#sharedConnection = connection !== undefined;
    if (connection === undefined) {
      const resolved = resolveClientOptions(options);
      connection = new NodeConnection(resolved);
      const shared = connection;
      if (resolved.blockingPool !== undefined) blocking = new BlockingPool(resolved, resolved.blockingPool, () => shared.database);
    }
    this.#connection = connection;
    this.#blocking = blocking;
    connection.on('connect', () => this.emit('connect'));
    connection.on('ready', () => this.emit('ready'));
    connection.on('end', () => this.emit('end'));
    connection.on('reconnecting', (info) => this.emit('reconnecting', info));
    connection.on('ping-interval', (reply) => this.emit('ping-interval', reply));
    connection.on('error', (error) => {
      if (this.listenerCount('error') > 0) this.emit('error', error);
    });
    this.#pubSub = new PubSub(connection, {
      reportError: (error, fromListener) => this.#reportError(error, fromListener),
      emitShardedChannelMoved: (channel, listeners) => this.#emitFromDecoder('sharded-channel-moved', channel, listeners),
    });
    const cacheOption = options?.clientSideCache;
    // (Checked with the other options: RESP3, valid cache options. A cluster's node connection is
    // tracked by the cluster's cache, never by a client on it.)
    if (cacheOption !== undefined && !this.#sharedConnection) {
      const cache = cacheOption instanceof BasicClientSideCache ? cacheOption : new BasicClientSideCache(cacheOption);
      this.#cache = cache;
      const own = connection;
      this.#cacheServes = (options as { [SHARED_BY_POOL]?: boolean })[SHARED_BY_POOL] === true ? undefined : (origin) => origin === own;
      trackConnection(cache, connection);
      this.#installCachedPaths(cache);
    }
  }

  /**
   * With a cache, this instance (and its options views, which inherit from it) gets its own
   * `_executeCommand` — cacheable reads through the cache — and refuses the commands the cache owns
   * (see `cacheManagedRefusal`) on every way in. A client without a cache runs the prototype's
   * methods, untouched: the option costs nothing when unset.
   */
  #installCachedPaths(cache: BasicClientSideCache): void {
    const proto = RedisClient.prototype;
    const define = (name: string, value: unknown): void => {
      Object.defineProperty(this, name, { value, writable: true, configurable: true });
    };
    define('_executeCommand', function (this: RedisClient, command: Command, parser: CommandParser, transformReply: TransformReply | undefined) {
      const refusal = cacheManagedRefusal(parser.redisArgs);
      if (refusal !== undefined) return Promise.reject(refusal);
      return this._self.#executeCached(cache, command, parser, transformReply, this._commandOptions);
    });
    define('sendCommand', function (this: RedisClient, args: ReadonlyArray<RedisArgument>, options?: CommandOptions) {
      const refusal = cacheManagedRefusal(args);
      return refusal === undefined ? proto.sendCommand.call(this, args, options) : Promise.reject(refusal);
    });
    const batchRefusal = (commands: ReadonlyArray<MultiQueuedCommand>): Error | undefined => {
      for (const command of commands) {
        const refusal = cacheManagedRefusal(command.args);
        if (refusal !== undefined) return refusal;
      }
      return undefined;
    };
    define('_executeMulti', function (this: RedisClient, commands: ReadonlyArray<MultiQueuedCommand>) {
      const refusal = batchRefusal(commands);
      return refusal === undefined ? proto._executeMulti.call(this, commands) : Promise.reject(refusal);
    });
    define('_executePipeline', function (this: RedisClient, commands: ReadonlyArray<MultiQueuedCommand>) {
      const refusal = batchRefusal(commands);
      return refusal === undefined ? proto._executePipeline.call(this, commands) : Promise.reject(refusal);
    });
    // RESET turns tracking off: nothing read before it may be served, and tracking goes on again
    // before anything read after it is stored.
    define('reset', async function (this: RedisClient) {
      const self = this._self;
      const connection = self.#connection;
      self.#cacheResetting = true;
      cache._dropSource(connection);
      try {
        await proto.reset.call(this);
        await proto.sendCommand.call(this, ['CLIENT', 'TRACKING', 'ON']);
      } finally {
        cache._dropSource(connection);
        self.#cacheResetting = false;
      }
    });
  }

  /** The client-side cache (`clientSideCache` option), as node-redis's getter; undefined without one. */
  get clientSideCache(): BasicClientSideCache | undefined {
    return this._self.#cache;
  }

  /**
   * An error no command is waiting for: a lost subscription, a pub/sub listener that threw. An
   * `'error'` event when listened to; otherwise a listener's exception is rethrown (uncaught, as an
   * EventEmitter listener's would be) and a lost subscription becomes a process warning — never silent.
   */
  #reportError(error: Error, fromListener: boolean): void {
    if (this.listenerCount('error') > 0) this.#emitFromDecoder('error', error);
    else if (fromListener) rethrowLater(error);
    else process.emitWarning(error);
  }

  /**
   * Emit from inside the decoder (a push being handled). A listener's exception must not unwind into
   * the decoder, which would hold back the replies after this push until the next read: it is rethrown
   * on its own, uncaught, as it would be from any EventEmitter listener.
   */
  #emitFromDecoder<E extends keyof RedisClientEvents>(event: E, ...args: RedisClientEvents[E]): boolean {
    if (this.listenerCount(event) === 0) return false;
    try {
      (this.emit as (event: string, ...args: unknown[]) => boolean)(event, ...args);
    } catch (error) {
      rethrowLater(error);
    }
    return true;
  }

  /**
   * The connection is open or opening: connect() was called, and neither close(), quit() nor
   * destroy() since (like node-redis, a graceful close stops being open at once).
   */
  get isOpen(): boolean {
    const state = this._self.#connection.state;
    return state !== 'idle' && state !== 'closing' && state !== 'closed';
  }

  /** Commands flow now (connected and handshaken). */
  get isReady(): boolean {
    return this._self.#connection.state === 'ready';
  }

  /** `idle`, `connecting`, `ready`, `reconnecting`, `closing` or `closed`. */
  get state(): ConnectionState {
    return this._self.#connection.state;
  }

  /** `host:port` of the server. */
  get address(): string {
    return this._self.#connection.address;
  }

  /** The protocol in use: the configured one, or 2 when the server did not know `HELLO`. */
  get respVersion(): RespVersions {
    return this._self.#connection.resp;
  }

  /** Connect (and authenticate, select, …). Resolves with the client once it is ready. */
  async connect(): Promise<this> {
    const self = this._self;
    if (isTraced(connectChannel)) {
      const { serverAddress, serverPort, clientId } = self.#traceTargetOf();
      await connectChannel.tracePromise(() => self.#connection.connect(), { serverAddress, serverPort, clientId });
    } else {
      await self.#connection.connect();
    }
    self.#blocking?.reopen();
    return this;
  }

  #traceTargetOf(): ServerTraceContext & { database: number } {
    // The database in use now: a successful SELECT changes it (as node-redis's trace follows select()).
    const database = this.#connection.database;
    const cached = this.#traceTarget;
    if (cached !== undefined && cached.database === database) return cached;
    const { address, port } = this.#connection.endpoint;
    return (this.#traceTarget = { serverAddress: address, serverPort: port, clientId: traceClientId(address, port, database), database });
  }

  /** node-redis's `node-redis:command` context for `args` (only made when someone listens). */
  #commandContext(args: ReadonlyArray<RedisArgument>): CommandTraceContext {
    const { serverAddress, serverPort, clientId, database } = this.#traceTargetOf();
    return { command: String(args[0]).toUpperCase(), args: sanitizeArgs(args), database, serverAddress, serverPort, clientId };
  }

  /**
   * Send any command: `client.sendCommand(['SET', 'key', 'value'])`. Resolves with the decoded reply;
   * a server error rejects with a ReplyError, a bad argument with a TypeError naming it.
   */
  sendCommand<T = unknown>(args: ReadonlyArray<RedisArgument>, options?: CommandOptions): Promise<T> {
    const self = this._self;
    // Options given here add to the view's (withTypeMapping, withAbortSignal…), as node-redis merges them.
    const viewOptions = this._commandOptions;
    if (options === undefined) options = viewOptions;
    else if (viewOptions !== undefined) options = { ...viewOptions, ...options };
    const merged = options;
    const send = (): Promise<unknown> => new Promise<unknown>((resolve, reject) => self.#send(new CommandRequest(args, merged, resolve, reject)));
    const reply = isTraced(commandChannel) ? commandChannel.tracePromise(send, self.#commandContext(args)) : send();
    const watch = watchKind(args);
    return (watch === undefined ? reply : self.#trackWatch(reply, watch)) as Promise<T>;
  }

  /** @internal The executor of every command method (see `CommandExecutor` in @x/modules). */
  _executeCommand(command: Command, parser: CommandParser, transformReply: TransformReply | undefined): Promise<unknown> {
    const self = this._self;
    const options = this._commandOptions;
    // One boolean when nobody traces: the command path stays as it was.
    if (isTraced(commandChannel)) return commandChannel.tracePromise(() => self.#command(command, parser, transformReply, options), self.#commandContext(parser.redisArgs));
    return self.#command(command, parser, transformReply, options);
  }

  #command(command: Command, parser: CommandParser, transformReply: TransformReply | undefined, options: CommandOptions | undefined): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.#send(new CommandRequest(parser.redisArgs, options, resolve, reject).shape(command, transformReply, parser.respVersion, parser.preserve));
    });
  }

  /**
   * A command with a client-side cache: a cacheable read is served from the cache while the entry
   * was read on this very socket (else sent, and its reply stored); anything else is sent.
   */
  #executeCached(
    cache: BasicClientSideCache,
    command: Command,
    parser: CommandParser,
    transformReply: TransformReply | undefined,
    options: CommandOptions | undefined,
  ): Promise<unknown> {
    const send = (): Promise<unknown> =>
      new Promise((resolve, reject) => {
        this.#send(new CommandRequest(parser.redisArgs, options, resolve, reject).shape(command, transformReply, parser.respVersion, parser.preserve));
      });
    let cacheKey: string | undefined;
    try {
      cacheKey = cacheKeyFor(cache, command, parser, options?.typeMapping);
    } catch (error) {
      // The cache's `cacheable` predicate threw: this read fails, nothing else.
      return Promise.reject(error as Error);
    }
    if (cacheKey === undefined) return send();
    const connection = this.#connection;
    return cache._read(cacheKey, parser.keys, this.#cacheServes, send, () => (this.#cacheResetting ? undefined : storableOrigin(connection)));
  }

  /**
   * @internal Scripts run as `EVALSHA`; a server that does not have the script (`NOSCRIPT`) gets it
   * once as `EVAL`, which also loads it, so the next call is an `EVALSHA` again.
   */
  _executeScript(script: RedisScript, parser: CommandParser, transformReply: TransformReply | undefined): Promise<unknown> {
    const self = this._self;
    const options = this._commandOptions;
    if (isTraced(commandChannel)) return commandChannel.tracePromise(() => self.#script(script, parser, transformReply, options), self.#commandContext(parser.redisArgs));
    return self.#script(script, parser, transformReply, options);
  }

  #script(script: RedisScript, parser: CommandParser, transformReply: TransformReply | undefined, options: CommandOptions | undefined): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const evalsha = new CommandRequest(parser.redisArgs, options, resolve, (error) => {
        if (!(error instanceof ReplyError) || error.code !== 'NOSCRIPT') return reject(error);
        const evalRequest = new CommandRequest(scriptEvalArguments(script, parser.redisArgs), options, resolve, reject);
        this.#send(evalRequest.shape(script, transformReply, parser.respVersion, parser.preserve));
      });
      this.#send(evalsha.shape(script, transformReply, parser.respVersion, parser.preserve));
    });
  }

  /**
   * To the connection, unless RESP2 subscriber mode forbids it: there only pub/sub commands and PING
   * (answered differently there) may go.
   */
  #send(request: CommandRequest): void {
    const connection = this.#connection;
    // A command that waits for data (BLPOP k 0) gets a connection of its own, so nothing queues
    // behind it here. Not while this one is down: then it waits (or is refused) like any command.
    if (this.#blocking !== undefined && waitsForData(request.args) && connection.state === 'ready') {
      this.#blocking.dispatchAfter(connection, request);
      return;
    }
    if (this.#pubSub.active && connection.resp === 2) {
      const refusal = subscriberModeRefusal(request.args);
      if (refusal !== undefined) {
        request.reject(refusal);
        return;
      }
      if (isPing(request.args)) request.shape(undefined, pingInSubscriberMode, connection.resp, undefined);
    }
    connection.dispatch(request);
  }

  /**
   * Remember on which socket the first WATCH ran: a transaction must not run on another one. A WATCH
   * whose reply arrives after an EXEC or UNWATCH that was sent after it (not awaited) belongs to a
   * finished transaction: the generation tells, and its reply changes nothing.
   */
  #trackWatch(reply: Promise<unknown>, kind: 'watch' | 'unwatch'): Promise<unknown> {
    const connection = this.#connection;
    if (kind === 'unwatch') this.#watchGeneration++;
    const generation = this.#watchGeneration;
    return reply.then((value) => {
      if (generation !== this.#watchGeneration) return value;
      if (kind === 'unwatch') this.#watchEpoch = undefined;
      else this.#watchEpoch ??= connection.socketEpoch;
      return value;
    });
  }

  /** A view of this client whose replies follow this type mapping (e.g. Buffers for strings). */
  withTypeMapping<TM extends TypeMapping>(typeMapping: TM): RedisClientType<M, F, S, RESP, TM> {
    return this._withTypeMapping(typeMapping) as unknown as RedisClientType<M, F, S, RESP, TM>;
  }

  /**
   * `WATCH key [key …]`: the next `exec()` fails with a WatchError if one of the keys changes before
   * it. A reconnect in between loses the WATCH on the server: `exec()` then fails with a WatchError
   * without sending anything, rather than run unguarded. The keys get the `keyPrefix`, as the
   * transaction's do (a WATCH of the unprefixed key would guard nothing).
   */
  watch(keys: RedisVariadicArgument): Promise<'OK'> {
    const parser = createCommandParser(3, this._keyPrefix);
    (COMMANDS as RedisCommands)['WATCH']!.parseCommand(parser, keys);
    return this.sendCommand<'OK'>(parser.redisArgs);
  }

  /** `UNWATCH`: forget every watched key. */
  unwatch(): Promise<'OK'> {
    return this.sendCommand<'OK'>(['UNWATCH']);
  }

  /**
   * A transaction (or pipeline) builder: queue commands by chaining their methods, then `exec()`:
   * ```ts
   * const [set, value] = await client.multi().set('key', 'v').get('key').exec<'typed'>();
   * ```
   * The commands run with this view's options (type mapping, timeout, abort signal — for the whole).
   */
  multi(): RedisClientMultiCommandType<[], M, F, S, RESP, TYPE_MAPPING> {
    const self = this._self;
    // The multi class (commands plus this configuration's extensions) is made once per client.
    const Multi = (self.#Multi ??= attach({
      BaseClass: RedisClientMultiCommand,
      commands: COMMANDS,
      factories: multiCommandFactories,
      config: self.options,
      defaultResp: 3,
    }));
    return new Multi(this) as unknown as RedisClientMultiCommandType<[], M, F, S, RESP, TYPE_MAPPING>;
  }

  /**
   * @internal Runs a transaction: `MULTI`, the commands and `EXEC` as one unit, written whole in
   * one write, never split by a timeout, an abort or a reconnect (if the connection drops before
   * `EXEC`'s reply, it rejects as may-have-run). See `RedisClientMultiCommand.exec` for the outcomes.
   */
  _executeMulti(commands: ReadonlyArray<MultiQueuedCommand>): Promise<unknown[]> {
    const self = this._self;
    const connection = self.#connection;
    const watchEpoch = self.#watchEpoch;
    const dirtyWatch = self.#dirtyWatch;
    // EXEC ends the WATCH on the server, whatever happens next (and outdates WATCH replies still due).
    self.#watchEpoch = undefined;
    self.#dirtyWatch = undefined;
    self.#watchGeneration++;
    if (dirtyWatch !== undefined) return Promise.reject(new WatchError(dirtyWatch, { sent: false }));
    if (self.#pubSub.active && connection.resp === 2) return Promise.reject(new SubscriberModeError('MULTI'));
    if (watchEpoch !== undefined && watchEpoch !== connection.socketEpoch) return Promise.reject(reconnectedAfterWatch());
    // Checked again right before the write: the connection may be replaced while this waits to go out.
    const guard = watchEpoch === undefined ? undefined : () => (connection.socketEpoch === watchEpoch ? undefined : reconnectedAfterWatch());
    return self.#sendBatch({ commands, transaction: true, guard }, this._commandOptions);
  }

  /** @internal Runs a pipeline: the commands in one write (no MULTI/EXEC), with one timeout for all. */
  _executePipeline(commands: ReadonlyArray<MultiQueuedCommand>): Promise<unknown[]> {
    const self = this._self;
    if (self.#pubSub.active && self.#connection.resp === 2) return Promise.reject(new SubscriberModeError('a pipeline'));
    return self.#sendBatch({ commands, transaction: false, guard: undefined }, this._commandOptions);
  }

  #sendBatch(batch: RequestBatch, options: CommandOptions | undefined): Promise<unknown[]> {
    const send = (): Promise<unknown[]> =>
      new Promise((resolve, reject) => {
        const request = new CommandRequest([], options, resolve as (reply: unknown) => void, reject);
        request.batch = batch;
        this.#connection.dispatch(request);
      });
    if (!isTraced(batchChannel) && !isTraced(commandChannel)) return send();
    return this.#traceBatch(batch, send);
  }

  /**
   * node-redis's batch trace: one `node-redis:batch` operation, and for a pipeline one
   * `node-redis:command` per command (with `batchMode` and `batchSize`), each ending with its reply.
   */
  #traceBatch(batch: RequestBatch, send: () => Promise<unknown[]>): Promise<unknown[]> {
    const { serverAddress, serverPort, clientId, database } = this.#traceTargetOf();
    const batchMode = batch.transaction ? 'MULTI' : 'PIPELINE';
    const batchSize = batch.commands.length;
    const run = (): Promise<unknown[]> => {
      const whole = send();
      if (batchMode !== 'PIPELINE' || !isTraced(commandChannel)) return whole;
      const each = batch.commands.map(({ args }, i) => {
        const one = (): Promise<unknown> =>
          whole.then((replies) => {
            const reply = replies[i];
            if (reply instanceof Error) throw reply;
            return reply;
          });
        return commandChannel.tracePromise(one, { ...this.#commandContext(args), batchMode, batchSize });
      });
      // As node-redis: each command's trace ends before the batch's (the caller still gets the whole's outcome).
      return Promise.allSettled(each).then(() => whole);
    };
    if (!isTraced(batchChannel)) return run();
    const context: BatchOperationContext = { batchMode, batchSize, database, serverAddress, serverPort, clientId };
    return batchChannel.tracePromise(run, context);
  }


  /**
   * Iterate the keyspace with `SCAN`, one array of keys per step (a key may come twice: SCAN
   * guarantees every key that exists throughout, not uniqueness):
   * ```ts
   * for await (const keys of client.scanIterator({ MATCH: 'user:*', COUNT: 100 })) { … }
   * ```
   */
  scanIterator(options?: KeyScanIteratorOptions): AsyncIterableIterator<ReplyWithTypeMapping<Array<string>, TYPE_MAPPING>> {
    return scanKeys(this, options) as AsyncIterableIterator<never>;
  }

  // The hash, set and sorted-set iterators get the `keyPrefix` before their key (node-redis's run
  // their steps through the HSCAN/SSCAN/ZSCAN methods, which prefix it); `scanIterator`'s MATCH
  // pattern does not, and the keys it yields are as stored (prefixed), as node-redis's.

  /** Iterate a hash with `HSCAN`: one array of `{ field, value }` per step. */
  hScanIterator(key: RedisArgument, options?: ScanIteratorOptions): AsyncIterableIterator<ReplyWithTypeMapping<Array<HashScanEntry>, TYPE_MAPPING>> {
    return scanHash(this, prefixKey(this._keyPrefix, key), options) as AsyncIterableIterator<never>;
  }

  /** Iterate a hash's values with `HSCAN`: one array of values per step. */
  hScanValuesIterator(key: RedisArgument, options?: ScanIteratorOptions): AsyncIterableIterator<ReplyWithTypeMapping<Array<string>, TYPE_MAPPING>> {
    return scanHashValues(this, key, options) as AsyncIterableIterator<never>;
  }

  /** Iterate a hash's fields with `HSCAN … NOVALUES` (Redis 7.4+): one array of fields per step. */
  hScanNoValuesIterator(key: RedisArgument, options?: ScanIteratorOptions): AsyncIterableIterator<ReplyWithTypeMapping<Array<string>, TYPE_MAPPING>> {
    return scanHashFields(this, key, options) as AsyncIterableIterator<never>;
  }

  /** Iterate a set with `SSCAN`: one array of members per step. */
  sScanIterator(key: RedisArgument, options?: ScanIteratorOptions): AsyncIterableIterator<ReplyWithTypeMapping<Array<string>, TYPE_MAPPING>> {
    return scanSet(this, prefixKey(this._keyPrefix, key), options) as AsyncIterableIterator<never>;
  }

  /** Iterate a sorted set with `ZSCAN`: one array of `{ value, score }` per step. */
  zScanIterator(
    key: RedisArgument,
    options?: ScanIteratorOptions,
  ): AsyncIterableIterator<ReplyWithTypeMapping<Array<SortedSetScanMember>, TYPE_MAPPING>> {
    return scanSortedSet(this, prefixKey(this._keyPrefix, key), options) as AsyncIterableIterator<never>;
  }

  /**
   * @internal The pub/sub methods (`subscribe`, `pSubscribe`, `sSubscribe`: see RedisFacade). On RESP3
   * other commands keep working beside the subscriptions; on RESP2 the connection is in subscriber
   * mode (other commands are refused with a SubscriberModeError). Subscriptions are restored after
   * every reconnect. Sharded channels go one per command; when the server drops one (its slot moved),
   * `'sharded-channel-moved'` hands its listeners over.
   */
  _subscribe(type: PubSubType, channels: RedisVariadicArgument, listener: AnyPubSubListener, bufferMode: boolean): Promise<void> {
    return this._self.#pubSub.subscribe(type, channels, listener, bufferMode);
  }

  /** @internal `unsubscribe`, `pUnsubscribe`, `sUnsubscribe` (see RedisFacade). */
  _unsubscribe(type: PubSubType, channels: RedisVariadicArgument | undefined, listener: AnyPubSubListener | undefined, bufferMode: boolean): Promise<void> {
    return this._self.#pubSub.unsubscribe(type, channels, listener, bufferMode);
  }

  /** Some channel, pattern or sharded channel has a listener (on RESP2: the connection is in subscriber mode). */
  get isPubSubActive(): boolean {
    return this._self.#pubSub.active;
  }

  /** @internal A copy of the listeners of one kind, by channel (for a cluster moving subscriptions). */
  getPubSubListeners(type: PubSubType): PubSubTypeListeners {
    return this._self.#pubSub.listeners(type);
  }

  /** @internal Add these listeners to `channel`, subscribing it if it is new here. */
  extendPubSubChannelListeners(type: PubSubType, channel: string, listeners: ChannelListeners): Promise<void> {
    return this._self.#pubSub.extend(type, new Map([[channel, listeners]]));
  }

  /** @internal Add listeners to many channels, subscribing those that are new here. */
  extendPubSubListeners(type: PubSubType, listeners: ReadonlyMap<string, ChannelListeners>): Promise<void> {
    return this._self.#pubSub.extend(type, listeners);
  }

  /**
   * @internal Remove the listeners of `channels` (all of the kind when omitted) from this client
   * without unsubscribing on the server, and return them: to move them to another client. Call
   * `sUnsubscribe(channels)` (etc.) too if this server still has the subscriptions.
   */
  _takePubSubListeners(type: PubSubType, channels?: ReadonlyArray<RedisArgument>): PubSubTypeListeners {
    return this._self.#pubSub.take(type, channels);
  }

  /** @internal Steps run on every new connection after the handshake (pub/sub resubscribe). */
  _addConnectionSetup(setup: ConnectionSetup): void {
    this._self.#connection.addSetup(setup);
  }

  /**
   * Close gracefully: new commands are refused, queued ones are sent, and it resolves once every
   * reply arrived and the socket closed.
   */
  close(): Promise<void> {
    const self = this._self;
    // Blocking commands may wait forever: they are ended, not waited for (see BlockingPool.close).
    self.#blocking?.close();
    return self.#connection.close();
  }

  /**
   * Close now: pending commands are rejected at once (a DisconnectsClientError — a ClientClosedError —
   * whose `sent` says whether it may have run).
   */
  destroy(cause?: Error): void {
    const self = this._self;
    self.#blocking?.destroy(cause);
    self.#connection.destroy(cause);
  }

  /**
   * x's own: the dedicated connections of blocking commands (`blockingPool`) — open, busy, idle, and
   * commands waiting for one; undefined when the option is off.
   */
  get blockingConnections(): BlockingPoolStats | undefined {
    return this._self.#blocking?.stats;
  }

  /**
   * `MONITOR`: `listener` gets every command the server runs, one line each (decoded with this view's
   * type mapping: `{ [RESP_TYPES.SIMPLE_STRING]: Buffer }` gives Buffers). Resolves once monitoring;
   * re-entered after every reconnect. Until `reset()`, other commands on this client are refused with
   * a MonitorModeError (node-redis would send them and hang on their replies). A listener that throws
   * is reported as an `'error'` event.
   */
  monitor(listener: (line: ReplyWithTypeMapping<string, TYPE_MAPPING>) => void): Promise<void> {
    if (typeof listener !== 'function') return Promise.reject(new TypeError('monitor(listener): listener must be a function'));
    const self = this._self;
    if (self.#sharedConnection) return Promise.reject(new ReplyOrderError('MONITOR'));
    const guarded = (line: unknown): void => {
      try {
        listener(line as ReplyWithTypeMapping<string, TYPE_MAPPING>);
      } catch (error) {
        self.#reportError(error as Error, true);
      }
    };
    return self.#connection.monitor(guarded, this._commandOptions?.typeMapping, this._commandOptions);
  }

  /** node-redis's upper-case spelling of {@link monitor}. */
  MONITOR(listener: (line: ReplyWithTypeMapping<string, TYPE_MAPPING>) => void): Promise<void> {
    return this.monitor(listener);
  }

  /**
   * `RESET`, then the connection's setup again: back to the configured protocol, database, name and
   * user; no MONITOR, no subscriptions (their listeners are dropped), no WATCH.
   */
  async reset(): Promise<void> {
    const self = this._self;
    if (self.#sharedConnection) throw new ReplyOrderError('RESET');
    await self.#connection.reset();
    for (const type of Object.values(PUBSUB_TYPE)) self.#pubSub.take(type);
    self.#watchEpoch = undefined;
    self.#dirtyWatch = undefined;
    self.#watchGeneration++;
  }

  /** node-redis's deprecated upper-case {@link quit}. */
  QUIT(): Promise<'OK'> {
    return this.quit();
  }

  /** A view whose commands go ahead of those already queued (node-redis's `asap`). */
  asap(): this {
    return this.withCommandOptions({ asap: true });
  }

  /** Counts the sockets this client opened: a new number after every (re)connect. */
  get socketEpoch(): number {
    return this._self.#connection.socketEpoch;
  }

  /** A `WATCH` is in force (sent and not ended by EXEC, UNWATCH or a reconnect's failed exec). */
  get isWatching(): boolean {
    return this._self.#watchEpoch !== undefined;
  }

  /** The next `exec()` will fail with a WatchError without running (a reconnect after WATCH, or `setDirtyWatch`). */
  get isDirtyWatch(): boolean {
    const self = this._self;
    return self.#dirtyWatch !== undefined || (self.#watchEpoch !== undefined && self.#watchEpoch !== self.#connection.socketEpoch);
  }

  /** Make the next `exec()` fail with a WatchError carrying `message`, without running. */
  setDirtyWatch(message: string): void {
    this._self.#dirtyWatch = message;
  }

  /** Let the process exit while this client's socket is open (its current one and later ones). */
  unref(): void {
    const self = this._self;
    self.#connection.unref();
    self.#blocking?.unref();
  }

  /** Undo {@link unref}. */
  ref(): void {
    const self = this._self;
    self.#connection.ref();
    self.#blocking?.ref();
  }

  /** node-redis's v3-style callback interface over this client (see `RedisLegacyClient`). */
  legacy(): RedisLegacyClientType {
    return new RedisLegacyClient(this) as RedisLegacyClientType;
  }

  /**
   * A pool of clients with this client's options — its configuration's modules, functions and scripts
   * too — each opened with `duplicate()` (not connected; this client is not in it).
   */
  createPool(options?: Partial<RedisPoolOptions>): RedisClientPoolType<M, F, S, RESP, TYPE_MAPPING> {
    const template = this._self;
    // The pool applies the keyPrefix itself (see RedisClientPool._keyPrefix): its clients get none.
    // Its clients run one command at a time (a blocking one holds its client): no dedicated connections.
    return newClientPool(template.options, options, (overrides) =>
      template.duplicate({ ...overrides, keyPrefix: undefined, blockingPool: false } as Partial<RedisClientOptions<M, F, S, RESP, TYPE_MAPPING>>),
    );
  }

  /** A new, unconnected client with the same options (and these overrides). */
  duplicate<
    M2 extends RedisModules = M,
    F2 extends RedisFunctions = F,
    S2 extends RedisScripts = S,
    RESP2 extends RespVersions = RESP,
    TM2 extends TypeMapping = TYPE_MAPPING,
  >(overrides?: Partial<RedisClientOptions<M2, F2, S2, RESP2, TM2>>): RedisClientType<M2, F2, S2, RESP2, TM2> {
    const options = { ...(this._self.options as object), ...overrides } as RedisClientOptions<M2, F2, S2, RESP2, TM2>;
    // M2… are known here (this client's, or the overrides'): KnownExtensions<M2> is M2.
    return createClient<M2, F2, S2, RESP2, TM2>(options) as unknown as RedisClientType<M2, F2, S2, RESP2, TM2>;
  }
}

/** The built-in commands, by method name (both spellings: `set` and `SET`). */
export type RedisCommandMethods<RESP extends RespVersions, TM extends TypeMapping> = WithCommands<typeof COMMANDS, RESP, TM>;

/** node-redis's upper-case spellings of the client's own methods: the same implementations. */
export interface RedisClientAliases<
  M extends RedisModules,
  F extends RedisFunctions,
  S extends RedisScripts,
  RESP extends RespVersions,
  TYPE_MAPPING extends TypeMapping,
> extends FacadeAliases<RedisClient<M, F, S, RESP, TYPE_MAPPING>> {
  WATCH: RedisClient<M, F, S, RESP, TYPE_MAPPING>['watch'];
  UNWATCH: RedisClient<M, F, S, RESP, TYPE_MAPPING>['unwatch'];
}

defineAliases(RedisClient.prototype, [...FACADE_ALIASES, ['WATCH', 'watch'], ['UNWATCH', 'unwatch']]);

/**
 * A facade (the client, or a cluster) with every method: its own and their upper-case `ALIASES`, the
 * built-in commands, and the configuration's modules, functions and scripts.
 */
export type FacadeType<
  INSTANCE,
  ALIASES,
  M extends RedisModules,
  F extends RedisFunctions,
  S extends RedisScripts,
  RESP extends RespVersions,
  TYPE_MAPPING extends TypeMapping,
> = INSTANCE & ALIASES & RedisCommandMethods<RESP, TYPE_MAPPING> & WithExtensions<M, F, S, RESP, TYPE_MAPPING>;

// The pool's clients are clients (pool/pool-member.ts declares the type, filled in here).
declare module './pool/pool-member' {
  interface PoolMemberTypes<M extends RedisModules, F extends RedisFunctions, S extends RedisScripts, RESP extends RespVersions, TYPE_MAPPING extends TypeMapping> {
    client: RedisClientType<M, F, S, RESP, TYPE_MAPPING>;
  }
}

/** A client with its methods: built-in commands plus the configuration's modules, functions and scripts. */
export type RedisClientType<
  M extends RedisModules = Record<never, never>,
  F extends RedisFunctions = Record<never, never>,
  S extends RedisScripts = Record<never, never>,
  RESP extends RespVersions = 3,
  TYPE_MAPPING extends TypeMapping = Record<never, never>,
> = FacadeType<RedisClient<M, F, S, RESP, TYPE_MAPPING>, RedisClientAliases<M, F, S, RESP, TYPE_MAPPING>, M, F, S, RESP, TYPE_MAPPING>;

/**
 * Create a client (not yet connected):
 * ```ts
 * const client = await createClient({ url: 'redis://127.0.0.1:6379' }).on('error', console.error).connect();
 * ```
 * Invalid options throw an InvalidOptionError naming the option; invalid module, function or script
 * definitions throw here too.
 */
export function createClient<
  // No defaults for M, F, S (see KnownExtensions): so `parseCommand(parser, key: string)` gets its
  // `parser` typed from the constraint, and an extension kind not given is `{}`, not every name.
  M extends RedisModules,
  F extends RedisFunctions,
  S extends RedisScripts,
  RESP extends RespVersions = 3,
  TYPE_MAPPING extends TypeMapping = Record<never, never>,
>(
  options?: RedisClientOptions<M, F, S, RESP, TYPE_MAPPING>,
): RedisClientType<KnownExtensions<M>, KnownExtensions<F>, KnownExtensions<S>, RESP, TYPE_MAPPING> {
  const client = createFacade(RedisClient, COMMANDS, options as RedisClientOptions | undefined, CLIENT_RESERVED_NAMES);
  return client as unknown as RedisClientType<KnownExtensions<M>, KnownExtensions<F>, KnownExtensions<S>, RESP, TYPE_MAPPING>;
}

/**
 * @internal A client on a connection someone else owns (a cluster's node connection): its methods,
 * with `options`' extensions, send on `connection`. Closing it closes the connection.
 */
export function clientOn(connection: NodeConnection, options: RedisClientOptions, blocking?: BlockingPool): RedisClientType {
  const Client = attach({
    BaseClass: RedisClient,
    commands: COMMANDS,
    factories: commandFactories,
    config: options,
    defaultResp: 3,
    reservedNames: [...FACADE_RESERVED_NAMES, ...CLIENT_RESERVED_NAMES],
  });
  return new Client(options, connection, blocking) as unknown as RedisClientType;
}

/** Instance fields of the client (besides every facade's) an extension may not be named after. */
const CLIENT_RESERVED_NAMES: ReadonlyArray<string> = [];
