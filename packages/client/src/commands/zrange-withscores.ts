import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { sortedSetMembersReply } from './helpers/sorted-set';
import { pushZRangeArguments, type ZRangeOptions } from './zrange';

/**
 * `ZRANGE key min max [BYSCORE | BYLEX] [REV] [LIMIT offset count] WITHSCORES`:
 * `[{ value, score }]`. RESP2 sends a flat array with scores as strings, RESP3 pairs with doubles.
 */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument, min: RedisArgument | number, max: RedisArgument | number, options?: ZRangeOptions) {
    parser.push('ZRANGE');
    parser.pushKey(key);
    pushZRangeArguments(parser, min, max, options);
    parser.push('WITHSCORES');
  },
  transformReply: sortedSetMembersReply,
} as const satisfies Command;
