import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { numberArgument, stringArgument } from './helpers/arguments';

/** x's earlier form of the range: an object (kept working). */
export interface BitPosRange {
  start: number;
  end?: number;
  indexUnit?: 'BYTE' | 'BIT';
}

/**
 * `BITPOS key bit [start [end [BYTE | BIT]]]`: the position of the first bit set to `bit`, or -1.
 * node-redis's positional `start, end, mode`, or x's earlier `{ start, end, indexUnit }`.
 */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument, bit: 0 | 1, start?: number | BitPosRange, end?: number, mode?: 'BYTE' | 'BIT') {
    parser.push('BITPOS');
    parser.pushKey(key);
    parser.push(numberArgument(bit, 'BITPOS bit'));
    if (typeof start === 'object' && start !== null) {
      if (end !== undefined || mode !== undefined) throw new TypeError('BITPOS a range object takes no end or mode after it');
      ({ start, end, indexUnit: mode } = start);
    }
    if (start !== undefined) parser.push(numberArgument(start, 'BITPOS start'));
    if (end !== undefined) {
      // Redis reads `end` only after a `start`: without one it would be taken as the start.
      if (start === undefined) throw new TypeError('BITPOS end needs a start');
      parser.push(numberArgument(end, 'BITPOS end'));
    }
    if (mode) {
      if (end === undefined) throw new TypeError('BITPOS mode needs a start and an end');
      parser.push(stringArgument(mode, 'BITPOS mode'));
    }
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
