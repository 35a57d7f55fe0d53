import { EventEmitter } from 'node:events';
import { attach } from './attach';
import type { Command, RedisArgument, RedisCommands, RedisScript, RedisVariadicArgument, TransformReply } from './command';
import type { CommandParser } from './command-parser';
import { commandFactories } from './command-factories';
import { normalizeKeyPrefix } from './key-prefix';
import type { CommandExecutor } from './executor';
import { withOptionsProxy } from './options-proxy';
import { PUBSUB_TYPE, type AnyPubSubListener, type PubSubListener, type PubSubType } from './pub-sub-listener';
import type { TypeMapping } from './resp-types';
import type { ExtensionsConfig } from './validate';

/** The per-call options a facade's views carry (a client's and a cluster's `CommandOptions`). */
export interface FacadeCommandOptions {
  typeMapping?: TypeMapping;
  abortSignal?: AbortSignal;
  /** A facade's own default timeout is not a per-call option: its executor applies it. */
  timeout?: number;
}

/**
 * What a facade's pub/sub methods call: `subscribe` with its kind (`SUBSCRIBE`, `PSUBSCRIBE`,
 * `SSUBSCRIBE`), `unsubscribe` likewise. Resolves once the server confirmed.
 */
export interface PubSubExecutor {
  _subscribe(type: PubSubType, channels: RedisVariadicArgument, listener: AnyPubSubListener, bufferMode: boolean): Promise<void>;
  _unsubscribe(type: PubSubType, channels: RedisVariadicArgument | undefined, listener: AnyPubSubListener | undefined, bufferMode: boolean): Promise<void>;
}

/**
 * The methods a client and a cluster share, written once: the command methods' executor contract
 * ({@link CommandExecutor}), the options views (`withCommandOptions`, `withTypeMapping`,
 * `withAbortSignal`), the pub/sub methods, and node-redis's `quit`/`disconnect`. A subclass supplies
 * the executors, `close` and `destroy`.
 *
 * Methods may run on an options view (an `Object.create` of the instance, see
 * {@link withOptionsProxy}): a subclass reaches its state through `_self`, the real instance.
 */
export abstract class RedisFacade<EVENTS extends Record<keyof EVENTS, unknown[]>, OPTIONS extends FacadeCommandOptions>
  extends EventEmitter<EVENTS>
  implements CommandExecutor, PubSubExecutor
{
  /** The real instance (an options view inherits this field). */
  readonly _self: this;
  /** Per-call options of this view (type mapping, abort signal, timeout); undefined when there are none. */
  _commandOptions: OPTIONS | undefined;
  /** The `keyPrefix` option (undefined: none): every command method's parser puts it before each key. */
  readonly _keyPrefix: RedisArgument | undefined;

  /**
   * `defaults`: the configuration's `commandOptions`; every one but `timeout` rides on every command.
   * `keyPrefix`: the configuration's, already validated by the subclass (empty means none).
   */
  protected constructor(defaults: OPTIONS | undefined, keyPrefix?: RedisArgument) {
    super();
    this._self = this;
    this._keyPrefix = normalizeKeyPrefix(keyPrefix);
    const { timeout: _timeout, ...rest } = defaults ?? {};
    this._commandOptions = Object.keys(rest).length === 0 ? undefined : (rest as OPTIONS);
  }

  abstract _executeCommand(command: Command, parser: CommandParser, transformReply: TransformReply | undefined): Promise<unknown>;
  abstract _executeScript(script: RedisScript, parser: CommandParser, transformReply: TransformReply | undefined): Promise<unknown>;
  abstract _subscribe(type: PubSubType, channels: RedisVariadicArgument, listener: AnyPubSubListener, bufferMode: boolean): Promise<void>;
  abstract _unsubscribe(
    type: PubSubType,
    channels: RedisVariadicArgument | undefined,
    listener: AnyPubSubListener | undefined,
    bufferMode: boolean,
  ): Promise<void>;
  /** Close gracefully: commands in flight get their replies. */
  abstract close(): Promise<void>;
  /** Close now: pending commands are rejected. */
  abstract destroy(): void;

  /** A view whose commands run with these options (merged over this view's). */
  withCommandOptions(options: OPTIONS): this {
    return withOptionsProxy(this, options as Partial<OPTIONS>);
  }

  /** A view whose commands are aborted by this signal. */
  withAbortSignal(abortSignal: AbortSignal): this {
    return withOptionsProxy(this, { abortSignal } as Partial<OPTIONS>);
  }

  /** A view whose replies are mapped by `typeMapping` (a subclass types the view it returns). */
  protected _withTypeMapping(typeMapping: TypeMapping): this {
    return withOptionsProxy(this, { typeMapping } as Partial<OPTIONS>);
  }

  /**
   * Subscribe `listener` to `channels`. Resolves once the server confirmed every channel. Listeners
   * get `(message, channel)`: strings, or Buffers with `bufferMode` true.
   */
  subscribe<B extends boolean = false>(channels: RedisVariadicArgument, listener: PubSubListener<B>, bufferMode?: B): Promise<void> {
    return this._subscribe(PUBSUB_TYPE.CHANNELS, channels, listener as AnyPubSubListener, bufferMode === true);
  }

  /**
   * Unsubscribe: every channel (no arguments), every listener of `channels`, or one `listener` (a
   * channel stays subscribed while other listeners remain). Its listeners get no message after this
   * call; resolves once the server confirmed.
   */
  unsubscribe<B extends boolean = false>(channels?: RedisVariadicArgument, listener?: PubSubListener<B>, bufferMode?: B): Promise<void> {
    return this._unsubscribe(PUBSUB_TYPE.CHANNELS, channels, listener as AnyPubSubListener | undefined, bufferMode === true);
  }

  /** {@link subscribe} to glob-style patterns; listeners get `(message, channel)` with the channel that matched. */
  pSubscribe<B extends boolean = false>(patterns: RedisVariadicArgument, listener: PubSubListener<B>, bufferMode?: B): Promise<void> {
    return this._subscribe(PUBSUB_TYPE.PATTERNS, patterns, listener as AnyPubSubListener, bufferMode === true);
  }

  /** {@link unsubscribe} for patterns. */
  pUnsubscribe<B extends boolean = false>(patterns?: RedisVariadicArgument, listener?: PubSubListener<B>, bufferMode?: B): Promise<void> {
    return this._unsubscribe(PUBSUB_TYPE.PATTERNS, patterns, listener as AnyPubSubListener | undefined, bufferMode === true);
  }

  /** {@link subscribe} to sharded channels (`SSUBSCRIBE`, Redis 7). */
  sSubscribe<B extends boolean = false>(channels: RedisVariadicArgument, listener: PubSubListener<B>, bufferMode?: B): Promise<void> {
    return this._subscribe(PUBSUB_TYPE.SHARDED, channels, listener as AnyPubSubListener, bufferMode === true);
  }

  /** {@link unsubscribe} for sharded channels. */
  sUnsubscribe<B extends boolean = false>(channels?: RedisVariadicArgument, listener?: PubSubListener<B>, bufferMode?: B): Promise<void> {
    return this._unsubscribe(PUBSUB_TYPE.SHARDED, channels, listener as AnyPubSubListener | undefined, bufferMode === true);
  }

  /** node-redis 4's name of `close()`; like node-redis, the facade stops being open at once. */
  async quit(): Promise<'OK'> {
    await this.close();
    return 'OK';
  }

  /** node-redis 4's name of `destroy()`. */
  async disconnect(): Promise<void> {
    this.destroy();
  }
}

/** node-redis's upper-case spellings of the pub/sub methods (and `multi`), shared by every facade. */
export const FACADE_ALIASES: ReadonlyArray<readonly [alias: string, method: string]> = [
  ['MULTI', 'multi'],
  ['SUBSCRIBE', 'subscribe'],
  ['UNSUBSCRIBE', 'unsubscribe'],
  ['PSUBSCRIBE', 'pSubscribe'],
  ['PUNSUBSCRIBE', 'pUnsubscribe'],
  ['SSUBSCRIBE', 'sSubscribe'],
  ['SUNSUBSCRIBE', 'sUnsubscribe'],
];

/** The types of {@link FACADE_ALIASES} on a facade `T`. */
export interface FacadeAliases<T extends { multi: unknown; subscribe: unknown; unsubscribe: unknown; pSubscribe: unknown; pUnsubscribe: unknown; sSubscribe: unknown; sUnsubscribe: unknown }> {
  MULTI: T['multi'];
  SUBSCRIBE: T['subscribe'];
  UNSUBSCRIBE: T['unsubscribe'];
  PSUBSCRIBE: T['pSubscribe'];
  PUNSUBSCRIBE: T['pUnsubscribe'];
  SSUBSCRIBE: T['sSubscribe'];
  SUNSUBSCRIBE: T['sUnsubscribe'];
}

/**
 * Put aliases on a facade's prototype — before `attach` runs, so they also take precedence over
 * same-named commands.
 */
export function defineAliases(prototype: object, aliases: ReadonlyArray<readonly [alias: string, method: string]>): void {
  for (const [alias, method] of aliases) {
    const value = (prototype as Record<string, unknown>)[method];
    Object.defineProperty(prototype, alias, { value, writable: true, configurable: true });
  }
}

/** Instance fields of every facade: an extension (module, function library, script) may not take their names. */
export const FACADE_RESERVED_NAMES: ReadonlyArray<string> = ['_self', '_commandOptions', '_keyPrefix', 'options'];

/**
 * A facade with its methods: `BaseClass` with every command of `commands` and the configuration's
 * modules, functions and scripts attached (once per configuration: `attach` caches the class), then
 * constructed with the configuration. Invalid definitions throw here.
 */
export function createFacade<CONFIG extends ExtensionsConfig | undefined, BASE extends new (config: CONFIG) => CommandExecutor>(
  BaseClass: BASE,
  commands: RedisCommands,
  config: CONFIG,
  reservedNames: ReadonlyArray<string>,
): InstanceType<BASE> {
  const Facade = attach({
    BaseClass,
    commands,
    factories: commandFactories,
    config,
    defaultResp: 3,
    reservedNames: [...FACADE_RESERVED_NAMES, ...reservedNames],
  });
  return new Facade(config) as InstanceType<BASE>;
}
