import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { numberArgument } from './helpers/arguments';

/** `HINCRBY key field increment`: the value after the increment. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, field: RedisArgument, increment: number) {
    parser.push('HINCRBY');
    parser.pushKey(key);
    parser.push(field, numberArgument(increment, 'HINCRBY increment'));
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
