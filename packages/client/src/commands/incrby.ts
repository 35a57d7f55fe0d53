import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `INCRBY key increment`: the value after the increment. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, increment: number) {
    parser.push('INCRBY');
    parser.pushKey(key);
    parser.push(String(increment));
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
