import type { Command, CommandParser, RedisArgument } from '@x/modules';
import type { ArIndex } from './helpers/array-type';

/** `ARDELRANGE key start end [start end …]`: unsets the elements of each range; how many were set. Redis 8+ (the array type); not runnable on the 7.0 servers these tests use. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, ranges: Array<[start: ArIndex, end: ArIndex]>) {
    parser.push('ARDELRANGE');
    parser.pushKey(key);
    for (const [start, end] of ranges) parser.push(String(start), String(end));
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
