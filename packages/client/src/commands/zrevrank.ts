import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `ZREVRANK key member`: the rank counted from the highest score (0 first), or null when `member` is not there. */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument, member: RedisArgument) {
    parser.push('ZREVRANK');
    parser.pushKey(key);
    parser.push(member);
  },
  transformReply: undefined as unknown as () => number | null,
} as const satisfies Command;
