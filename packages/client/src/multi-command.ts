import {
  createParse,
  functionArgumentsPrefix,
  getTransformReply,
  scriptArgumentsPrefix,
  scriptEvalArguments,
  type Command,
  type CommandFactories,
  type CommandMethod,
  type CommandParser,
  type RedisArgument,
  type RedisScript,
  type TransformReply,
} from '@x/modules';
import { invalidArguments, type QueuedCommand } from './command-request';
import type { MultiReply, MultiReplyType } from './multi-reply';
import { replyOrderRefusal } from './subscriber-mode';

/** One command queued in a transaction or pipeline (its reply shaped as {@link QueuedCommand} says). */
export type MultiQueuedCommand = QueuedCommand;

/** Why these arguments can't be queued (a bad argument, a command that breaks the reply order), or undefined. */
function queueRefusal(args: ReadonlyArray<RedisArgument>): Error | undefined {
  return invalidArguments(args) ?? replyOrderRefusal(args);
}

/**
 * Runs what a multi queued: the client (or a cluster, or an options view of either, whose type
 * mapping and timeout apply). Resolves with each command's transformed reply; rejects as
 * `RedisClient._executeMulti` documents.
 */
export interface MultiExecutor {
  /** The `keyPrefix` its commands' keys get (the client's, the pool's, the cluster's); undefined: none. */
  readonly _keyPrefix?: RedisArgument | undefined;
  _executeMulti(commands: ReadonlyArray<MultiQueuedCommand>): Promise<unknown[]>;
  _executePipeline(commands: ReadonlyArray<MultiQueuedCommand>): Promise<unknown[]>;
}

/**
 * `client.multi()`: queues commands (every command, module command, function and script method,
 * chained: `client.multi().set('a', '1').get('a')`), then sends them as one transaction
 * (`exec()`: `MULTI` … `EXEC`, in one write) or as a plain pipeline (`execAsPipeline()`).
 *
 * `REPLIES` is the tuple of the queued commands' reply types: `exec<'typed'>()` (or `execTyped()`)
 * resolves with it; `exec()` with `Array<ReplyUnion>`, as in node-redis. `addCommand` adds an untyped
 * entry and keeps `REPLIES` as it was.
 */
export class RedisClientMultiCommand<REPLIES extends Array<unknown> = []> {
  readonly #executor: MultiExecutor;
  readonly #queue: MultiQueuedCommand[] = [];
  /** Scripts already sent as `EVAL` in this multi: the next calls can be `EVALSHA`. */
  readonly #scriptsInUse = new Set<string>();
  /** @internal The executor's `keyPrefix`, read by the queueing methods' parsers. */
  readonly _keyPrefix: RedisArgument | undefined;

  constructor(executor: MultiExecutor) {
    this.#executor = executor;
    this._keyPrefix = executor._keyPrefix;
  }

  /** What is queued, in order (a cluster routes and sends it). */
  get queue(): ReadonlyArray<MultiQueuedCommand> {
    return this.#queue;
  }

  /**
   * Queue a raw command: `multi.addCommand(['SET', 'key', 'value'])`. Its reply is untyped (and
   * `transformReply`, when given, shapes it). Throws a TypeError naming a bad argument, a
   * PubSubCommandError for (un)subscribe commands.
   */
  addCommand(args: ReadonlyArray<RedisArgument>, transformReply?: TransformReply): this {
    const refusal = queueRefusal(args);
    if (refusal !== undefined) throw refusal;
    this.#queue.push({ args: args.slice(), definition: undefined, transform: transformReply, shapeResp: 3, preserve: undefined, firstKey: undefined });
    return this;
  }

  /** node-redis's name of {@link addCommand}. */
  sendCommand(args: ReadonlyArray<RedisArgument>): this {
    return this.addCommand(args);
  }

  /** @internal Queue a parsed command (the factories call it). */
  _addParsed(command: Command, parser: CommandParser, transformReply: TransformReply | undefined): this {
    const refusal = queueRefusal(parser.redisArgs);
    if (refusal !== undefined) throw refusal;
    this.#queue.push({
      args: parser.redisArgs,
      definition: command,
      transform: transformReply,
      shapeResp: parser.respVersion,
      preserve: parser.preserve,
      firstKey: parser.firstKey,
    });
    return this;
  }

  /**
   * @internal Queue a script call. `NOSCRIPT` can't be retried inside a transaction, so the first call
   * of each script in this multi is sent as `EVAL` with its source (which also loads it), later ones
   * as `EVALSHA`.
   */
  _addScript(script: RedisScript, parser: CommandParser, transformReply: TransformReply | undefined): this {
    let args = parser.redisArgs;
    const invalid = invalidArguments(args);
    if (invalid !== undefined) throw invalid;
    if (!this.#scriptsInUse.has(script.SHA1)) {
      this.#scriptsInUse.add(script.SHA1);
      args = scriptEvalArguments(script, args);
    }
    this.#queue.push({ args, definition: script, transform: transformReply, shapeResp: parser.respVersion, preserve: parser.preserve, firstKey: parser.firstKey });
    return this;
  }

  /**
   * Send `MULTI`, the queued commands and `EXEC` in one write. Resolves with the replies, in order.
   * Rejects with: a MultiErrorReply when some commands failed at run time (the others ran; see its
   * `replies`); the error of the first command the server refused while queueing, as node-redis
   * rejects (the server then discarded the whole: nothing ran); a WatchError when a watched key changed (nothing ran);
   * a connection error whose `sent` says whether it may have run. `exec(true)` is `execAsPipeline()`.
   */
  exec<T extends MultiReply = 'generic'>(execAsPipeline = false): Promise<MultiReplyType<T, REPLIES>> {
    if (execAsPipeline) return this.execAsPipeline<T>();
    return this.#executor._executeMulti(this.#queue) as Promise<MultiReplyType<T, REPLIES>>;
  }

  /** node-redis's other spelling of {@link exec}. */
  EXEC<T extends MultiReply = 'generic'>(execAsPipeline = false): Promise<MultiReplyType<T, REPLIES>> {
    return this.exec<T>(execAsPipeline);
  }

  /** {@link exec}, typed: resolves with the tuple of the queued commands' reply types. */
  execTyped(execAsPipeline = false): Promise<REPLIES> {
    return this.exec<'typed'>(execAsPipeline);
  }

  /**
   * Send the queued commands in one write without `MULTI`/`EXEC` (not atomic). Resolves with the
   * replies; rejects with a MultiErrorReply when some failed (the others ran).
   */
  execAsPipeline<T extends MultiReply = 'generic'>(): Promise<MultiReplyType<T, REPLIES>> {
    if (this.#queue.length === 0) return Promise.resolve([] as unknown as MultiReplyType<T, REPLIES>);
    return this.#executor._executePipeline(this.#queue) as Promise<MultiReplyType<T, REPLIES>>;
  }

  /** {@link execAsPipeline}, typed. */
  execAsPipelineTyped(): Promise<REPLIES> {
    return this.execAsPipeline<'typed'>();
  }
}

type AnyMulti = RedisClientMultiCommand<Array<unknown>>;

// The factories' methods return the multi (to chain), not a promise: CommandMethod's type says
// Promise, hence one cast per factory.
type QueueMethod = (this: AnyMulti, ...args: Array<unknown>) => AnyMulti;
const asMethod = (method: QueueMethod): CommandMethod<AnyMulti> => method as unknown as CommandMethod<AnyMulti>;

/**
 * The factories `attach` builds a multi's methods with: each parses its arguments like the client's
 * method does ({@link createParse}, with the executor's `keyPrefix`) and queues the command instead of sending it. Bad arguments
 * throw at once.
 */
export const multiCommandFactories: CommandFactories<AnyMulti> = {
  createCommand(command, resp) {
    const transformReply = getTransformReply(command, resp);
    const parse = createParse(command, resp);
    return asMethod(function (this: AnyMulti, ...args) {
      return this._addParsed(command, parse(args, this._keyPrefix), transformReply);
    });
  },

  createFunctionCommand(name, fn, resp, library) {
    const transformReply = getTransformReply(fn, resp);
    const parse = createParse(fn, resp, functionArgumentsPrefix(name, fn), `functions.${library}.${name}`);
    return asMethod(function (this: AnyMulti, ...args) {
      return this._addParsed(fn, parse(args, this._keyPrefix), transformReply);
    });
  },

  createScriptCommand(script, resp, name) {
    const transformReply = getTransformReply(script, resp);
    const parse = createParse(script, resp, scriptArgumentsPrefix(script), `scripts.${name}`);
    return asMethod(function (this: AnyMulti, ...args) {
      return this._addScript(script, parse(args, this._keyPrefix), transformReply);
    });
  },
};
