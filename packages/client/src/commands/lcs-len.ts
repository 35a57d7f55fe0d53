import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `LCS key1 key2 LEN` (node-redis's `lcsLen`): the length of the longest common subsequence. */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key1: RedisArgument, key2: RedisArgument) {
    parser.push('LCS');
    parser.pushKeys([key1, key2]);
    parser.push('LEN');
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
