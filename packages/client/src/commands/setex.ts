import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { numberArgument } from './helpers/arguments';

/** `SETEX key seconds value`: sets the value with a time to live; `'OK'`. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, seconds: number, value: RedisArgument) {
    parser.push('SETEX');
    parser.pushKey(key);
    parser.push(numberArgument(seconds, 'SETEX seconds'), value);
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
