import type { Command, CommandParser, RedisVariadicArgument } from '@x/modules';
import { integerLike } from './helpers/argument-errors';

/** Options of `ZINTERCARD`. */
export interface ZInterCardOptions {
  /** Stop counting at this many (0: no limit). */
  LIMIT?: number;
}

/**
 * `ZINTERCARD numkeys key [key …] [LIMIT limit]`: the size of the intersection. The limit as a number
 * (node-redis's older form) or `{ LIMIT }`.
 */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, keys: RedisVariadicArgument, options?: number | ZInterCardOptions) {
    parser.push('ZINTERCARD');
    parser.pushKeysLength(keys);
    if (typeof options === 'number') parser.push('LIMIT', String(options));
    else if (options?.LIMIT !== undefined) parser.push('LIMIT', integerLike('ZINTERCARD', 'options.LIMIT', options.LIMIT));
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
