import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `OBJECT ENCODING key`: how the value is stored (`'embstr'`, `'listpack'`, …), or null for a missing key. */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument) {
    parser.push('OBJECT', 'ENCODING');
    parser.pushKey(key);
  },
  transformReply: undefined as unknown as () => string | null,
} as const satisfies Command;
