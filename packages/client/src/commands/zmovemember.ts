import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';
import { movedMembersReply } from './helpers/sorted-set-move';

/** Options of `ZMOVEMEMBER`. */
export interface ZMoveMemberOptions {
  /** Move only members not in the destination (`NX`) / only those already there (`XX`). */
  condition?: 'NX' | 'XX';
}

/**
 * `ZMOVEMEMBER source destination [NX | XX] MEMBERS numMembers member [member …]`: the members moved
 * with their scores, or null. Redis 8.x; not runnable on the 7.0 servers these tests use.
 */
export default {
  parseCommand(parser: CommandParser, source: RedisArgument, destination: RedisArgument, members: RedisVariadicArgument, options?: ZMoveMemberOptions) {
    parser.push('ZMOVEMEMBER');
    parser.pushKey(source);
    parser.pushKey(destination);
    if (options?.condition) parser.push(options.condition);
    parser.push('MEMBERS');
    parser.pushVariadicWithLength(members);
  },
  transformReply: movedMembersReply,
} as const satisfies Command;
