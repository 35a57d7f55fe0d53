import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { numberArgument, objectArgument, stringArgument } from './helpers/arguments';

/** The range `BITCOUNT` counts in: bytes by default, bits with `mode: 'BIT'` (Redis 7+). */
export interface BitCountRange {
  start: number;
  end: number;
  mode?: 'BYTE' | 'BIT';
  /** x's earlier name for `mode` (kept working). */
  indexUnit?: 'BYTE' | 'BIT';
}

/** `BITCOUNT key [start end [BYTE | BIT]]`: how many bits are set. */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument, range?: BitCountRange) {
    parser.push('BITCOUNT');
    parser.pushKey(key);
    if (!range) return;
    const r = objectArgument<{ start?: unknown; end?: unknown; mode?: unknown; indexUnit?: unknown }>(range, 'BITCOUNT range');
    parser.push(numberArgument(r.start, 'BITCOUNT range.start'), numberArgument(r.end, 'BITCOUNT range.end'));
    const mode = r.mode ?? r.indexUnit;
    if (mode) parser.push(stringArgument(mode, 'BITCOUNT range.mode'));
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
