import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { pushArIndices, type ArIndex } from './helpers/array-type';

/** `ARDEL key index [index …]`: unsets elements; how many were set. Redis 8+ (the array type); not runnable on the 7.0 servers these tests use. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, indices: ArIndex | Array<ArIndex>) {
    parser.push('ARDEL');
    parser.pushKey(key);
    pushArIndices(parser, indices);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
