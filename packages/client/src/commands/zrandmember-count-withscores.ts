import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { integerLike } from './helpers/argument-errors';
import { sortedSetMembersReply } from './helpers/sorted-set';

/** `ZRANDMEMBER key count WITHSCORES`: random members with their scores, `[{ value, score }]`. */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument, count: number) {
    parser.push('ZRANDMEMBER');
    parser.pushKey(key);
    parser.push(integerLike('ZRANDMEMBER', 'count', count), 'WITHSCORES');
  },
  transformReply: sortedSetMembersReply,
} as const satisfies Command;
