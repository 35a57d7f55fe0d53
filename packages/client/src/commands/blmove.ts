import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { numberArgument, tokenArgument } from './helpers/arguments';
import { LIST_SIDES, type ListSide } from './helpers/list-side';

/**
 * `BLMOVE source destination LEFT|RIGHT LEFT|RIGHT timeout`: waits up to `timeout` seconds (0:
 * forever) for an element of `source`, moves it to `destination` and returns it; null on timeout.
 */
export default {
  parseCommand(
    parser: CommandParser,
    source: RedisArgument,
    destination: RedisArgument,
    sourceSide: ListSide,
    destinationSide: ListSide,
    timeout: number,
  ) {
    parser.push('BLMOVE');
    parser.pushKeys([source, destination]);
    parser.push(
      tokenArgument(sourceSide, LIST_SIDES, 'BLMOVE sourceSide'),
      tokenArgument(destinationSide, LIST_SIDES, 'BLMOVE destinationSide'),
      numberArgument(timeout, 'BLMOVE timeout'),
    );
  },
  transformReply: undefined as unknown as () => string | null,
} as const satisfies Command;
