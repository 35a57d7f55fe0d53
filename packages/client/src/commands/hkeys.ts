import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `HKEYS key`: the field names (an empty array for a missing key). */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument) {
    parser.push('HKEYS');
    parser.pushKey(key);
  },
  transformReply: undefined as unknown as () => Array<string>,
} as const satisfies Command;
