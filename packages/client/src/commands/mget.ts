import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `MGET key [key …]`: each value, null for a missing key. Every key is recorded. */
export default {
  IS_READ_ONLY: true,
  REQUEST_POLICY: 'multi_shard',
  parseCommand(parser: CommandParser, keys: Array<RedisArgument>) {
    parser.push('MGET');
    parser.pushKeys(keys);
  },
  transformReply: undefined as unknown as () => Array<string | null>,
} as const satisfies Command;
