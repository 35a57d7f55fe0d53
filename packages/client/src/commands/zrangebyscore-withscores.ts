import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { sortedSetMembersReply } from './helpers/sorted-set';
import { pushZRangeByScoreArguments, type ZRangeByScoreOptions } from './zrangebyscore';

/** `ZRANGEBYSCORE key min max [LIMIT offset count] WITHSCORES`: `[{ value, score }]`. */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument, min: RedisArgument | number, max: RedisArgument | number, options?: ZRangeByScoreOptions) {
    pushZRangeByScoreArguments(parser, key, min, max, options);
    parser.push('WITHSCORES');
  },
  transformReply: sortedSetMembersReply,
} as const satisfies Command;
