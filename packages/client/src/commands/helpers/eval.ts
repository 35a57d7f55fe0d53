import type { CommandParser, RedisArgument } from '@x/modules';
import { optionsArgument } from './arguments';

/** The keys and arguments of `EVAL`, `EVALSHA`, `FCALL` and their `_RO` forms. */
export interface EvalOptions {
  /** Keys (`KEYS[i]` in the script); each is recorded as a key, so a cluster routes by the first. */
  keys?: Array<RedisArgument>;
  /** Other arguments (`ARGV[i]`). */
  arguments?: Array<RedisArgument>;
}

/** Pushes `numkeys key… arg…`; options that are not an object are refused (node-redis would drop them). */
export function pushEvalArguments(parser: CommandParser, options?: EvalOptions): void {
  options = optionsArgument<EvalOptions>(options, `${String(parser.redisArgs[0])} options`);
  const keys = options?.keys;
  if (keys === undefined) {
    parser.push('0');
  } else {
    parser.pushKeysLength(keys);
  }
  if (options?.arguments !== undefined) parser.pushVariadic(options.arguments);
}
