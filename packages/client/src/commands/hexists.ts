import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `HEXISTS key field`: 1 if the field exists, else 0. */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument, field: RedisArgument) {
    parser.push('HEXISTS');
    parser.pushKey(key);
    parser.push(field);
  },
  transformReply: undefined as unknown as () => 0 | 1,
} as const satisfies Command;
