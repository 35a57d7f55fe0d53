import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';
import { pushCountedBlock } from './helpers/member-expiration';

/** Per-field replies of `HEXPIRETIME`/`HPEXPIRETIME` besides a time (node-redis's `HASH_EXPIRATION_TIME`). */
export const HASH_EXPIRATION_TIME = {
  /** The field does not exist. */
  FIELD_NOT_EXISTS: -2,
  /** The field exists but has no expiration. */
  NO_EXPIRATION: -1,
} as const;

/**
 * `HEXPIRETIME key FIELDS numfields field …`: the Unix time (seconds) at which each field expires:
 * -2 no such field, -1 no expiration.
 * Redis 7.4+; not runnable on the 7.0 servers these tests use.
 */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument, fields: RedisVariadicArgument) {
    parser.push('HEXPIRETIME');
    parser.pushKey(key);
    pushCountedBlock(parser, 'FIELDS', fields);
  },
  transformReply: undefined as unknown as () => Array<number>,
} as const satisfies Command;
