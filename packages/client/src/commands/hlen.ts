import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `HLEN key`: the number of fields. */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument) {
    parser.push('HLEN');
    parser.pushKey(key);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
