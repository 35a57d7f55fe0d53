import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { invalidArgument } from './helpers/argument-errors';
import { rangeArgument } from './helpers/double';
import { pushRangeLimit, type RangeLimit } from './helpers/limit';

/** Options of `ZRANGESTORE`. */
export interface ZRangeStoreOptions {
  /** Read `min`/`max` as scores (`BYSCORE`) or lexicographic bounds (`BYLEX`) instead of ranks. */
  BY?: 'SCORE' | 'LEX';
  /** x's earlier spelling of `BY`: the token itself. */
  sortby?: 'BYSCORE' | 'BYLEX';
  /** Highest first. */
  REV?: boolean;
  /** Skip `offset`, store at most `count` (with `BY`). */
  LIMIT?: RangeLimit;
}

/** `ZRANGESTORE dst src min max [BYSCORE | BYLEX] [REV] [LIMIT offset count]`: the number of members stored. */
export default {
  parseCommand(
    parser: CommandParser,
    destination: RedisArgument,
    source: RedisArgument,
    min: RedisArgument | number,
    max: RedisArgument | number,
    options?: ZRangeStoreOptions,
  ) {
    parser.push('ZRANGESTORE');
    parser.pushKey(destination);
    parser.pushKey(source);
    parser.push(rangeArgument(min), rangeArgument(max));
    if (options?.BY !== undefined && options.sortby !== undefined) {
      throw invalidArgument('ZRANGESTORE', 'options.sortby', 'absent when BY is given', options.sortby);
    }
    if (options?.BY === 'SCORE') parser.push('BYSCORE');
    else if (options?.BY === 'LEX') parser.push('BYLEX');
    else if (options?.sortby !== undefined) parser.push(options.sortby);
    if (options?.REV) parser.push('REV');
    pushRangeLimit(parser, 'ZRANGESTORE', options?.LIMIT);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
