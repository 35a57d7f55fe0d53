import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';
import { numberArgument } from './helpers/arguments';
import { pushCountedBlock, pushExpirationCondition, type ExpirationCondition } from './helpers/member-expiration';

/** Per-member replies of the `SEXPIRE` family (node-redis's `SET_MEMBER_EXPIRATION`). */
export const SET_MEMBER_EXPIRATION = {
  /** The member does not exist. */
  MEMBER_NOT_EXISTS: -2,
  /** The NX | XX | GT | LT condition was not met. */
  CONDITION_NOT_MET: 0,
  /** The expiration was set or updated. */
  UPDATED: 1,
  /** The member was deleted: the expiration time is in the past. */
  DELETED: 2,
} as const;

/** One of {@link SET_MEMBER_EXPIRATION}. */
export type SetMemberExpiration = (typeof SET_MEMBER_EXPIRATION)[keyof typeof SET_MEMBER_EXPIRATION];

/**
 * `SEXPIRE key seconds [NX | XX | GT | LT] MEMBERS nummembers member …`: sets a time to live in
 * seconds, per member: -2 no such member, 0 condition not met, 1 set, 2 deleted (the time is in
 * the past).
 * Redis 8.12+; not runnable on the 7.0 servers these tests use.
 */
export default {
  parseCommand(
    parser: CommandParser,
    key: RedisArgument,
    members: RedisVariadicArgument,
    seconds: number,
    mode?: ExpirationCondition,
  ) {
    parser.push('SEXPIRE');
    parser.pushKey(key);
    parser.push(numberArgument(seconds, 'SEXPIRE seconds'));
    pushExpirationCondition(parser, mode, 'SEXPIRE');
    pushCountedBlock(parser, 'MEMBERS', members);
  },
  transformReply: undefined as unknown as () => Array<SetMemberExpiration>,
} as const satisfies Command;
