import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { numberArgument } from './helpers/arguments';

/** `PSETEX key milliseconds value`: sets the value with a time to live in milliseconds; `'OK'`. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, ms: number, value: RedisArgument) {
    parser.push('PSETEX');
    parser.pushKey(key);
    parser.push(numberArgument(ms, 'PSETEX milliseconds'), value);
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
