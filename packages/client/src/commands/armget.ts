import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { pushArIndices, type ArIndex } from './helpers/array-type';

/** `ARMGET key index [index …]`: the elements at the indices (null where unset). Redis 8+ (the array type); not runnable on the 7.0 servers these tests use. */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument, indices: ArIndex | Array<ArIndex>) {
    parser.push('ARMGET');
    parser.pushKey(key);
    pushArIndices(parser, indices);
  },
  transformReply: undefined as unknown as () => Array<string | null>,
} as const satisfies Command;
