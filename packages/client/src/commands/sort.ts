import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { pushSortArguments, type SortOptions } from './helpers/sort';

/** `SORT key [BY p] [LIMIT o c] [GET p …] [ASC | DESC] [ALPHA]`: the sorted elements (or the `GET` values). */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, options?: SortOptions) {
    parser.push('SORT');
    pushSortArguments('SORT', parser, key, options);
  },
  transformReply: undefined as unknown as () => Array<string | null>,
} as const satisfies Command;
