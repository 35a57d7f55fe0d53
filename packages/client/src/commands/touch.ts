import type { Command, CommandParser, RedisVariadicArgument } from '@x/modules';

/**
 * `TOUCH key [key …]`: updates the last access time; the number of the keys that exist. Every key is
 * recorded. Redis flags it read-only, but its only effect is on the eviction data of the node it runs
 * on, so — as node-redis pins it — it always goes to the master, and is never cached.
 */
export default {
  IS_READ_ONLY: false,
  CACHEABLE: false,
  REQUEST_POLICY: 'multi_shard',
  RESPONSE_POLICY: 'agg_sum',
  parseCommand(parser: CommandParser, keys: RedisVariadicArgument) {
    parser.push('TOUCH');
    parser.pushKeys(keys);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
