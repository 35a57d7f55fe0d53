import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { rangeArgument } from './helpers/double';
import { pushRangeLimit, type RangeLimit } from './helpers/limit';

/** Options of `ZRANGEBYLEX`. */
export interface ZRangeByLexOptions {
  /** Skip `offset` members, return at most `count`. */
  LIMIT?: RangeLimit;
}

/** `ZRANGEBYLEX key min max [LIMIT offset count]`: the members between two lexicographic bounds. */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument, min: RedisArgument, max: RedisArgument, options?: ZRangeByLexOptions) {
    parser.push('ZRANGEBYLEX');
    parser.pushKey(key);
    parser.push(rangeArgument(min), rangeArgument(max));
    pushRangeLimit(parser, 'ZRANGEBYLEX', options?.LIMIT);
  },
  transformReply: undefined as unknown as () => Array<string>,
} as const satisfies Command;
