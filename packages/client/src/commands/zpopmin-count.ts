import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { integerLike } from './helpers/argument-errors';
import { sortedSetMembersReply } from './helpers/sorted-set';

/** `ZPOPMIN key count`: up to `count` members, lowest scores first, as `[{ value, score }]`. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, count: number) {
    parser.push('ZPOPMIN');
    parser.pushKey(key);
    parser.push(integerLike('ZPOPMIN', 'count', count));
  },
  transformReply: sortedSetMembersReply,
} as const satisfies Command;
