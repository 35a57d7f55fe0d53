import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `HGET key field`: the value, or null. */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument, field: RedisArgument) {
    parser.push('HGET');
    parser.pushKey(key);
    parser.push(field);
  },
  transformReply: undefined as unknown as () => string | null,
} as const satisfies Command;
