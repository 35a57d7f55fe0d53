import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { pushExpireMode, type ExpireMode } from './helpers/expire-mode';
import { numberArgument } from './helpers/arguments';

/** `PEXPIRE key ms [NX | XX | GT | LT]`: sets a time to live in milliseconds; 1 if it was set, 0 if not. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, ms: number, mode?: ExpireMode) {
    parser.push('PEXPIRE');
    parser.pushKey(key);
    parser.push(numberArgument(ms, 'PEXPIRE ms'));
    pushExpireMode('PEXPIRE', parser, mode);
  },
  transformReply: undefined as unknown as () => 0 | 1,
} as const satisfies Command;
