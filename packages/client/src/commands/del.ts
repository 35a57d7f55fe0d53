import type { Command, CommandParser, RedisVariadicArgument } from '@x/modules';

/** `DEL key [key …]`: Deletes the keys; the number of keys deleted. Every key is recorded. */
export default {
  REQUEST_POLICY: 'multi_shard',
  RESPONSE_POLICY: 'agg_sum',
  parseCommand(parser: CommandParser, keys: RedisVariadicArgument) {
    parser.push('DEL');
    parser.pushKeys(keys);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
