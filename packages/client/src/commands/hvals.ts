import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `HVALS key`: the values (an empty array for a missing key). */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument) {
    parser.push('HVALS');
    parser.pushKey(key);
  },
  transformReply: undefined as unknown as () => Array<string>,
} as const satisfies Command;
