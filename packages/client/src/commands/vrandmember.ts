import type { Command, CommandParser, RedisArgument } from '@x/modules';

/**
 * `VRANDMEMBER key [count]`: a random element (or null), or up to `count` of them (repeats allowed
 * for a negative count). Redis 8.0+ (vector sets); not runnable on the 7.0 servers these tests use.
 */
export default {
  IS_READ_ONLY: true,
  // Random: a cached reply would be wrong (node-redis marks it so).
  CACHEABLE: false,
  parseCommand(parser: CommandParser, key: RedisArgument, count?: number) {
    parser.push('VRANDMEMBER');
    parser.pushKey(key);
    if (count !== undefined) parser.push(String(count));
  },
  transformReply: undefined as unknown as () => string | Array<string> | null,
} as const satisfies Command;
