import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';
import type { ArIndex } from './helpers/array-type';

/** `ARRING key size value [value …]`: appends to a ring buffer of `size` elements; the index of the last one written. Redis 8+ (the array type); not runnable on the 7.0 servers these tests use. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, size: ArIndex, values: RedisVariadicArgument) {
    parser.push('ARRING');
    parser.pushKey(key);
    parser.push(String(size));
    parser.pushVariadic(values);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
