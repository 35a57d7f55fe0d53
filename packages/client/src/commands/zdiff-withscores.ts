import type { Command, CommandParser, RedisVariadicArgument } from '@x/modules';
import { sortedSetMembersReply } from './helpers/sorted-set';

/** `ZDIFF numkeys key [key …] WITHSCORES`: the difference with scores, `[{ value, score }]`. */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, keys: RedisVariadicArgument) {
    parser.push('ZDIFF');
    parser.pushKeysLength(keys);
    parser.push('WITHSCORES');
  },
  transformReply: sortedSetMembersReply,
} as const satisfies Command;
