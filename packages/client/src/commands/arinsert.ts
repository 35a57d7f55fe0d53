import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';

/** `ARINSERT key value [value …]`: writes the values at the insertion point and advances it; the index of the last one. Redis 8+ (the array type); not runnable on the 7.0 servers these tests use. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, values: RedisVariadicArgument) {
    parser.push('ARINSERT');
    parser.pushKey(key);
    parser.pushVariadic(values);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
