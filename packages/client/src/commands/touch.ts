import type { Command, CommandParser, RedisVariadicArgument } from '@x/modules';

/** `TOUCH key [key …]`: Updates the last access time; the number of the keys that exist. Every key is recorded. */
export default {
  IS_READ_ONLY: true,
  REQUEST_POLICY: 'multi_shard',
  RESPONSE_POLICY: 'agg_sum',
  parseCommand(parser: CommandParser, keys: RedisVariadicArgument) {
    parser.push('TOUCH');
    parser.pushKeys(keys);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
