import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';
import type { ArIndex } from './helpers/array-type';

/** `ARSET key index value [value …]`: sets elements from the index on; how many were newly set. Redis 8+ (the array type); not runnable on the 7.0 servers these tests use. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, index: ArIndex, value: RedisVariadicArgument) {
    parser.push('ARSET');
    parser.pushKey(key);
    parser.push(String(index));
    parser.pushVariadic(value);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
