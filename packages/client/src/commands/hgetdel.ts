import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';
import { pushCountedBlock } from './helpers/member-expiration';

/**
 * `HGETDEL key FIELDS numfields field …`: the value of each field (null for a missing one), then
 * deletes the fields (and the key when none is left).
 * Redis 8.0+; not runnable on the 7.0 servers these tests use.
 */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, fields: RedisVariadicArgument) {
    parser.push('HGETDEL');
    parser.pushKey(key);
    pushCountedBlock(parser, 'FIELDS', fields);
  },
  transformReply: undefined as unknown as () => Array<string | null>,
} as const satisfies Command;
