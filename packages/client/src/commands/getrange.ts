import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { numberArgument } from './helpers/arguments';

/** `GETRANGE key start end`: the substring between the offsets (inclusive; negative from the end). */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument, start: number, end: number) {
    parser.push('GETRANGE');
    parser.pushKey(key);
    parser.push(numberArgument(start, 'GETRANGE start'), numberArgument(end, 'GETRANGE end'));
  },
  transformReply: undefined as unknown as () => string,
} as const satisfies Command;
