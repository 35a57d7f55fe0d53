import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { unixTimeArgument } from './helpers/argument-checks';
import { pushExpireMode, type ExpireMode } from './helpers/expire-mode';

/** `EXPIREAT key timestamp [NX | XX | GT | LT]`: sets the Unix time (seconds, or a Date) the key expires at; 1 if it was set, 0 if not. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, timestamp: number | Date, mode?: ExpireMode) {
    parser.push('EXPIREAT');
    parser.pushKey(key);
    parser.push(unixTimeArgument('EXPIREAT', 'timestamp', timestamp, 's'));
    pushExpireMode('EXPIREAT', parser, mode);
  },
  transformReply: undefined as unknown as () => 0 | 1,
} as const satisfies Command;
