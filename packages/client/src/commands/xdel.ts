import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';

/** `XDEL key id [id …]`: the number of entries deleted. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, ids: RedisVariadicArgument) {
    parser.push('XDEL');
    parser.pushKey(key);
    parser.pushVariadic(ids);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
