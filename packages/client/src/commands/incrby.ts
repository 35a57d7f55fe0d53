import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { numberArgument } from './helpers/arguments';

/** `INCRBY key increment`: the value after the increment. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, increment: number) {
    parser.push('INCRBY');
    parser.pushKey(key);
    parser.push(numberArgument(increment, 'INCRBY increment'));
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
