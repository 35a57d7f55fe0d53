import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `SETEX key seconds value`: `'OK'`. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, seconds: number, value: RedisArgument) {
    parser.push('SETEX');
    parser.pushKey(key);
    parser.push(String(seconds), value);
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
