import type { Command, CommandParser, RedisVariadicArgument } from '@x/modules';

/** `UNLINK key [key …]`: Deletes the keys (memory reclaimed in the background); the number of keys unlinked. Every key is recorded. */
export default {
  REQUEST_POLICY: 'multi_shard',
  RESPONSE_POLICY: 'agg_sum',
  parseCommand(parser: CommandParser, keys: RedisVariadicArgument) {
    parser.push('UNLINK');
    parser.pushKeys(keys);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
