import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { unixTimeArgument } from './helpers/argument-checks';
import { pushExpireMode, type ExpireMode } from './helpers/expire-mode';

/** `PEXPIREAT key msTimestamp [NX | XX | GT | LT]`: sets the Unix time (milliseconds, or a Date) the key expires at; 1 if it was set, 0 if not. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, msTimestamp: number | Date, mode?: ExpireMode) {
    parser.push('PEXPIREAT');
    parser.pushKey(key);
    parser.push(unixTimeArgument('PEXPIREAT', 'msTimestamp', msTimestamp, 'ms'));
    pushExpireMode('PEXPIREAT', parser, mode);
  },
  transformReply: undefined as unknown as () => 0 | 1,
} as const satisfies Command;
