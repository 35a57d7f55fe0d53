import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `STRLEN key`: the length of the string value (0 for a missing key). */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument) {
    parser.push('STRLEN');
    parser.pushKey(key);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
