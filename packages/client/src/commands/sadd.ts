import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';

/** `SADD key member [member …]`: the number of members added. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, members: RedisVariadicArgument) {
    parser.push('SADD');
    parser.pushKey(key);
    parser.pushVariadic(members);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
