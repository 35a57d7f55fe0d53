import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';
import { unixSecondsArgument } from './helpers/unix-time';
import type { SetMemberExpiration } from './sexpire';
import { pushCountedBlock, pushExpirationCondition, type ExpirationCondition } from './helpers/member-expiration';

/**
 * `SEXPIREAT key timestamp [NX | XX | GT | LT] MEMBERS nummembers member …`: sets the Unix time
 * (seconds, or a `Date`) at which the members expire, per member: -2 no such member, 0 condition
 * not met, 1 set, 2 deleted (the time is in the past).
 * Redis 8.12+; not runnable on the 7.0 servers these tests use.
 */
export default {
  parseCommand(
    parser: CommandParser,
    key: RedisArgument,
    members: RedisVariadicArgument,
    timestamp: number | Date,
    mode?: ExpirationCondition,
  ) {
    parser.push('SEXPIREAT');
    parser.pushKey(key);
    parser.push(unixSecondsArgument(timestamp, 'SEXPIREAT timestamp'));
    pushExpirationCondition(parser, mode, 'SEXPIREAT');
    pushCountedBlock(parser, 'MEMBERS', members);
  },
  transformReply: undefined as unknown as () => Array<SetMemberExpiration>,
} as const satisfies Command;
