import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { refusedOption } from './helpers/argument-errors';
import { rangeArgument } from './helpers/double';
import { pushRangeLimit, type RangeLimit } from './helpers/limit';

/** Options of `ZRANGEBYSCORE`. */
export interface ZRangeByScoreOptions {
  /** Skip `offset` members, return at most `count`. */
  LIMIT?: RangeLimit;
}

/** Pushes `key min max [LIMIT offset count]` of `ZRANGEBYSCORE`. */
export function pushZRangeByScoreArguments(
  parser: CommandParser,
  key: RedisArgument,
  min: RedisArgument | number,
  max: RedisArgument | number,
  options: ZRangeByScoreOptions | undefined,
): void {
  parser.push('ZRANGEBYSCORE');
  parser.pushKey(key);
  parser.push(rangeArgument(min), rangeArgument(max));
  pushRangeLimit(parser, 'ZRANGEBYSCORE', options?.LIMIT);
}

/**
 * `ZRANGEBYSCORE key min max [LIMIT offset count]`: the members with a score between `min` and `max`
 * (numbers, `Infinity` as `+inf`; or strings such as `'(1'`). With scores: `zRangeByScoreWithScores`
 * (x's earlier `{ WITHSCORES }` is refused).
 */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument, min: RedisArgument | number, max: RedisArgument | number, options?: ZRangeByScoreOptions) {
    if ((options as { WITHSCORES?: unknown } | undefined)?.WITHSCORES !== undefined) {
      throw refusedOption('ZRANGEBYSCORE', 'WITHSCORES', 'zRangeByScoreWithScores');
    }
    pushZRangeByScoreArguments(parser, key, min, max, options);
  },
  transformReply: undefined as unknown as () => Array<string>,
} as const satisfies Command;
