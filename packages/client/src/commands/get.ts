import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `GET key`: the value, or null when the key does not exist. */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument) {
    parser.push('GET');
    parser.pushKey(key);
  },
  transformReply: undefined as unknown as () => string | null,
} as const satisfies Command;
