import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `SISMEMBER key member`: 1 if `member` is in the set, else 0. */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument, member: RedisArgument) {
    parser.push('SISMEMBER');
    parser.pushKey(key);
    parser.push(member);
  },
  transformReply: undefined as unknown as () => 0 | 1,
} as const satisfies Command;
