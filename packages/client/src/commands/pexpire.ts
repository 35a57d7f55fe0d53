import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { numberArgument } from './helpers/argument-checks';
import { pushExpireMode, type ExpireMode } from './helpers/expire-mode';

/** `PEXPIRE key ms [NX | XX | GT | LT]`: sets a time to live in milliseconds; 1 if it was set, 0 if not. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, ms: number, mode?: ExpireMode) {
    parser.push('PEXPIRE');
    parser.pushKey(key);
    parser.push(numberArgument('PEXPIRE', 'ms', ms));
    pushExpireMode('PEXPIRE', parser, mode);
  },
  transformReply: undefined as unknown as () => 0 | 1,
} as const satisfies Command;
