import type { Command, CommandParser, MapReply, RedisArgument, TypeMapping } from '@x/modules';
import { doubleReply } from './helpers/double-reply';
import { flatToMapReply } from './helpers/map-reply';

// The figures RESP2 sends as doubles (bulk strings).
const DOUBLES = new Set(['avg-dense-size', 'avg-dense-fill', 'avg-sparse-size']);

/**
 * `ARINFO key [FULL]`: the array's metadata by name. RESP3 sends a map; RESP2's flat array is shaped
 * like it under the `MAP` mapping, its averages as numbers (kept as sent under `DOUBLE: String`). Redis 8+ (the array type); not runnable on the 7.0 servers these tests use.
 */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument, options?: { FULL?: boolean }) {
    parser.push('ARINFO');
    parser.pushKey(key);
    if (options?.FULL) parser.push('FULL');
  },
  transformReply: {
    2: (reply: Array<unknown>, _preserve?: unknown, typeMapping?: TypeMapping) => {
      const values = reply.slice();
      for (let i = 0; i < values.length; i += 2) {
        if (DOUBLES.has(String(values[i]))) values[i + 1] = doubleReply(values[i + 1], typeMapping);
      }
      return flatToMapReply<MapReply<string, number>>(values, typeMapping);
    },
    3: undefined as unknown as () => MapReply<string, number>,
  },
} as const satisfies Command;
