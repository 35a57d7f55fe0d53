import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';

/** `ZDIFFSTORE destination numkeys key [key …]`: stores the difference; the number of members stored. */
export default {
  parseCommand(parser: CommandParser, destination: RedisArgument, keys: RedisVariadicArgument) {
    parser.push('ZDIFFSTORE');
    parser.pushKey(destination);
    parser.pushKeysLength(keys);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
