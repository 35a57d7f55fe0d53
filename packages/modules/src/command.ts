import type { CommandParser } from './command-parser';
import type { TypeMapping } from './resp-types';

export type { RedisArgument, RedisVariadicArgument, RespVersions } from './arguments';

/**
 * Turns a decoded reply into what the command resolves with.
 *
 * `reply` is what the decoder produced (strings or Buffers per the type mapping, numbers, arrays,
 * plain objects/Maps for RESP3 maps…), `preserve` is whatever `parseCommand` stored with
 * `parser.setPreserve(...)` (or `parser.preserve = ...`), `typeMapping` the command's type mapping.
 *
 * Declared as a method type (the `bivarianceHack` shape) on purpose: a definition may narrow
 * `reply` to the shape it knows (`(reply: Array<string>) => …`) and still be a `TransformReply`,
 * while the executor that calls it passes the decoded reply as `unknown` — without `any`.
 */
export type TransformReply = {
  bivarianceHack(this: void, reply: unknown, preserve?: unknown, typeMapping?: TypeMapping): unknown;
}['bivarianceHack'];

/** A `transformReply` that differs between RESP2 and RESP3. */
export interface TransformReplyByResp {
  2: TransformReply;
  3: TransformReply;
}

/**
 * How a cluster sends a keyless or multi-key command (the `request_policy` tip of `COMMAND INFO`).
 * Absent: by the first key, or to any node for a keyless command.
 */
export type RequestPolicy = 'all_nodes' | 'all_shards' | 'multi_shard' | 'special';

/** How a cluster combines the replies of a command sent to several nodes (`response_policy`). */
export type ResponsePolicy =
  | 'one_succeeded'
  | 'all_succeeded'
  | 'agg_logical_and'
  | 'agg_logical_or'
  | 'agg_min'
  | 'agg_max'
  | 'agg_sum'
  | 'special';

/**
 * A command definition, in node-redis v5's format: a definition written for node-redis works
 * unchanged.
 *
 * ```ts
 * const GET = {
 *   IS_READ_ONLY: true,
 *   parseCommand(parser: CommandParser, key: RedisArgument) { parser.push('GET'); parser.pushKey(key); },
 *   transformReply: undefined as unknown as () => string | null,
 * } as const satisfies Command;
 * ```
 *
 * The parameters of `parseCommand` after the parser become the method's parameters, and the
 * return type of `transformReply` (for the client's RESP version) its reply type.
 */
export interface Command {
  /** Only reads: a cluster may send it to a replica. The `readonly` flag of `COMMAND INFO`. */
  IS_READ_ONLY?: boolean;
  /** Takes no key: a cluster may send it to any node. */
  NOT_KEYED_COMMAND?: true;
  /** The server forwards it to the other nodes itself (e.g. `PUBLISH`): send it to any node. */
  IS_FORWARD_COMMAND?: boolean;
  /** The reply may be kept by a client-side cache. */
  CACHEABLE?: boolean;
  /** Cluster routing for keyless and multi-key commands (from `COMMAND INFO` tips). */
  REQUEST_POLICY?: RequestPolicy;
  /** How a cluster combines the replies when it sent the command to several nodes. */
  RESPONSE_POLICY?: ResponsePolicy;
  /**
   * Pushes the command's arguments into `parser`: every key with `pushKey`/`pushKeys` (so a
   * cluster can route by the first one and check that all share a slot), everything else with
   * `push`. Must not keep state between calls. Declared with method syntax so a definition can
   * narrow its parameters; a method's own parameters are `Tail<Parameters<parseCommand>>`.
   */
  parseCommand(this: void, parser: CommandParser, ...args: Array<unknown>): void;
  /**
   * Shapes the decoded reply; `undefined` (typed with a cast, e.g.
   * `undefined as unknown as () => string | null`) resolves with the decoded reply as it is.
   */
  transformReply: TransformReply | TransformReplyByResp | undefined;
}

/** Commands by method name. */
export type RedisCommands = Record<string, Command>;

/** Modules by namespace (`client.json.get(...)`), each a record of commands. */
export type RedisModules = Record<string, RedisCommands>;

/**
 * A Redis function (`FCALL`/`FCALL_RO`), named by its key in the library record. Its
 * `parseCommand` pushes the keys and arguments after the `FCALL name numkeys` prefix.
 */
export interface RedisFunction extends Command {
  /**
   * How many keys `parseCommand` pushes. When set, the prefix carries it and a call that pushes a
   * different number of keys is rejected before it is sent; when absent, `parseCommand` pushes the
   * count itself (`parser.pushKeysLength(keys)`).
   */
  NUMBER_OF_KEYS?: number;
}

/** Function libraries by namespace (`client.mylib.square(...)`), each a record of functions. */
export type RedisFunctions = Record<string, Record<string, RedisFunction>>;

/** A Lua script before {@link defineScript} computed its SHA1. */
export interface RedisScriptConfig extends Command {
  /** The Lua source. */
  SCRIPT: string | Buffer;
  /** How many keys `parseCommand` pushes; see {@link RedisFunction.NUMBER_OF_KEYS}. */
  NUMBER_OF_KEYS?: number;
}

/** A Lua script with its SHA1 (hex), as {@link defineScript} returns it. */
export interface RedisScript extends RedisScriptConfig {
  SHA1: string;
}

/** Scripts by method name. */
export type RedisScripts = Record<string, RedisScript>;
