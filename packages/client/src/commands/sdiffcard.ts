import type { Command, CommandParser, RedisVariadicArgument } from '@x/modules';
import { numberArgument } from './helpers/arguments';

/** Options of `sDiffCard`: stop counting at `LIMIT` (0: no limit). */
export interface SDiffCardOptions {
  LIMIT?: number;
}

/**
 * `SDIFFCARD numkeys key [key …] [LIMIT limit]`: the number of members of the first set that are
 * in none of the others. `numkeys` is counted for you.
 * Redis 8.10+; not runnable on the 7.0 servers these tests use.
 */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, keys: RedisVariadicArgument, options?: SDiffCardOptions) {
    parser.push('SDIFFCARD');
    parser.pushKeysLength(keys);
    if (options?.LIMIT !== undefined) parser.push('LIMIT', numberArgument(options.LIMIT, 'SDIFFCARD LIMIT'));
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
