import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { tokenArgument } from './helpers/arguments';
import { LIST_SIDES, type ListSide } from './helpers/list-side';

/**
 * `LMOVE source destination LEFT|RIGHT LEFT|RIGHT`: moves an element from one end of `source` to
 * one end of `destination` and returns it; null when `source` is empty.
 */
export default {
  parseCommand(parser: CommandParser, source: RedisArgument, destination: RedisArgument, sourceSide: ListSide, destinationSide: ListSide) {
    parser.push('LMOVE');
    parser.pushKeys([source, destination]);
    parser.push(tokenArgument(sourceSide, LIST_SIDES, 'LMOVE sourceSide'), tokenArgument(destinationSide, LIST_SIDES, 'LMOVE destinationSide'));
  },
  transformReply: undefined as unknown as () => string | null,
} as const satisfies Command;
