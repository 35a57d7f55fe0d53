import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';

/** `SDIFFSTORE destination key [key …]`: stores the difference in `destination`; its number of members. */
export default {
  parseCommand(parser: CommandParser, destination: RedisArgument, keys: RedisVariadicArgument) {
    parser.push('SDIFFSTORE');
    parser.pushKey(destination);
    parser.pushKeys(keys);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
