import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { pushSortArguments, type SortOptions } from './helpers/sort';

/**
 * `SORT source [BY p] [LIMIT o c] [GET p …] [ASC | DESC] [ALPHA] STORE destination` (node-redis's
 * `sortStore`): stores the sorted elements as a list; its length.
 */
export default {
  parseCommand(parser: CommandParser, source: RedisArgument, destination: RedisArgument, options?: SortOptions) {
    parser.push('SORT');
    pushSortArguments('SORT STORE', parser, source, options);
    parser.push('STORE');
    parser.pushKey(destination);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
