import type { Command, CommandParser, RedisVariadicArgument } from '@x/modules';
import { numberArgument } from './helpers/arguments';

/** Options of `sUnionCard`: an estimate (`APPROX`, HyperLogLog), stop counting at `LIMIT` (0: no limit). */
export interface SUnionCardOptions {
  APPROX?: boolean;
  LIMIT?: number;
}

/**
 * `SUNIONCARD numkeys key [key …] [APPROX] [LIMIT limit]`: the number of members of the union.
 * `numkeys` is counted for you. Redis 8.10+; not runnable on the 7.0 servers these tests use.
 */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, keys: RedisVariadicArgument, options?: SUnionCardOptions) {
    parser.push('SUNIONCARD');
    parser.pushKeysLength(keys);
    if (options?.APPROX === true) parser.push('APPROX');
    if (options?.LIMIT !== undefined) parser.push('LIMIT', numberArgument(options.LIMIT, 'SUNIONCARD LIMIT'));
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
