import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';
import { numberArgument } from './helpers/arguments';
import type { SetMemberExpiration } from './sexpire';
import { pushCountedBlock, pushExpirationCondition, type ExpirationCondition } from './helpers/member-expiration';

/**
 * `SPEXPIRE key ms [NX | XX | GT | LT] MEMBERS nummembers member …`: sets a time to live in
 * milliseconds, per member: -2 no such member, 0 condition not met, 1 set, 2 deleted (the time is
 * in the past).
 * Redis 8.12+; not runnable on the 7.0 servers these tests use.
 */
export default {
  parseCommand(
    parser: CommandParser,
    key: RedisArgument,
    members: RedisVariadicArgument,
    ms: number,
    mode?: ExpirationCondition,
  ) {
    parser.push('SPEXPIRE');
    parser.pushKey(key);
    parser.push(numberArgument(ms, 'SPEXPIRE ms'));
    pushExpirationCondition(parser, mode, 'SPEXPIRE');
    pushCountedBlock(parser, 'MEMBERS', members);
  },
  transformReply: undefined as unknown as () => Array<SetMemberExpiration>,
} as const satisfies Command;
