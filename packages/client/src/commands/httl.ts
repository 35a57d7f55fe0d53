import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';
import { pushCountedBlock } from './helpers/member-expiration';

/**
 * `HTTL key FIELDS numfields field …`: the time to live (seconds) of each field: -2 no such field,
 * -1 no expiration.
 * Redis 7.4+; not runnable on the 7.0 servers these tests use.
 */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument, fields: RedisVariadicArgument) {
    parser.push('HTTL');
    parser.pushKey(key);
    pushCountedBlock(parser, 'FIELDS', fields);
  },
  transformReply: undefined as unknown as () => Array<number> | null,
} as const satisfies Command;
