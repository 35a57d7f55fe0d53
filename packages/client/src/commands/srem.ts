import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';

/** `SREM key member [member …]`: the number of members removed. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, members: RedisVariadicArgument) {
    parser.push('SREM');
    parser.pushKey(key);
    parser.pushVariadic(members);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
