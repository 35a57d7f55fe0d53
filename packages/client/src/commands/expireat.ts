import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { pushExpireMode, type ExpireMode } from './helpers/expire-mode';
import { unixSecondsArgument } from './helpers/unix-time';

/** `EXPIREAT key timestamp [NX | XX | GT | LT]`: sets the Unix time (seconds, or a Date) the key expires at; 1 if it was set, 0 if not. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, timestamp: number | Date, mode?: ExpireMode) {
    parser.push('EXPIREAT');
    parser.pushKey(key);
    parser.push(unixSecondsArgument(timestamp, 'EXPIREAT timestamp'));
    pushExpireMode('EXPIREAT', parser, mode);
  },
  transformReply: undefined as unknown as () => 0 | 1,
} as const satisfies Command;
