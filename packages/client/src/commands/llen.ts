import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `LLEN key`: the length of the list (0 when the key does not exist). */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument) {
    parser.push('LLEN');
    parser.pushKey(key);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
