import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** What `VINFO` says about a vector set (`'quant-type'`, `'vector-dim'`, `size`, …). */
export type VInfoReply = Record<string, string | number>;

/**
 * `VINFO key`: the vector set's metadata, or null. RESP2's flat array is read into a plain object
 * (node-redis's shape whatever the mapping); RESP3 sends a map, shaped by the type mapping. Redis 8.0+ (vector sets); not runnable on the 7.0 servers these tests use.
 */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument) {
    parser.push('VINFO');
    parser.pushKey(key);
  },
  transformReply: {
    2: (reply: Array<unknown> | null): VInfoReply | null => {
      if (reply === null) return null;
      const info: VInfoReply = {};
      for (let i = 0; i < reply.length; i += 2) info[String(reply[i])] = reply[i + 1] as string | number;
      return info;
    },
    3: undefined as unknown as () => VInfoReply | null,
  },
} as const satisfies Command;
