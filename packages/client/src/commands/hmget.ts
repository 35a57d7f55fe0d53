import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';

/** `HMGET key field [field …]`: each value, null for a missing field. */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument, fields: RedisVariadicArgument) {
    parser.push('HMGET');
    parser.pushKey(key);
    parser.pushVariadic(fields);
  },
  transformReply: undefined as unknown as () => Array<string | null>,
} as const satisfies Command;
