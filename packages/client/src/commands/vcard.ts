import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `VCARD key`: how many elements the vector set holds. Redis 8.0+ (vector sets); not runnable on the 7.0 servers these tests use. */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument) {
    parser.push('VCARD');
    parser.pushKey(key);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
