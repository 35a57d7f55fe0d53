import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `PTTL key`: milliseconds to live, -1 without a timeout, -2 when the key does not exist. */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument) {
    parser.push('PTTL');
    parser.pushKey(key);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
