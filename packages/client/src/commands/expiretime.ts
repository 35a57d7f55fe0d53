import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `EXPIRETIME key`: the Unix time (seconds) the key expires at; -1 without an expiry, -2 for a missing key. */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument) {
    parser.push('EXPIRETIME');
    parser.pushKey(key);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
