import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { numberArgument } from './helpers/arguments';

/**
 * `INCRBYFLOAT key increment`: the value after the increment, as Redis formats it (a string, as
 * node-redis returns it: the exact decimal the server stored).
 */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, increment: number) {
    parser.push('INCRBYFLOAT');
    parser.pushKey(key);
    parser.push(numberArgument(increment, 'INCRBYFLOAT increment'));
  },
  transformReply: undefined as unknown as () => string,
} as const satisfies Command;
