import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `APPEND key value`: the length of the string after the append. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, value: RedisArgument) {
    parser.push('APPEND');
    parser.pushKey(key);
    parser.push(value);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
