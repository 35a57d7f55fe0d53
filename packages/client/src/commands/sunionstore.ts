import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';

/** `SUNIONSTORE destination key [key …]`: stores the union in `destination`; its number of members. */
export default {
  parseCommand(parser: CommandParser, destination: RedisArgument, keys: RedisVariadicArgument) {
    parser.push('SUNIONSTORE');
    parser.pushKey(destination);
    parser.pushKeys(keys);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
