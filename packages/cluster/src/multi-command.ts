import {
  MultiErrorReply,
  multiCommandFactories,
  RedisClientMultiCommand,
  type CommandOptions,
  type MultiExecutor,
  type MultiQueuedCommand,
  type MultiReply,
  type MultiReplyType,
} from '@x/client';
import { COMMANDS } from '@x/client/node-connection';
import {
  attach,
  prefixKey,
  type Command,
  type CommandFactories,
  type CommandParser,
  type CommandReply,
  type ReplyWithTypeMapping,
  type Tail,
  type RedisArgument,
  type RedisFunctions,
  type RedisModules,
  type RedisScript,
  type RedisScripts,
  type RespVersions,
  type TransformReply,
  type TypeMapping,
} from '@x/modules';
import { CrossSlotError } from './errors';
import type { RedisClusterOptions } from './options';
import { keySlot } from './topology/key-slot';

// What `cluster.multi()` returns: the client's multi (every command, module, function and script
// method chains on it; `exec`, `exec<'typed'>`, `execAsPipeline`), run on a cluster, with
// node-redis's cluster forms of the raw commands — on the multi and on every chained step (the
// client's chain types would drop them after the first typed command). Resolved lazily, member by
// member, like the client's.
type ClusterQueue<
  REPLIES extends Array<unknown>,
  C extends Command,
  M extends RedisModules,
  F extends RedisFunctions,
  S extends RedisScripts,
  RESP extends RespVersions,
  TM extends TypeMapping,
> = (...args: Tail<Parameters<C['parseCommand']>>) => RedisClusterMultiCommandType<[...REPLIES, ReplyWithTypeMapping<CommandReply<C, RESP>, TM>], M, F, S, RESP, TM>;

type ClusterMultiCommands<
  REPLIES extends Array<unknown>,
  M extends RedisModules,
  F extends RedisFunctions,
  S extends RedisScripts,
  RESP extends RespVersions,
  TM extends TypeMapping,
> = {
  [P in keyof typeof COMMANDS]: ClusterQueue<REPLIES, (typeof COMMANDS)[P], M, F, S, RESP, TM>;
};

/** The cluster multi with its built-in commands (an interface, as the client's: see RedisClientMultiCommandChain). */
export interface RedisClusterMultiCommandChain<
  REPLIES extends Array<unknown>,
  M extends RedisModules,
  F extends RedisFunctions,
  S extends RedisScripts,
  RESP extends RespVersions,
  TM extends TypeMapping,
> extends RedisClusterMultiCommand<REPLIES>,
    ClusterMultiCommands<REPLIES, M, F, S, RESP, TM> {}

/** What `cluster.multi()` returns: the queue plus one chained method per command and extension. */
export type RedisClusterMultiCommandType<
  REPLIES extends Array<unknown>,
  M extends RedisModules,
  F extends RedisFunctions,
  S extends RedisScripts,
  RESP extends RespVersions,
  TM extends TypeMapping,
> = RedisClusterMultiCommandChain<REPLIES, M, F, S, RESP, TM> & {
  [N in keyof M]: { [C in keyof M[N]]: ClusterQueue<REPLIES, M[N][C], M, F, S, RESP, TM> };
} & {
  [L in keyof F]: { [C in keyof F[L]]: ClusterQueue<REPLIES, F[L][C], M, F, S, RESP, TM> };
} & {
  [N in keyof S]: ClusterQueue<REPLIES, S[N], M, F, S, RESP, TM>;
};

/** How long a key may be in a CrossSlotError's message. */
const SHOWN_KEY_LENGTH = 40;

function showKey(key: RedisArgument): string {
  const text = typeof key === 'string' ? key : key.toString();
  return text.length > SHOWN_KEY_LENGTH ? `${text.slice(0, SHOWN_KEY_LENGTH)}…` : text;
}

/**
 * A cluster's multi. A transaction runs on one node, so every key of every queued command must hash
 * to one slot: the slots are computed as commands are queued, and `exec()` refuses keys of different
 * slots with a CrossSlotError before anything is sent (the server would refuse the whole with
 * CROSSSLOT anyway — only after MULTI and every command went over the wire). `addCommand` (raw
 * arguments) declares no keys: it is not checked here, and the server still refuses a cross-slot one.
 *
 * `execAsPipeline()` is not atomic and has no such limit: each command is routed by its own key.
 */
export class RedisClusterMultiCommand<REPLIES extends Array<unknown> = []> extends RedisClientMultiCommand<REPLIES> {
  /** Each slot the keys hash to, with the first key seen in it (to name in the error). */
  readonly #keyBySlot = new Map<number, RedisArgument>();
  /**
   * @internal What routes the transaction when no queued command has a key of its own: the
   * `routing` given to `cluster.multi(routing)`, else the first `firstKey` a raw command came with
   * (node-redis's rule); and what routes a raw command in `execAsPipeline()`.
   */
  _routing: RedisArgument | undefined;

  /**
   * Queue a raw command: node-redis's cluster form `addCommand(firstKey, isReadonly, args,
   * transformReply?)` — `firstKey` routes it (and the transaction, when no other command has a key)
   * — or the client's form `addCommand(args, transformReply?)`.
   */
  override addCommand(args: ReadonlyArray<RedisArgument>, transformReply?: TransformReply): this;
  override addCommand(firstKey: RedisArgument | undefined, isReadonly: boolean | undefined, args: ReadonlyArray<RedisArgument>, transformReply?: TransformReply): this;
  override addCommand(...params: unknown[]): this {
    if (Array.isArray(params[0])) return super.addCommand(params[0] as ReadonlyArray<RedisArgument>, params[1] as TransformReply | undefined);
    const [firstKey, , args, transformReply] = params as [RedisArgument | undefined, unknown, ReadonlyArray<RedisArgument>, TransformReply | undefined];
    super.addCommand(args, transformReply);
    this.#route(firstKey);
    return this;
  }

  /** Queue a raw command (node-redis's form: `sendCommand(args, { firstKey, isReadonly })`). */
  override sendCommand(args: ReadonlyArray<RedisArgument>, options?: { firstKey?: RedisArgument; isReadonly?: boolean }): this {
    super.addCommand(args);
    this.#route(options?.firstKey);
    return this;
  }

  #route(firstKey: RedisArgument | undefined): void {
    if (firstKey === undefined) return;
    this.#noteKeys([firstKey]);
    this._routing ??= firstKey;
  }

  /** @internal */
  override _addParsed(command: Command, parser: CommandParser, transformReply: TransformReply | undefined): this {
    super._addParsed(command, parser, transformReply);
    this.#noteKeys(parser.keys);
    return this;
  }

  /** @internal */
  override _addScript(script: RedisScript, parser: CommandParser, transformReply: TransformReply | undefined): this {
    super._addScript(script, parser, transformReply);
    this.#noteKeys(parser.keys);
    return this;
  }

  #noteKeys(keys: ReadonlyArray<RedisArgument>): void {
    for (const key of keys) {
      const slot = keySlot(key);
      if (!this.#keyBySlot.has(slot)) this.#keyBySlot.set(slot, key);
    }
  }

  /**
   * Run the queued commands as one transaction on the master owning their slot (see
   * `RedisClientMultiCommand.exec` for the outcomes). Rejects with a CrossSlotError, sending nothing,
   * when the keys hash to different slots.
   */
  override exec<T extends MultiReply = 'generic'>(execAsPipeline = false): Promise<MultiReplyType<T, REPLIES>> {
    if (!execAsPipeline && this.#keyBySlot.size > 1) {
      const keys = [...this.#keyBySlot].map(([slot, key]) => `'${showKey(key)}' → ${slot}`).join(', ');
      return Promise.reject(new CrossSlotError(`The transaction (keys ${keys})`, [...this.#keyBySlot.keys()]));
    }
    return super.exec<T>(execAsPipeline);
  }
}

/** What a cluster's multi needs from the cluster. */
export interface ClusterMultiHost {
  /**
   * Run a transaction on the master of its slot — its first key's, else `routing`'s (waits for a
   * connect() in progress; refuses when closed).
   */
  transaction(commands: ReadonlyArray<MultiQueuedCommand>, options: CommandOptions | undefined, routing: RedisArgument | undefined): Promise<unknown[]>;
  /**
   * Run one queued command as the cluster runs any: routed by its slot, redirected, retried.
   * `batchSize`: it is part of a pipeline of that many (what its trace says).
   */
  command(queued: MultiQueuedCommand, options: CommandOptions | undefined, batchSize?: number): Promise<unknown>;
  /** Run a whole pipeline (`run`), traced as one `node-redis:batch` when someone listens. */
  pipeline(commands: ReadonlyArray<MultiQueuedCommand>, run: () => Promise<unknown[]>): Promise<unknown[]>;
}

/**
 * A pipeline is not atomic, so on a cluster it need not run on one node: each command is routed and
 * redirected on its own, as if called alone — issued in one tick, the commands for one node still
 * leave in one write. Resolves with the replies in order; rejects with a MultiErrorReply (`replies`,
 * `errorIndexes`) when some failed — the others ran.
 */
async function runPipeline(
  host: ClusterMultiHost,
  commands: ReadonlyArray<MultiQueuedCommand>,
  options: CommandOptions | undefined,
  routing: RedisArgument | undefined,
): Promise<unknown[]> {
  // A raw command has no key of its own: the multi's routing key (or a random master) routes it.
  const routed = (queued: MultiQueuedCommand): MultiQueuedCommand =>
    routing !== undefined && queued.firstKey === undefined && queued.definition === undefined ? { ...queued, firstKey: routing } : queued;
  const settled = await Promise.allSettled(commands.map((queued) => host.command(routed(queued), options, commands.length)));
  const errorIndexes: number[] = [];
  const replies = settled.map((result, i) => {
    if (result.status === 'fulfilled') return result.value;
    errorIndexes.push(i);
    return result.reason as unknown;
  });
  if (errorIndexes.length > 0) throw new MultiErrorReply(replies, errorIndexes);
  return replies;
}

type ClusterMultiClass = new (executor: MultiExecutor) => RedisClusterMultiCommand<[]>;

/**
 * The multi class of each configuration: `attach` (its cache lookup, and its validation of a `RESP`
 * option) runs once per cluster, not once per `multi()`.
 */
const multiClasses = new WeakMap<RedisClusterOptions, ClusterMultiClass>();

function multiClass(config: RedisClusterOptions): ClusterMultiClass {
  let Multi = multiClasses.get(config);
  if (Multi === undefined) {
    Multi = attach({
      BaseClass: RedisClusterMultiCommand,
      commands: COMMANDS,
      factories: multiCommandFactories as unknown as CommandFactories<RedisClusterMultiCommand<unknown[]>>,
      config,
      defaultResp: 3,
    });
    multiClasses.set(config, Multi);
  }
  return Multi;
}

/**
 * `cluster.multi()`: a multi whose `exec()` runs a transaction (run-transaction.ts) and whose
 * `execAsPipeline()` runs each command on its own node. `options` are the per-call options of
 * the cluster view it was made from (type mapping, abort signal).
 */
export function createClusterMulti(
  config: RedisClusterOptions,
  host: ClusterMultiHost,
  options: CommandOptions | undefined,
  keyPrefix: RedisArgument | undefined,
  routing?: RedisArgument,
): RedisClusterMultiCommand<[]> {
  const executor: MultiExecutor = {
    // Its commands' keys get the cluster's keyPrefix: the slot checked and routed by is the prefixed key's.
    _keyPrefix: keyPrefix,
    _executeMulti: (commands) => host.transaction(commands, options, multi._routing),
    _executePipeline: (commands) => host.pipeline(commands, () => runPipeline(host, commands, options, multi._routing)),
  };
  const Multi = multiClass(config);
  const multi = new Multi(executor);
  // The routing key names a key the commands operate on: prefixed as theirs are (node-redis does the
  // same); a raw command's firstKey is raw, as its arguments.
  multi._routing = routing === undefined ? undefined : prefixKey(keyPrefix, routing);
  return multi;
}
