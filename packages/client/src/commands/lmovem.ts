import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { tokenArgument } from './helpers/arguments';
import { LIST_SIDES, type ListSide } from './helpers/list-side';
import { pushMoveManyOptions, type LMoveMOptions } from './helpers/list-move-many';

export type { LMoveMOptions, LMoveMOrder } from './helpers/list-move-many';

/**
 * `LMOVEM source destination LEFT|RIGHT LEFT|RIGHT [COUNT|EXACTLY n OBO|BULK]`: moves several
 * elements from one end of `source` to one end of `destination`; the elements moved, or null.
 * A Redis 8.x command; not runnable on the 7.0 servers these tests use.
 */
export default {
  IS_READ_ONLY: false,
  parseCommand(
    parser: CommandParser,
    source: RedisArgument,
    destination: RedisArgument,
    sourceSide: ListSide,
    destinationSide: ListSide,
    options?: LMoveMOptions,
  ) {
    parser.push('LMOVEM');
    parser.pushKeys([source, destination]);
    parser.push(tokenArgument(sourceSide, LIST_SIDES, 'LMOVEM sourceSide'), tokenArgument(destinationSide, LIST_SIDES, 'LMOVEM destinationSide'));
    pushMoveManyOptions(parser, 'LMOVEM', options);
  },
  transformReply: undefined as unknown as () => Array<string> | null,
} as const satisfies Command;
