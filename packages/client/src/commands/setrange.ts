import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { numberArgument } from './helpers/arguments';

/** `SETRANGE key offset value`: overwrites part of the string; its length after. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, offset: number, value: RedisArgument) {
    parser.push('SETRANGE');
    parser.pushKey(key);
    parser.push(numberArgument(offset, 'SETRANGE offset'), value);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
