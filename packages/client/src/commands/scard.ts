import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `SCARD key`: the number of members. */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument) {
    parser.push('SCARD');
    parser.pushKey(key);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
