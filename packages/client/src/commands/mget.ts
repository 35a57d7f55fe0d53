import type { Command, CommandParser, RedisArgument } from '@x/modules';

/**
 * `MGET key [key …]`: each value, null for a missing key. Every key is recorded; on a cluster, keys
 * in several slots are split into one `MGET` per slot and the values put back in the caller's order.
 */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  REQUEST_POLICY: 'multi_shard',
  parseCommand(parser: CommandParser, keys: Array<RedisArgument>) {
    parser.push('MGET');
    parser.pushKeys(keys);
  },
  transformReply: undefined as unknown as () => Array<string | null>,
} as const satisfies Command;
