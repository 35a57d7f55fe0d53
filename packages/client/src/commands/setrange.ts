import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `SETRANGE key offset value`: the length of the string after the write. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, offset: number, value: RedisArgument) {
    parser.push('SETRANGE');
    parser.pushKey(key);
    parser.push(String(offset), value);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
