import type { Command, RedisArgument, RedisScript, TransformReply } from './command';
import type { CommandParser } from './command-parser';

/**
 * What a client or a cluster provides so the methods built by {@link commandFactories} can run: the
 * `this` of every attached method (top-level command, script, and — through its namespace — every
 * module command and function) is the instance or an options proxy of it (see
 * {@link withOptionsProxy}).
 *
 * Both methods:
 * - send `parser.redisArgs` (already complete: for a function or script the `FCALL`/`EVALSHA`
 *   prefix is in it), routing by `parser.firstKey` / `parser.keys` and `command.IS_READ_ONLY`
 *   where that matters (a cluster);
 * - read their per-call options (type mapping, abort signal, timeout…) from `this._commandOptions`
 *   — `this` may be a proxy made with `Object.create(instance)`, so private state must be reached
 *   through a reference to the real instance (e.g. a `_self` field), never through `this.#field`;
 * - resolve with `transformReply(reply, parser.preserve, typeMapping)` when `transformReply` is
 *   defined, else with the decoded reply itself; a server error reply rejects;
 * - always return a promise and never throw synchronously.
 */
export interface CommandExecutor {
  /**
   * node-redis's `keyPrefix`: put before every key the methods' parsers push (undefined: none).
   * Read once per call, through an options view too (it inherits it).
   */
  readonly _keyPrefix?: RedisArgument | undefined;
  /** Runs a command (a built-in, module command or function call). */
  _executeCommand(command: Command, parser: CommandParser, transformReply: TransformReply | undefined): Promise<unknown>;
  /**
   * Runs a script call sent as `EVALSHA`/`EVALSHA_RO`. On a `NOSCRIPT` error reply the executor
   * sends it again once as `EVAL`/`EVAL_RO` with the source (`scriptEvalArguments(script,
   * parser.redisArgs)`) — on the same node — which also loads it there.
   */
  _executeScript(script: RedisScript, parser: CommandParser, transformReply: TransformReply | undefined): Promise<unknown>;
}
