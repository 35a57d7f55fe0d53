import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `LRANGE key start stop`: the elements in the range (inclusive; negative from the end). */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument, start: number, stop: number) {
    parser.push('LRANGE');
    parser.pushKey(key);
    parser.push(String(start), String(stop));
  },
  transformReply: undefined as unknown as () => Array<string>,
} as const satisfies Command;
