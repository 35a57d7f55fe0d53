import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `GETRANGE key start end`: the substring (offsets inclusive; negative from the end). */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument, start: number, end: number) {
    parser.push('GETRANGE');
    parser.pushKey(key);
    parser.push(String(start), String(end));
  },
  transformReply: undefined as unknown as () => string,
} as const satisfies Command;
