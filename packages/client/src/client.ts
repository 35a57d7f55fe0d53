import { EventEmitter } from 'node:events';
import {
  attach,
  commandFactories,
  getTransformReply,
  scriptEvalArguments,
  withOptionsProxy,
  type Command,
  type CommandExecutor,
  type CommandParser,
  type RedisArgument,
  type RedisFunctions,
  type RedisModules,
  type RedisScript,
  type RedisScripts,
  type RespVersions,
  type TransformReply,
  type TypeMapping,
  type WithCommands,
  type WithExtensions,
} from '@x/modules';
import { ReplyError } from '@x/resp';
import { COMMANDS } from './commands';
import { RedisConnection, type ConnectionSetup, type ConnectionState } from './connection';
import type { CommandOptions, RedisClientOptions } from './options';
import { resolveClientOptions } from './resolve-options';

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
    return this._self.#connection.send(args, options ?? this._commandOptions) as Promise<T>;
  }

  /** @internal The executor of every command method (see `CommandExecutor` in @x/modules). */
  _executeCommand(_command: Command, parser: CommandParser, transformReply: TransformReply | undefined): Promise<unknown> {
    const self = this._self;
    const connection = self.#connection;
    if (connection.resp !== self.#configuredResp) transformReply = getTransformReply(_command, connection.resp);
    return connection.send(parser.redisArgs, this._commandOptions, transformReply, parser.preserve);
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

  /** A new, unconnected client with the same options (and these overrides). */
  duplicate<
    M2 extends RedisModules = M,
    F2 extends RedisFunctions = F,
    S2 extends RedisScripts = S,
    RESP2 extends RespVersions = RESP,
    TM2 extends TypeMapping = TYPE_MAPPING,
  >(overrides?: Partial<RedisClientOptions<M2, F2, S2, RESP2, TM2>>): RedisClientType<M2, F2, S2, RESP2, TM2> {
    return createClient({ ...(this._self.options as object), ...overrides } as RedisClientOptions<M2, F2, S2, RESP2, TM2>);
  }
}

/** The built-in commands, by method name (both spellings: `set` and `SET`). */
export type RedisCommandMethods<RESP extends RespVersions, TM extends TypeMapping> = WithCommands<typeof COMMANDS, RESP, TM>;

/** A client with its methods: built-in commands plus the configuration's modules, functions and scripts. */
export type RedisClientType<
  M extends RedisModules = Record<never, never>,
  F extends RedisFunctions = Record<never, never>,
  S extends RedisScripts = Record<never, never>,
  RESP extends RespVersions = 3,
  TYPE_MAPPING extends TypeMapping = Record<never, never>,
> = RedisClient<M, F, S, RESP, TYPE_MAPPING> & RedisCommandMethods<RESP, TYPE_MAPPING> & WithExtensions<M, F, S, RESP, TYPE_MAPPING>;

/**
 * Create a client (not yet connected):
 * ```ts
 * const client = await createClient({ url: 'redis://127.0.0.1:6379' }).on('error', console.error).connect();
 * ```
 * Invalid options throw an InvalidOptionError naming the option; invalid module, function or script
 * definitions throw here too.
 */
export function createClient<
  M extends RedisModules = Record<never, never>,
  F extends RedisFunctions = Record<never, never>,
  S extends RedisScripts = Record<never, never>,
  RESP extends RespVersions = 3,
  TYPE_MAPPING extends TypeMapping = Record<never, never>,
>(options?: RedisClientOptions<M, F, S, RESP, TYPE_MAPPING>): RedisClientType<M, F, S, RESP, TYPE_MAPPING> {
  const Client = attach({
    BaseClass: RedisClient,
    commands: COMMANDS,
    factories: commandFactories,
    config: options,
    defaultResp: 3,
  });
  return new Client(options) as unknown as RedisClientType<M, F, S, RESP, TYPE_MAPPING>;
}

/** Used by `attach` to refuse extension names that would hide these. */
export const CLIENT_RESERVED_NAMES = ['_self', '_commandOptions', 'options', '_connection'];
