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
  type Command,
  type CommandFactories,
  type CommandParser,
  type RedisArgument,
  type RedisScript,
  type TransformReply,
} from '@x/modules';
import { CrossSlotError } from './errors';
import type { RedisClusterOptions } from './options';
import { keySlot } from './topology/key-slot';

/**
 * What `cluster.multi()` returns: the client's multi (every command, module, function and script
 * method chains on it; `exec`, `exec<'typed'>`, `execAsPipeline`, `addCommand`), run on a cluster.
 */
export type { RedisClientMultiCommandType as RedisClusterMultiCommandType } from '@x/client';

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
  /** Run a transaction on the master of its slot (waits for a connect() in progress; refuses when closed). */
  transaction(commands: ReadonlyArray<MultiQueuedCommand>, options: CommandOptions | undefined): Promise<unknown[]>;
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
async function runPipeline(host: ClusterMultiHost, commands: ReadonlyArray<MultiQueuedCommand>, options: CommandOptions | undefined): Promise<unknown[]> {
  const settled = await Promise.allSettled(commands.map((queued) => host.command(queued, options, commands.length)));
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
): RedisClusterMultiCommand<[]> {
  const executor: MultiExecutor = {
    // Its commands' keys get the cluster's keyPrefix: the slot checked and routed by is the prefixed key's.
    _keyPrefix: keyPrefix,
    _executeMulti: (commands) => host.transaction(commands, options),
    _executePipeline: (commands) => host.pipeline(commands, () => runPipeline(host, commands, options)),
  };
  const Multi = multiClass(config);
  return new Multi(executor);
}
