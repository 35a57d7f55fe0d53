import type { Command, CommandParser, RedisArgument } from '@x/modules';
import type { ArIndex } from './helpers/array-type';

/** `ARGETRANGE key start end`: the elements from start to end (null where unset). Redis 8+ (the array type); not runnable on the 7.0 servers these tests use. */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument, start: ArIndex, end: ArIndex) {
    parser.push('ARGETRANGE');
    parser.pushKey(key);
    parser.push(String(start), String(end));
  },
  transformReply: undefined as unknown as () => Array<string | null>,
} as const satisfies Command;
