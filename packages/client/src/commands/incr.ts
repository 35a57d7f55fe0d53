import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `INCR key`: the value after the increment. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument) {
    parser.push('INCR');
    parser.pushKey(key);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
