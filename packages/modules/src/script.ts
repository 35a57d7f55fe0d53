import { createHash } from 'node:crypto';
import type { RedisArgument, RedisScript, RedisScriptConfig } from './command';
import { InvalidDefinitionError } from './errors';

/** The SHA1 (lowercase hex) Redis knows a Lua script by (`SCRIPT LOAD`, `EVALSHA`). */
export function scriptSha1(script: string | Buffer): string {
  return createHash('sha1').update(script).digest('hex');
}

/**
 * A script definition with its SHA1, computed once here rather than on every call.
 *
 * ```ts
 * const incrMax = defineScript({
 *   SCRIPT: "local v = redis.call('INCR', KEYS[1]) if v > tonumber(ARGV[1]) then ...",
 *   NUMBER_OF_KEYS: 1,
 *   parseCommand(parser: CommandParser, key: RedisArgument, max: number) {
 *     parser.pushKey(key);
 *     parser.push(String(max));
 *   },
 *   transformReply: undefined as unknown as () => number,
 * });
 * ```
 */
// `NoInfer`: a call written inside `scripts: { … }` must infer S from its argument alone. Inferred from
// the contextual return type (RedisScript) too, S would be RedisScript, and the argument (which has no
// SHA1 yet) would not fit it.
export function defineScript<S extends RedisScriptConfig>(script: S): NoInfer<S> & { SHA1: string } {
  // Without this check a missing SCRIPT surfaces as node:crypto's "data argument" TypeError.
  const source: unknown = (script as Partial<RedisScriptConfig> | undefined)?.SCRIPT;
  if (typeof source !== 'string' && !Buffer.isBuffer(source)) {
    throw new InvalidDefinitionError('defineScript', 'SCRIPT (the Lua source, a string or Buffer) is missing');
  }
  return { ...script, SHA1: scriptSha1(source) };
}

/**
 * The arguments a script call starts with: `EVALSHA_RO` for a read-only script, `EVALSHA`
 * otherwise, the SHA1 and, when the definition declares `NUMBER_OF_KEYS`, the key count.
 */
export function scriptArgumentsPrefix(script: RedisScript): Array<RedisArgument> {
  const prefix: Array<RedisArgument> = [script.IS_READ_ONLY ? 'EVALSHA_RO' : 'EVALSHA', script.SHA1];
  if (script.NUMBER_OF_KEYS !== undefined) prefix.push(String(script.NUMBER_OF_KEYS));
  return prefix;
}

/**
 * The same call as `EVAL`/`EVAL_RO` with the script's source instead of its SHA1: what an executor
 * sends after the server answered `NOSCRIPT` to the `EVALSHA` form. `redisArgs` is the parser's
 * arguments (starting with {@link scriptArgumentsPrefix}); it is not modified.
 */
export function scriptEvalArguments(script: RedisScript, redisArgs: ReadonlyArray<RedisArgument>): Array<RedisArgument> {
  const args = redisArgs.slice();
  args[0] = script.IS_READ_ONLY ? 'EVAL_RO' : 'EVAL';
  args[1] = script.SCRIPT;
  return args;
}
