import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { rankWithScoreReply } from './helpers/rank-with-score';

/**
 * `ZRANK key member WITHSCORE`: `{ rank, score }`, or null when `member` is not there.
 * Redis 7.2+; not runnable on the 7.0 servers these tests use.
 */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument, member: RedisArgument) {
    parser.push('ZRANK');
    parser.pushKey(key);
    parser.push(member, 'WITHSCORE');
  },
  transformReply: rankWithScoreReply,
} as const satisfies Command;
