import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { indexValuePairs, type ArIndex } from './helpers/array-type';

/** `ARSCAN key start end [LIMIT n]`: the set elements of the range as `{ index, value }`. Redis 8+ (the array type); not runnable on the 7.0 servers these tests use. */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument, start: ArIndex, end: ArIndex, options?: { LIMIT?: number }) {
    parser.push('ARSCAN');
    parser.pushKey(key);
    parser.push(String(start), String(end));
    if (options?.LIMIT !== undefined) parser.push('LIMIT', String(options.LIMIT));
  },
  transformReply: indexValuePairs,
} as const satisfies Command;
