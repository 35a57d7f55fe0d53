import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `PEXPIRE key milliseconds [NX | XX | GT | LT]`: 1 if the timeout was set, 0 if not. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, milliseconds: number, mode?: 'NX' | 'XX' | 'GT' | 'LT') {
    parser.push('PEXPIRE');
    parser.pushKey(key);
    parser.push(String(milliseconds));
    if (mode !== undefined) parser.push(mode);
  },
  transformReply: undefined as unknown as () => 0 | 1,
} as const satisfies Command;
