import type { Command, CommandParser, RedisArgument } from '@x/modules';

/**
 * `HSTRLEN key field`: the length of the value (0 for a missing field). node-redis 6.4 types the
 * reply as an array of strings by mistake; it is a number, and typed so here.
 */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument, field: RedisArgument) {
    parser.push('HSTRLEN');
    parser.pushKey(key);
    parser.push(field);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
