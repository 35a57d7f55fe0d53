import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `STRLEN key`: the length of the value (0 when the key does not exist). */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument) {
    parser.push('STRLEN');
    parser.pushKey(key);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
