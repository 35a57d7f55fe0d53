import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { tokenArgument } from './helpers/arguments';

/**
 * `LINSERT key BEFORE|AFTER pivot element`: the length of the list after the insert, -1 when
 * `pivot` is not in the list, 0 when the key does not exist.
 */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, position: 'BEFORE' | 'AFTER', pivot: RedisArgument, element: RedisArgument) {
    parser.push('LINSERT');
    parser.pushKey(key);
    parser.push(tokenArgument(position, ['BEFORE', 'AFTER'], 'LINSERT position'), pivot, element);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
