import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { numberArgument } from './helpers/arguments';

/** `LTRIM key start stop`: keeps only the range; `'OK'`. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, start: number, stop: number) {
    parser.push('LTRIM');
    parser.pushKey(key);
    parser.push(numberArgument(start, 'LTRIM start'), numberArgument(stop, 'LTRIM stop'));
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
