import type { Command, CommandParser, RedisVariadicArgument } from '@x/modules';

/** `EXISTS key [key …]`: The number of the keys that exist (a key given twice counts twice). Every key is recorded. */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  REQUEST_POLICY: 'multi_shard',
  RESPONSE_POLICY: 'agg_sum',
  parseCommand(parser: CommandParser, keys: RedisVariadicArgument) {
    parser.push('EXISTS');
    parser.pushKeys(keys);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
