import type { Command, CommandParser, RedisArgument } from '@x/modules';

/**
 * `DIGEST key` (Redis 8.4+; not runnable on the 7.0 servers these tests use): a hash of the
 * string value as hex text (what `DELEX … IFDEQ` and `SET … IFDEQ` compare), or null for a missing key.
 */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument) {
    parser.push('DIGEST');
    parser.pushKey(key);
  },
  transformReply: undefined as unknown as () => string | null,
} as const satisfies Command;
