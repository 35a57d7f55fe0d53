import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { numberArgument } from './helpers/arguments';

/** `LSET key index element`: replaces the element at `index` (negative from the end); `'OK'`. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, index: number, element: RedisArgument) {
    parser.push('LSET');
    parser.pushKey(key);
    parser.push(numberArgument(index, 'LSET index'), element);
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
