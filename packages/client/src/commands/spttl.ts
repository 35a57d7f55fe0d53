import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';
import { pushCountedBlock } from './helpers/member-expiration';

/**
 * `SPTTL key MEMBERS nummembers member …`: the time to live (milliseconds) of each member: -2 no
 * such member, -1 no expiration.
 * Redis 8.12+; not runnable on the 7.0 servers these tests use.
 */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument, members: RedisVariadicArgument) {
    parser.push('SPTTL');
    parser.pushKey(key);
    pushCountedBlock(parser, 'MEMBERS', members);
  },
  transformReply: undefined as unknown as () => Array<number>,
} as const satisfies Command;
