import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `DECR key`: the value after the decrement. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument) {
    parser.push('DECR');
    parser.pushKey(key);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
