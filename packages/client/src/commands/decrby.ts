import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { numberArgument } from './helpers/arguments';

/** `DECRBY key decrement`: the value after the decrement. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, decrement: number) {
    parser.push('DECRBY');
    parser.pushKey(key);
    parser.push(numberArgument(decrement, 'DECRBY decrement'));
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
