import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `EXPIRE key seconds [NX | XX | GT | LT]`: 1 if the timeout was set, 0 if not. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, seconds: number, mode?: 'NX' | 'XX' | 'GT' | 'LT') {
    parser.push('EXPIRE');
    parser.pushKey(key);
    parser.push(String(seconds));
    if (mode !== undefined) parser.push(mode);
  },
  transformReply: undefined as unknown as () => 0 | 1,
} as const satisfies Command;
