import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `TYPE key`: `string`, `list`, `set`, `zset`, `hash`, `stream`, or `none`. */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument) {
    parser.push('TYPE');
    parser.pushKey(key);
  },
  transformReply: undefined as unknown as () => string,
} as const satisfies Command;
