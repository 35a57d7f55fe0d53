import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** Options of `MEMORY USAGE`. */
export interface MemoryUsageOptions {
  /** How many nested values to sample (0: all). */
  SAMPLES?: number;
}

/** `MEMORY USAGE key [SAMPLES count]`: the bytes the key and its value use, or null for no key. */
export default {
  IS_READ_ONLY: true,
  // As node-redis: some changes to a key's memory (XGROUP CREATE on a stream) send no invalidation,
  // so a client-side cache would keep a stale figure.
  CACHEABLE: false,
  parseCommand(parser: CommandParser, key: RedisArgument, options?: MemoryUsageOptions) {
    parser.push('MEMORY', 'USAGE');
    parser.pushKey(key);
    if (options?.SAMPLES !== undefined) parser.push('SAMPLES', String(options.SAMPLES));
  },
  transformReply: undefined as unknown as () => number | null,
} as const satisfies Command;
