import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `LCS key1 key2`: the longest common subsequence of the two strings. */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key1: RedisArgument, key2: RedisArgument) {
    parser.push('LCS');
    parser.pushKeys([key1, key2]);
  },
  transformReply: undefined as unknown as () => string,
} as const satisfies Command;
