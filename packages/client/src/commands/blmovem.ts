import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { numberArgument, tokenArgument } from './helpers/arguments';
import { LIST_SIDES, type ListSide } from './helpers/list-side';
import { pushMoveManyOptions, type LMoveMOptions } from './helpers/list-move-many';

/**
 * `BLMOVEM source destination LEFT|RIGHT LEFT|RIGHT timeout [COUNT|EXACTLY n OBO|BULK]`: `LMOVEM`
 * that waits up to `timeout` seconds (0: forever) for `source` to have elements; null on timeout.
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
    timeout: number,
    options?: LMoveMOptions,
  ) {
    parser.push('BLMOVEM');
    parser.pushKeys([source, destination]);
    parser.push(
      tokenArgument(sourceSide, LIST_SIDES, 'BLMOVEM sourceSide'),
      tokenArgument(destinationSide, LIST_SIDES, 'BLMOVEM destinationSide'),
      numberArgument(timeout, 'BLMOVEM timeout'),
    );
    pushMoveManyOptions(parser, 'BLMOVEM', options);
  },
  transformReply: undefined as unknown as () => Array<string> | null,
} as const satisfies Command;
