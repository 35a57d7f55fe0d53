import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';

/** `HDEL key field [field …]`: the number of fields removed. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, fields: RedisVariadicArgument) {
    parser.push('HDEL');
    parser.pushKey(key);
    parser.pushVariadic(fields);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
