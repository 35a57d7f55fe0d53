import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `OBJECT IDLETIME key`: seconds since the value was last read or written, or null. */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument) {
    parser.push('OBJECT', 'IDLETIME');
    parser.pushKey(key);
  },
  transformReply: undefined as unknown as () => number | null,
} as const satisfies Command;
