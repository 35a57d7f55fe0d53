import type { Command, CommandParser, RedisVariadicArgument } from '@x/modules';
import { numberArgument } from './helpers/arguments';

/** Options of `sInterCard`: stop counting at `LIMIT` (0: no limit). */
export interface SInterCardOptions {
  LIMIT?: number;
}

/**
 * `SINTERCARD numkeys key [key …] [LIMIT limit]`: the number of members of the intersection.
 * `numkeys` is counted for you; the limit as `{ LIMIT }` or, as node-redis also takes it, a number.
 */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, keys: RedisVariadicArgument, options?: SInterCardOptions | number) {
    parser.push('SINTERCARD');
    parser.pushKeysLength(keys);
    const limit = typeof options === 'number' ? options : options?.LIMIT;
    if (limit !== undefined) parser.push('LIMIT', numberArgument(limit, 'SINTERCARD LIMIT'));
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
