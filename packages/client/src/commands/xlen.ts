import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `XLEN key`: the number of entries. */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument) {
    parser.push('XLEN');
    parser.pushKey(key);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
