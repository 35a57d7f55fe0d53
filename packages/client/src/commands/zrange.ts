import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { rangeArgument } from './helpers/double';
import { pushRangeLimit, type RangeLimit } from './helpers/limit';

/** Options of `ZRANGE`. */
export interface ZRangeOptions {
  /** Interpret `min`/`max` as scores (`BYSCORE`) or lexicographic bounds (`BYLEX`) instead of ranks. */
  BY?: 'SCORE' | 'LEX';
  /** Highest first. */
  REV?: boolean;
  /** Skip `offset`, return at most `count` (with `BY`). */
  LIMIT?: RangeLimit;
}

/**
 * Pushes `min max [BYSCORE | BYLEX] [REV] [LIMIT offset count]` (numbers as doubles, so `Infinity`
 * is `+inf`; strings such as `'(1'` or `'[a'` as they are).
 */
export function pushZRangeArguments(
  parser: CommandParser,
  min: RedisArgument | number,
  max: RedisArgument | number,
  options?: ZRangeOptions,
): void {
  parser.push(rangeArgument(min), rangeArgument(max));
  if (options?.BY === 'SCORE') parser.push('BYSCORE');
  else if (options?.BY === 'LEX') parser.push('BYLEX');
  if (options?.REV) parser.push('REV');
  pushRangeLimit(parser, 'ZRANGE', options?.LIMIT);
}

/** `ZRANGE key min max [BYSCORE | BYLEX] [REV] [LIMIT offset count]`: the members. */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument, min: RedisArgument | number, max: RedisArgument | number, options?: ZRangeOptions) {
    parser.push('ZRANGE');
    parser.pushKey(key);
    pushZRangeArguments(parser, min, max, options);
  },
  transformReply: undefined as unknown as () => Array<string>,
} as const satisfies Command;
