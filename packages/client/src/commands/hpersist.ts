import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';
import { pushCountedBlock } from './helpers/member-expiration';

/**
 * `HPERSIST key FIELDS numfields field …`: removes the expiration of each field: 1 removed, -1 the
 * field has no expiration, -2 no such field.
 * Redis 7.4+; not runnable on the 7.0 servers these tests use.
 */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, fields: RedisVariadicArgument) {
    parser.push('HPERSIST');
    parser.pushKey(key);
    pushCountedBlock(parser, 'FIELDS', fields);
  },
  transformReply: undefined as unknown as () => Array<number> | null,
} as const satisfies Command;
