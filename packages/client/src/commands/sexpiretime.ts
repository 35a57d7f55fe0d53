import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';
import { pushCountedBlock } from './helpers/member-expiration';

/** Per-member replies of `SEXPIRETIME`/`SPEXPIRETIME` besides a time (node-redis's `SET_MEMBER_EXPIRATION_TIME`). */
export const SET_MEMBER_EXPIRATION_TIME = {
  /** The member does not exist. */
  MEMBER_NOT_EXISTS: -2,
  /** The member exists but has no expiration. */
  NO_EXPIRATION: -1,
} as const;

/**
 * `SEXPIRETIME key MEMBERS nummembers member …`: the Unix time (seconds) at which each member
 * expires: -2 no such member, -1 no expiration.
 * Redis 8.12+; not runnable on the 7.0 servers these tests use.
 */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument, members: RedisVariadicArgument) {
    parser.push('SEXPIRETIME');
    parser.pushKey(key);
    pushCountedBlock(parser, 'MEMBERS', members);
  },
  transformReply: undefined as unknown as () => Array<number>,
} as const satisfies Command;
