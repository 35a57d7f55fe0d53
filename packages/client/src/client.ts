import { EventEmitter } from 'node:events';
import {
  attach,
  BasicCommandParser,
  commandFactories,
  getTransformReply,
  scriptEvalArguments,
  withOptionsProxy,
  type Command,
  type CommandExecutor,
  type CommandParser,
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
} from '@x/modules';
import { ReplyError } from '@x/resp';
import { COMMANDS } from './commands';
import { RedisConnection, type ConnectionSetup, type ConnectionState } from './connection';
import { SubscriberModeError } from './errors';
import { multiCommandFactories, RedisClientMultiCommand, type MultiExecutor, type MultiQueuedCommand } from './multi-command';
import type { RedisClientMultiCommandType } from './multi-command-types';
import type { CommandOptions, RedisClientOptions } from './options';
import { PubSub } from './pub-sub';
import {
  PUBSUB_TYPE,
  type AnyPubSubListener,
  type ChannelListeners,
  type PubSubListener,
  type PubSubType,
  type PubSubTypeListeners,
} from './pub-sub-types';
import type { ReplyTransform } from './pending-command';
import { resolveClientOptions } from './resolve-options';
import {
  scanHash,
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
import type { RedisClientPoolType } from './pool/client-pool';
import { createPoolFromClient } from './pool/pool-from-client';
import type { RedisPoolOptions } from './pool/pool-options';
import { commandResults, pipelineBatch, reconnectedAfterWatch, transactionBatch, transactionResults, watchKind } from './transaction';

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
 * state is reached through `_self`, the real instance.
 */
export class RedisClient<
    M extends RedisModules = RedisModules,
    F extends RedisFunctions = RedisFunctions,
    S extends RedisScripts = RedisScripts,
    RESP extends RespVersions = 3,
    TYPE_MAPPING extends TypeMapping = TypeMapping,
  >
  extends EventEmitter<RedisClientEvents>
  implements CommandExecutor
{
  /** The real instance (an options view inherits this field). */
  readonly _self: this;
  /** Per-call options of this view (type mapping, abort signal, timeout); undefined on the client. */
  _commandOptions: CommandOptions | undefined;
  /** The options as given (what `duplicate()` starts from). */
  readonly options: RedisClientOptions<M, F, S, RESP, TYPE_MAPPING>;
  readonly #connection: RedisConnection;
  readonly #configuredResp: RespVersions;
  readonly #pubSub: PubSub;
  /** The socket the first `WATCH` since the last `EXEC`/`UNWATCH` ran on (undefined: none pending). */
  #watchEpoch: number | undefined;
  /** Bumped by EXEC and UNWATCH: a WATCH reply from an older generation is ignored. */
  #watchGeneration = 0;
  #Multi: (new (executor: MultiExecutor) => RedisClientMultiCommand) | undefined;

  constructor(options?: RedisClientOptions<M, F, S, RESP, TYPE_MAPPING>) {
    super();
    const resolved = resolveClientOptions(options);
    this._self = this;
    this.options = options ?? {};
    this.#configuredResp = resolved.RESP;
    // The default timeout is the connection's (tracked in order, at no cost); the rest of
    // `commandOptions` (a type mapping, say) applies to every command.
    const { timeout: _timeout, ...defaults } = options?.commandOptions ?? {};
    this._commandOptions = Object.keys(defaults).length === 0 ? undefined : defaults;
    const connection = new RedisConnection(resolved);
    this.#connection = connection;
    connection.on('connect', () => this.emit('connect'));
    connection.on('ready', () => this.emit('ready'));
    connection.on('end', () => this.emit('end'));
    connection.on('reconnecting', (info) => this.emit('reconnecting', info));
    connection.on('error', (error) => {
      if (this.listenerCount('error') > 0) this.emit('error', error);
    });
    this.#pubSub = new PubSub(connection, {
      reportError: (error, fromListener) => this.#reportError(error, fromListener),
      emitShardedChannelMoved: (channel, listeners) => this.#emitFromDecoder('sharded-channel-moved', channel, listeners),
    });
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

  /** The connection is open or opening (connect() was called and neither close nor destroy since). */
  get isOpen(): boolean {
    const state = this._self.#connection.state;
    return state !== 'idle' && state !== 'closed';
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
    await this._self.#connection.connect();
    return this;
  }

  /**
   * Send any command: `client.sendCommand(['SET', 'key', 'value'])`. Resolves with the decoded reply;
   * a server error rejects with a ReplyError.
   */
  sendCommand<T = unknown>(args: ReadonlyArray<RedisArgument>, options?: CommandOptions): Promise<T> {
    const self = this._self;
    const connection = self.#connection;
    // Options given here add to the view's (withTypeMapping, withAbortSignal…), as node-redis merges them.
    const viewOptions = this._commandOptions;
    if (options === undefined) options = viewOptions;
    else if (viewOptions !== undefined) options = { ...viewOptions, ...options };
    if (self.#pubSub.active && connection.resp === 2) return self.#sendWhileSubscribed(args, options, undefined, undefined) as Promise<T>;
    const reply = connection.send(args, options);
    const watch = watchKind(args);
    return (watch === undefined ? reply : self.#trackWatch(reply, watch)) as Promise<T>;
  }

  /** @internal The executor of every command method (see `CommandExecutor` in @x/modules). */
  _executeCommand(_command: Command, parser: CommandParser, transformReply: TransformReply | undefined): Promise<unknown> {
    const self = this._self;
    const connection = self.#connection;
    if (connection.resp !== self.#configuredResp) transformReply = getTransformReply(_command, connection.resp);
    if (self.#pubSub.active && connection.resp === 2) {
      return self.#sendWhileSubscribed(parser.redisArgs, this._commandOptions, transformReply, parser.preserve);
    }
    return connection.send(parser.redisArgs, this._commandOptions, transformReply, parser.preserve);
  }

  /** RESP2 subscriber mode: only pub/sub commands and PING (answered differently there) may go. */
  #sendWhileSubscribed(
    args: ReadonlyArray<RedisArgument>,
    options: CommandOptions | undefined,
    transform: ReplyTransform | undefined,
    preserve: unknown,
  ): Promise<unknown> {
    const refusal = subscriberModeRefusal(args);
    if (refusal !== undefined) return Promise.reject(refusal);
    return this.#connection.send(args, options, isPing(args) ? pingInSubscriberMode : transform, preserve);
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

  /**
   * @internal Scripts run as `EVALSHA`; a server that does not have the script (`NOSCRIPT`) gets it
   * once as `EVAL`, which also loads it, so the next call is an `EVALSHA` again.
   */
  _executeScript(script: RedisScript, parser: CommandParser, transformReply: TransformReply | undefined): Promise<unknown> {
    const self = this._self;
    const connection = self.#connection;
    if (connection.resp !== self.#configuredResp) transformReply = getTransformReply(script, connection.resp);
    const options = this._commandOptions;
    if (self.#pubSub.active && connection.resp === 2) return Promise.reject(new SubscriberModeError(String(parser.redisArgs[0])));
    return connection.send(parser.redisArgs, options, transformReply, parser.preserve).catch((error: unknown) => {
      if (!(error instanceof ReplyError) || error.code !== 'NOSCRIPT') throw error;
      return connection.send(scriptEvalArguments(script, parser.redisArgs), options, transformReply, parser.preserve);
    });
  }

  /** A view of this client whose commands use these options (shares the connection). */
  withCommandOptions<OPTIONS extends CommandOptions>(options: OPTIONS): this {
    return withOptionsProxy(this, options);
  }

  /** A view of this client whose replies follow this type mapping (e.g. Buffers for strings). */
  withTypeMapping<TM extends TypeMapping>(typeMapping: TM): RedisClientType<M, F, S, RESP, TM> {
    return withOptionsProxy(this, { typeMapping }) as unknown as RedisClientType<M, F, S, RESP, TM>;
  }

  /** A view of this client whose commands are aborted by this signal. */
  withAbortSignal(abortSignal: AbortSignal): this {
    return withOptionsProxy(this, { abortSignal });
  }

  /**
   * `WATCH key [key …]`: the next `exec()` fails with a WatchError if one of the keys changes before
   * it. A reconnect in between loses the WATCH on the server: `exec()` then fails with a WatchError
   * without sending anything, rather than run unguarded.
   */
  watch(keys: RedisVariadicArgument): Promise<'OK'> {
    const parser = new BasicCommandParser(this._self.#configuredResp);
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
    // EXEC ends the WATCH on the server, whatever happens next (and outdates WATCH replies still due).
    self.#watchEpoch = undefined;
    self.#watchGeneration++;
    if (self.#pubSub.active && connection.resp === 2) return Promise.reject(new SubscriberModeError('MULTI'));
    if (watchEpoch !== undefined && watchEpoch !== connection.socketEpoch) return Promise.reject(reconnectedAfterWatch());
    // Checked again right before the write: the connection may be replaced while this waits to go out.
    const guard = watchEpoch === undefined ? undefined : () => (connection.socketEpoch === watchEpoch ? undefined : reconnectedAfterWatch());
    const options = this._commandOptions;
    return connection
      .sendBatch(transactionBatch(commands), options, guard)
      .then((replies) => transactionResults(commands, replies, connection.resp, self.#configuredResp, options?.typeMapping));
  }

  /** @internal Runs a pipeline: the commands in one write (no MULTI/EXEC), with one timeout for all. */
  _executePipeline(commands: ReadonlyArray<MultiQueuedCommand>): Promise<unknown[]> {
    const self = this._self;
    const connection = self.#connection;
    if (self.#pubSub.active && connection.resp === 2) return Promise.reject(new SubscriberModeError('a pipeline'));
    const options = this._commandOptions;
    const { batch, blocking } = pipelineBatch(commands);
    return connection
      .sendBatch(batch, options, undefined, blocking)
      .then((replies) => commandResults(commands, replies, connection.resp, self.#configuredResp, options?.typeMapping));
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

  /** Iterate a hash with `HSCAN`: one array of `{ field, value }` per step. */
  hScanIterator(key: RedisArgument, options?: ScanIteratorOptions): AsyncIterableIterator<ReplyWithTypeMapping<Array<HashScanEntry>, TYPE_MAPPING>> {
    return scanHash(this, key, options) as AsyncIterableIterator<never>;
  }

  /** Iterate a set with `SSCAN`: one array of members per step. */
  sScanIterator(key: RedisArgument, options?: ScanIteratorOptions): AsyncIterableIterator<ReplyWithTypeMapping<Array<string>, TYPE_MAPPING>> {
    return scanSet(this, key, options) as AsyncIterableIterator<never>;
  }

  /** Iterate a sorted set with `ZSCAN`: one array of `{ value, score }` per step. */
  zScanIterator(
    key: RedisArgument,
    options?: ScanIteratorOptions,
  ): AsyncIterableIterator<ReplyWithTypeMapping<Array<SortedSetScanMember>, TYPE_MAPPING>> {
    return scanSortedSet(this, key, options) as AsyncIterableIterator<never>;
  }

  /**
   * Subscribe `listener` to `channels`. Resolves once the server confirmed every channel. Listeners
   * get `(message, channel)`: strings, or Buffers with `bufferMode` true. On RESP3 other commands keep
   * working beside the subscriptions; on RESP2 the connection is in subscriber mode (other commands
   * are refused with a SubscriberModeError). Subscriptions are restored after every reconnect.
   */
  subscribe<B extends boolean = false>(channels: RedisVariadicArgument, listener: PubSubListener<B>, bufferMode?: B): Promise<void> {
    return this._self.#pubSub.subscribe(PUBSUB_TYPE.CHANNELS, channels, listener as AnyPubSubListener, bufferMode === true);
  }

  /**
   * Unsubscribe: every channel (no arguments), every listener of `channels`, or one `listener`
   * (a channel stays subscribed while other listeners remain). Its listeners get no message after
   * this call; resolves once the server confirmed.
   */
  unsubscribe<B extends boolean = false>(channels?: RedisVariadicArgument, listener?: PubSubListener<B>, bufferMode?: B): Promise<void> {
    return this._self.#pubSub.unsubscribe(PUBSUB_TYPE.CHANNELS, channels, listener as AnyPubSubListener | undefined, bufferMode === true);
  }

  /** {@link subscribe} to glob-style patterns; listeners get `(message, channel)` with the channel that matched. */
  pSubscribe<B extends boolean = false>(patterns: RedisVariadicArgument, listener: PubSubListener<B>, bufferMode?: B): Promise<void> {
    return this._self.#pubSub.subscribe(PUBSUB_TYPE.PATTERNS, patterns, listener as AnyPubSubListener, bufferMode === true);
  }

  /** {@link unsubscribe} for patterns. */
  pUnsubscribe<B extends boolean = false>(patterns?: RedisVariadicArgument, listener?: PubSubListener<B>, bufferMode?: B): Promise<void> {
    return this._self.#pubSub.unsubscribe(PUBSUB_TYPE.PATTERNS, patterns, listener as AnyPubSubListener | undefined, bufferMode === true);
  }

  /**
   * {@link subscribe} to sharded channels (`SSUBSCRIBE`, Redis 7; one command per channel). When
   * the server drops one (its slot moved), `'sharded-channel-moved'` hands its listeners over.
   */
  sSubscribe<B extends boolean = false>(channels: RedisVariadicArgument, listener: PubSubListener<B>, bufferMode?: B): Promise<void> {
    return this._self.#pubSub.subscribe(PUBSUB_TYPE.SHARDED, channels, listener as AnyPubSubListener, bufferMode === true);
  }

  /** {@link unsubscribe} for sharded channels. */
  sUnsubscribe<B extends boolean = false>(channels?: RedisVariadicArgument, listener?: PubSubListener<B>, bufferMode?: B): Promise<void> {
    return this._self.#pubSub.unsubscribe(PUBSUB_TYPE.SHARDED, channels, listener as AnyPubSubListener | undefined, bufferMode === true);
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

  /** @internal The underlying connection, for the pub/sub and transaction layers of this package. */
  get _connection(): RedisConnection {
    return this._self.#connection;
  }

  /**
   * Close gracefully: new commands are refused, queued ones are sent, and it resolves once every
   * reply arrived and the socket closed.
   */
  close(): Promise<void> {
    return this._self.#connection.close();
  }

  /**
   * Close now: pending commands are rejected at once (a ClientClosedError whose `sent` says whether
   * it may have run).
   */
  destroy(cause?: Error): void {
    this._self.#connection.destroy(cause);
  }

  /** node-redis 4 name of `close()`. */
  async quit(): Promise<'OK'> {
    await this.close();
    return 'OK';
  }

  /** node-redis 4 name of `destroy()`. */
  async disconnect(): Promise<void> {
    this.destroy();
  }

  /** node-redis's v3-style callback interface over this client (see `RedisLegacyClient`). */
  legacy(): RedisLegacyClientType {
    return new RedisLegacyClient(this) as RedisLegacyClientType;
  }

  /** A pool of clients with this client's options (not connected; this client is not in it). */
  createPool(options?: Partial<RedisPoolOptions>): RedisClientPoolType<M, F, S, RESP, TYPE_MAPPING> {
    return createPoolFromClient(this, options);
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
> {
  WATCH: RedisClient<M, F, S, RESP, TYPE_MAPPING>['watch'];
  UNWATCH: RedisClient<M, F, S, RESP, TYPE_MAPPING>['unwatch'];
  MULTI: RedisClient<M, F, S, RESP, TYPE_MAPPING>['multi'];
  SUBSCRIBE: RedisClient<M, F, S, RESP, TYPE_MAPPING>['subscribe'];
  UNSUBSCRIBE: RedisClient<M, F, S, RESP, TYPE_MAPPING>['unsubscribe'];
  PSUBSCRIBE: RedisClient<M, F, S, RESP, TYPE_MAPPING>['pSubscribe'];
  PUNSUBSCRIBE: RedisClient<M, F, S, RESP, TYPE_MAPPING>['pUnsubscribe'];
  SSUBSCRIBE: RedisClient<M, F, S, RESP, TYPE_MAPPING>['sSubscribe'];
  SUNSUBSCRIBE: RedisClient<M, F, S, RESP, TYPE_MAPPING>['sUnsubscribe'];
}

const ALIASES: ReadonlyArray<readonly [string, keyof RedisClient]> = [
  ['WATCH', 'watch'],
  ['UNWATCH', 'unwatch'],
  ['MULTI', 'multi'],
  ['SUBSCRIBE', 'subscribe'],
  ['UNSUBSCRIBE', 'unsubscribe'],
  ['PSUBSCRIBE', 'pSubscribe'],
  ['PUNSUBSCRIBE', 'pUnsubscribe'],
  ['SSUBSCRIBE', 'sSubscribe'],
  ['SUNSUBSCRIBE', 'sUnsubscribe'],
];
// On the prototype (before `attach` runs), so they also take precedence over same-named commands.
for (const [alias, name] of ALIASES) {
  Object.defineProperty(RedisClient.prototype, alias, { value: RedisClient.prototype[name], writable: true, configurable: true });
}

/** A client with its methods: built-in commands plus the configuration's modules, functions and scripts. */
export type RedisClientType<
  M extends RedisModules = Record<never, never>,
  F extends RedisFunctions = Record<never, never>,
  S extends RedisScripts = Record<never, never>,
  RESP extends RespVersions = 3,
  TYPE_MAPPING extends TypeMapping = Record<never, never>,
> = RedisClient<M, F, S, RESP, TYPE_MAPPING> &
  RedisClientAliases<M, F, S, RESP, TYPE_MAPPING> &
  RedisCommandMethods<RESP, TYPE_MAPPING> &
  WithExtensions<M, F, S, RESP, TYPE_MAPPING>;

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
  const Client = attach({
    BaseClass: RedisClient,
    commands: COMMANDS,
    factories: commandFactories,
    config: options,
    defaultResp: 3,
    reservedNames: CLIENT_RESERVED_NAMES,
  });
  return new Client(options) as unknown as RedisClientType<KnownExtensions<M>, KnownExtensions<F>, KnownExtensions<S>, RESP, TYPE_MAPPING>;
}

/** Instance fields an extension (module, function library, script) may not be named after: `attach` refuses them. */
const CLIENT_RESERVED_NAMES = ['_self', '_commandOptions', 'options', '_connection'];
