import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { numberArgument } from './helpers/arguments';

/** `LRANGE key start stop`: the elements in the range (inclusive; negative from the end). */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument, start: number, stop: number) {
    parser.push('LRANGE');
    parser.pushKey(key);
    parser.push(numberArgument(start, 'LRANGE start'), numberArgument(stop, 'LRANGE stop'));
  },
  transformReply: undefined as unknown as () => Array<string>,
} as const satisfies Command;
