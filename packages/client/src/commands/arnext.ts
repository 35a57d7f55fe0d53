import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `ARNEXT key`: the index the next `ARINSERT` writes to, or null. Redis 8+ (the array type); not runnable on the 7.0 servers these tests use. */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument) {
    parser.push('ARNEXT');
    parser.pushKey(key);
  },
  transformReply: undefined as unknown as () => number | null,
} as const satisfies Command;
