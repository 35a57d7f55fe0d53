import type { Command, CommandParser, RedisVariadicArgument } from '@x/modules';

/** `PFCOUNT key [key …]`: the estimated number of distinct elements (of the union, for several keys). */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, keys: RedisVariadicArgument) {
    parser.push('PFCOUNT');
    parser.pushKeys(keys);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
