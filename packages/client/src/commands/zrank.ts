import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `ZRANK key member`: the rank (0 is the lowest score), or null when `member` is not there. */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument, member: RedisArgument) {
    parser.push('ZRANK');
    parser.pushKey(key);
    parser.push(member);
  },
  transformReply: undefined as unknown as () => number | null,
} as const satisfies Command;
