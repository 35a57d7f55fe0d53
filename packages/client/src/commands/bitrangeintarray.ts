import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { numberArgument, optionsArgument, stringArgument } from './helpers/arguments';

/** Options of `BITRANGEINTARRAY`. */
export interface BitRangeIntArrayOptions {
  /** Whether `start` and `end` count bytes (the default) or bits. */
  mode?: 'BYTE' | 'BIT';
  /** Only the lowest `LIMIT` offsets (in `BYTE` mode, up to 7 more from the last byte). */
  LIMIT?: number;
  /** The offsets of the clear bits instead of the set ones. */
  ZEROS?: boolean;
}

/**
 * `BITRANGEINTARRAY key start end [BYTE | BIT] [LIMIT count] [ZEROS]` (Redis 8.12+; not runnable on
 * the 7.0 servers these tests use): the bit offsets of the set (or, with `ZEROS`, clear) bits in the
 * range, ascending.
 */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument, start: number | string, end: number | string, options?: BitRangeIntArrayOptions) {
    parser.push('BITRANGEINTARRAY');
    parser.pushKey(key);
    parser.push(numberArgument(start, 'BITRANGEINTARRAY start'), numberArgument(end, 'BITRANGEINTARRAY end'));
    const o = optionsArgument<BitRangeIntArrayOptions>(options, 'BITRANGEINTARRAY options');
    if (o === undefined) return;
    if (o.mode) parser.push(stringArgument(o.mode, 'BITRANGEINTARRAY mode'));
    if (o.LIMIT !== undefined) parser.push('LIMIT', numberArgument(o.LIMIT, 'BITRANGEINTARRAY LIMIT'));
    if (o.ZEROS) parser.push('ZEROS');
  },
  transformReply: undefined as unknown as () => Array<number>,
} as const satisfies Command;
