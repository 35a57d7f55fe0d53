import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { integerLike } from './helpers/argument-errors';
import { sortedSetMembersReply } from './helpers/sorted-set';

/** `ZPOPMAX key count`: up to `count` members, highest scores first, as `[{ value, score }]`. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, count: number) {
    parser.push('ZPOPMAX');
    parser.pushKey(key);
    parser.push(integerLike('ZPOPMAX', 'count', count));
  },
  transformReply: sortedSetMembersReply,
} as const satisfies Command;
