import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { numberArgument } from './helpers/arguments';

/** `LINDEX key index`: the element at `index` (negative from the end), or null. */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument, index: number) {
    parser.push('LINDEX');
    parser.pushKey(key);
    parser.push(numberArgument(index, 'LINDEX index'));
  },
  transformReply: undefined as unknown as () => string | null,
} as const satisfies Command;
