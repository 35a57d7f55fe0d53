import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { pushExpireMode, type ExpireMode } from './helpers/expire-mode';
import { unixMillisecondsArgument } from './helpers/unix-time';

/** `PEXPIREAT key msTimestamp [NX | XX | GT | LT]`: sets the Unix time (milliseconds, or a Date) the key expires at; 1 if it was set, 0 if not. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, msTimestamp: number | Date, mode?: ExpireMode) {
    parser.push('PEXPIREAT');
    parser.pushKey(key);
    parser.push(unixMillisecondsArgument(msTimestamp, 'PEXPIREAT msTimestamp'));
    pushExpireMode('PEXPIREAT', parser, mode);
  },
  transformReply: undefined as unknown as () => 0 | 1,
} as const satisfies Command;
