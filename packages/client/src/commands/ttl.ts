import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `TTL key`: seconds to live, -1 without a timeout, -2 when the key does not exist. */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument) {
    parser.push('TTL');
    parser.pushKey(key);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
