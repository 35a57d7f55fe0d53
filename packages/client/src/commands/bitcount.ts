import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { numberArgument, objectArgument, stringArgument } from './helpers/argument-checks';

/** The range `BITCOUNT` counts in: bytes by default, bits with `mode: 'BIT'` (Redis 7+). */
export interface BitCountRange {
  start: number;
  end: number;
  mode?: 'BYTE' | 'BIT';
}

/** `BITCOUNT key [start end [BYTE | BIT]]`: how many bits are set. */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument, range?: BitCountRange) {
    parser.push('BITCOUNT');
    parser.pushKey(key);
    if (!range) return;
    const r = objectArgument<{ start?: unknown; end?: unknown; mode?: unknown }>('BITCOUNT', 'range', range);
    parser.push(numberArgument('BITCOUNT', 'range.start', r.start), numberArgument('BITCOUNT', 'range.end', r.end));
    if (r.mode) parser.push(stringArgument('BITCOUNT', 'range.mode', r.mode));
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
