import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { pushSortArguments, type SortOptions } from './helpers/sort';

/**
 * `SORT_RO key [BY p] [LIMIT o c] [GET p …] [ASC | DESC] [ALPHA]`: `SORT` without `STORE`, so it may
 * run on a replica. Not cacheable (as node-redis marks it): with `BY` or `GET` the reply depends on
 * other keys, whose changes would not invalidate it.
 */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: false,
  parseCommand(parser: CommandParser, key: RedisArgument, options?: SortOptions) {
    parser.push('SORT_RO');
    pushSortArguments('SORT_RO', parser, key, options);
  },
  transformReply: undefined as unknown as () => Array<string | null>,
} as const satisfies Command;
