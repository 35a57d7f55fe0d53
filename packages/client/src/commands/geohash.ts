import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';

/** `GEOHASH key member [member …]`: each member's geohash, or null where it is not there. */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument, members: RedisVariadicArgument) {
    parser.push('GEOHASH');
    parser.pushKey(key);
    parser.pushVariadic(members);
  },
  transformReply: undefined as unknown as () => Array<string | null>,
} as const satisfies Command;
