import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';

/** `XACK key group id [id …]`: the number of entries acknowledged. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, group: RedisArgument, ids: RedisVariadicArgument) {
    parser.push('XACK');
    parser.pushKey(key);
    parser.push(group);
    parser.pushVariadic(ids);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
