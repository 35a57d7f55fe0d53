import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `LINDEX key index`: the element at `index` (negative from the end), or null. */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument, index: number) {
    parser.push('LINDEX');
    parser.pushKey(key);
    parser.push(String(index));
  },
  transformReply: undefined as unknown as () => string | null,
} as const satisfies Command;
