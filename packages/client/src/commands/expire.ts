import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { pushExpireMode, type ExpireMode } from './helpers/expire-mode';
import { numberArgument } from './helpers/arguments';

/** `EXPIRE key seconds [NX | XX | GT | LT]`: sets a time to live in seconds; 1 if it was set, 0 if not. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, seconds: number, mode?: ExpireMode) {
    parser.push('EXPIRE');
    parser.pushKey(key);
    parser.push(numberArgument(seconds, 'EXPIRE seconds'));
    pushExpireMode('EXPIRE', parser, mode);
  },
  transformReply: undefined as unknown as () => 0 | 1,
} as const satisfies Command;
