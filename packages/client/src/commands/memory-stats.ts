import type { Command, CommandParser, TypeMapping } from '@x/modules';
import { doubleReply } from './helpers/double-reply';

/** `MEMORY STATS`: the server's memory figures by name (`'peak.allocated'`, `'fragmentation'`, …). */
export type MemoryStatsReply = Record<string, number | string | Record<string, number>>;

// The figures RESP2 sends as doubles (bulk strings); RESP3 sends them as doubles already.
const DOUBLES = new Set([
  'dataset.percentage',
  'peak.percentage',
  'allocator-fragmentation.ratio',
  'allocator-rss.ratio',
  'rss-overhead.ratio',
  'fragmentation',
]);

/**
 * `MEMORY STATS`: the server's memory figures. RESP3 sends a map; RESP2's flat array is read into a
 * plain object (node-redis's shape whatever the `MAP` mapping), its ratios and percentages as
 * numbers (kept as sent under a `DOUBLE: String` mapping).
 */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  REQUEST_POLICY: 'all_shards',
  RESPONSE_POLICY: 'special',
  parseCommand(parser: CommandParser) {
    parser.push('MEMORY', 'STATS');
  },
  transformReply: {
    2: (reply: Array<unknown>, _preserve?: unknown, typeMapping?: TypeMapping): MemoryStatsReply => {
      const stats: MemoryStatsReply = {};
      for (let i = 0; i < reply.length; i += 2) {
        const name = String(reply[i]);
        stats[name] = (DOUBLES.has(name) ? doubleReply(reply[i + 1], typeMapping) : reply[i + 1]) as number;
      }
      return stats;
    },
    3: undefined as unknown as () => MemoryStatsReply,
  },
} as const satisfies Command;
