import type { RedisArgument, RedisVariadicArgument, RespVersions } from './arguments';
import { prefixKey } from './key-prefix';

/** Arrays up to this length are appended with one spread `push`. */
const SPREAD_LIMIT = 1024;

/**
 * What a command's `parseCommand` writes into: the wire arguments (`redisArgs`), and every key
 * separately (`keys`) so a cluster routes by `firstKey` and can check that all keys share a slot.
 * node-redis v5's interface, so module definitions written for it run unchanged.
 */
export interface CommandParser {
  /** The arguments in wire order, keys included. */
  readonly redisArgs: ReadonlyArray<RedisArgument>;
  /** Every key pushed with `pushKey`/`pushKeys`/`pushKeysLength`, in order. */
  readonly keys: ReadonlyArray<RedisArgument>;
  /** The first key (routing key), or `undefined` for a keyless command. */
  readonly firstKey: RedisArgument | undefined;
  /** A value handed to `transformReply` as its second argument (e.g. which `WITH*` flags were sent). */
  preserve: unknown;
  /** The protocol the command will be sent with. */
  readonly respVersion: RespVersions;
  /** Whether the reply may be cached client side (set by `setCachable()`). */
  readonly cachable: boolean;
  /** Appends arguments that are not keys. */
  push(...args: Array<RedisArgument>): void;
  /** Appends one argument or each of an array of them. */
  pushVariadic(vals: RedisVariadicArgument): void;
  /** Appends the count, then the arguments (`numkeys`-style). */
  pushVariadicWithLength(vals: RedisVariadicArgument): void;
  /** Appends one number or each of an array of numbers, as decimal strings. */
  pushVariadicNumber(vals: number | Array<number>): void;
  /**
   * Appends a key (an argument that is also recorded in `keys`), with the client's `keyPrefix`
   * before it — unless `applyPrefix` is false (node-redis's flag: a routing key that is not a key
   * of the keyspace, such as SPUBLISH's channel).
   */
  pushKey(key: RedisArgument, applyPrefix?: boolean): void;
  /** Appends one key or each of an array of keys (each with the `keyPrefix`). */
  pushKeys(keys: RedisVariadicArgument): void;
  /** Appends the number of keys, then the keys (each with the `keyPrefix`). */
  pushKeysLength(keys: RedisVariadicArgument): void;
  /**
   * Appends the count, then each value with the `keyPrefix` before it — but not recorded in `keys`
   * (node-redis's, for key names inside a module command's options, e.g. `FT.SEARCH … INKEYS`).
   */
  pushPrefixedVariadicWithLength(vals: RedisVariadicArgument): void;
  /** Stores the value `transformReply` receives as `preserve`. */
  setPreserve(value: unknown): void;
  /** Marks the reply as cacheable client side. */
  setCachable(): void;
}

/**
 * The parser every command call creates. It is on the hot path of every command, so it is two
 * plain arrays and plain fields, no closures, no copies; `firstKey` is an index read. Public fields
 * rather than `#private` ones: they measured the same under Node 20, and the executor may rewrite
 * `redisArgs` (the `EVALSHA` → `EVAL` fallback). `push` spreads into `Array#push`, which measured
 * ~40% faster than a loop of single pushes for the usual 1–5 arguments.
 */
export class BasicCommandParser implements CommandParser {
  /** The wire arguments; mutable for the executor (e.g. the `EVALSHA` → `EVAL` fallback). */
  redisArgs: Array<RedisArgument> = [];
  keys: Array<RedisArgument> = [];
  preserve: unknown = undefined;
  cachable = false;
  readonly respVersion: RespVersions;

  /** @param respVersion The protocol the command will be sent with (default 3). */
  constructor(respVersion: RespVersions = 3) {
    this.respVersion = respVersion;
  }

  /** The `keyPrefix` put before every key: none here (see {@link PrefixedCommandParser}). */
  get keyPrefix(): RedisArgument | undefined {
    return undefined;
  }

  get firstKey(): RedisArgument | undefined {
    return this.keys[0];
  }

  push(...args: Array<RedisArgument>): void {
    this.redisArgs.push(...args);
  }

  pushVariadic(vals: RedisVariadicArgument): void {
    if (Array.isArray(vals)) {
      const redisArgs = this.redisArgs;
      // Spreading a very long array overflows the call stack; loop past a safe size.
      if (vals.length <= SPREAD_LIMIT) redisArgs.push(...vals);
      else for (let i = 0; i < vals.length; i++) redisArgs.push(vals[i]!);
    } else {
      this.redisArgs.push(vals);
    }
  }

  pushVariadicWithLength(vals: RedisVariadicArgument): void {
    this.redisArgs.push(Array.isArray(vals) ? String(vals.length) : '1');
    this.pushVariadic(vals);
  }

  pushVariadicNumber(vals: number | Array<number>): void {
    const redisArgs = this.redisArgs;
    if (Array.isArray(vals)) {
      for (let i = 0; i < vals.length; i++) redisArgs.push(String(vals[i]));
    } else {
      redisArgs.push(String(vals));
    }
  }

  // `applyPrefix` matters only to PrefixedCommandParser (node-redis's signature).
  pushKey(key: RedisArgument, _applyPrefix?: boolean): void {
    this.keys.push(key);
    this.redisArgs.push(key);
  }

  pushKeys(keys: RedisVariadicArgument): void {
    if (Array.isArray(keys)) {
      for (let i = 0; i < keys.length; i++) this.pushKey(keys[i]!);
    } else {
      this.pushKey(keys);
    }
  }

  pushKeysLength(keys: RedisVariadicArgument): void {
    this.redisArgs.push(Array.isArray(keys) ? String(keys.length) : '1');
    this.pushKeys(keys);
  }

  pushPrefixedVariadicWithLength(vals: RedisVariadicArgument): void {
    this.pushVariadicWithLength(vals);
  }

  setPreserve(value: unknown): void {
    this.preserve = value;
  }

  setCachable(): void {
    this.cachable = true;
  }
}

/**
 * The parser of a client (pool, cluster) with a `keyPrefix`: every key pushed with `pushKey`,
 * `pushKeys` or `pushKeysLength` gets it, and so do `pushPrefixedVariadicWithLength`'s values. A
 * subclass, so that the parser of a client without one — nearly every client — runs exactly the
 * code it ran before keyPrefix existed, and its call sites see one class.
 */
export class PrefixedCommandParser extends BasicCommandParser {
  readonly #prefix: RedisArgument;

  /** @param keyPrefix A non-empty string or Buffer (see {@link createCommandParser} for any value). */
  constructor(respVersion: RespVersions, keyPrefix: RedisArgument) {
    super(respVersion);
    this.#prefix = keyPrefix;
  }

  override get keyPrefix(): RedisArgument {
    return this.#prefix;
  }

  override pushKey(key: RedisArgument, applyPrefix?: boolean): void {
    super.pushKey(applyPrefix === false ? key : prefixKey(this.#prefix, key));
  }

  override pushPrefixedVariadicWithLength(vals: RedisVariadicArgument): void {
    const prefix = this.#prefix;
    const redisArgs = this.redisArgs;
    if (Array.isArray(vals)) {
      redisArgs.push(String(vals.length));
      for (let i = 0; i < vals.length; i++) redisArgs.push(prefixKey(prefix, vals[i]!));
    } else {
      redisArgs.push('1', prefixKey(prefix, vals));
    }
  }
}

/**
 * A parser for `respVersion` whose keys get `keyPrefix`: a {@link BasicCommandParser} when there is
 * none (undefined or empty), else a {@link PrefixedCommandParser}.
 */
export function createCommandParser(respVersion: RespVersions = 3, keyPrefix?: RedisArgument): BasicCommandParser {
  return keyPrefix === undefined || keyPrefix.length === 0 ? new BasicCommandParser(respVersion) : new PrefixedCommandParser(respVersion, keyPrefix);
}
