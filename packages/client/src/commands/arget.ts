import type { Command, CommandParser, RedisArgument } from '@x/modules';
import type { ArIndex } from './helpers/array-type';

/** `ARGET key index`: the element at the index, or null. Redis 8+ (the array type); not runnable on the 7.0 servers these tests use. */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument, index: ArIndex) {
    parser.push('ARGET');
    parser.pushKey(key);
    parser.push(String(index));
  },
  transformReply: undefined as unknown as () => string | null,
} as const satisfies Command;
