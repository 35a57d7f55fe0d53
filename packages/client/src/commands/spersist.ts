import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';
import { pushCountedBlock } from './helpers/member-expiration';

/**
 * `SPERSIST key MEMBERS nummembers member …`: removes the expiration of each member: 1 removed, -1
 * the member has no expiration, -2 no such member.
 * Redis 8.12+; not runnable on the 7.0 servers these tests use.
 */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, members: RedisVariadicArgument) {
    parser.push('SPERSIST');
    parser.pushKey(key);
    pushCountedBlock(parser, 'MEMBERS', members);
  },
  transformReply: undefined as unknown as () => Array<number>,
} as const satisfies Command;
