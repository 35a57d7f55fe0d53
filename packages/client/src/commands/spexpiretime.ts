import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';
import { pushCountedBlock } from './helpers/member-expiration';

/**
 * `SPEXPIRETIME key MEMBERS nummembers member …`: the Unix time (milliseconds) at which each
 * member expires: -2 no such member, -1 no expiration.
 * Redis 8.12+; not runnable on the 7.0 servers these tests use.
 */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument, members: RedisVariadicArgument) {
    parser.push('SPEXPIRETIME');
    parser.pushKey(key);
    pushCountedBlock(parser, 'MEMBERS', members);
  },
  transformReply: undefined as unknown as () => Array<number>,
} as const satisfies Command;
