import type { Command, CommandParser, RedisArgument } from '@x/modules';

/**
 * `LCS key1 key2`: the longest common subsequence of the two strings. x's earlier options (`LEN`,
 * `IDX`, …) are node-redis's `lcsLen`, `lcsIdx` and `lcsIdxWithMatchLen` now (each with its own reply
 * type): one given here is refused, not ignored.
 */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key1: RedisArgument, key2: RedisArgument, ...unexpected: Array<never>) {
    if (unexpected.length > 0 && unexpected[0] !== undefined) throw new TypeError('LCS takes two keys; for LEN or IDX use lcsLen, lcsIdx or lcsIdxWithMatchLen');
    parser.push('LCS');
    parser.pushKeys([key1, key2]);
  },
  transformReply: undefined as unknown as () => string,
} as const satisfies Command;
