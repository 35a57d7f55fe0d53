import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';
import { numberArgument } from './helpers/arguments';
import { pushCountedBlock, pushExpirationCondition, type ExpirationCondition } from './helpers/member-expiration';

/** Per-field replies of the `HEXPIRE` family (node-redis's `HASH_EXPIRATION`). */
export const HASH_EXPIRATION = {
  /** The field does not exist. */
  FIELD_NOT_EXISTS: -2,
  /** The NX | XX | GT | LT condition was not met. */
  CONDITION_NOT_MET: 0,
  /** The expiration was set or updated. */
  UPDATED: 1,
  /** The field was deleted: the expiration time is in the past. */
  DELETED: 2,
} as const;

/** One of {@link HASH_EXPIRATION}. */
export type HashExpiration = (typeof HASH_EXPIRATION)[keyof typeof HASH_EXPIRATION];

/**
 * `HEXPIRE key seconds [NX | XX | GT | LT] FIELDS numfields field …`: sets a time to live in
 * seconds, per field — -2 no such field, 0 condition not met, 1 set, 2 deleted (the time is in the
 * past).
 * Redis 7.4+; not runnable on the 7.0 servers these tests use.
 */
export default {
  parseCommand(
    parser: CommandParser,
    key: RedisArgument,
    fields: RedisVariadicArgument,
    seconds: number,
    mode?: ExpirationCondition,
  ) {
    parser.push('HEXPIRE');
    parser.pushKey(key);
    parser.push(numberArgument(seconds, 'HEXPIRE seconds'));
    pushExpirationCondition(parser, mode, 'HEXPIRE');
    pushCountedBlock(parser, 'FIELDS', fields);
  },
  transformReply: undefined as unknown as () => Array<HashExpiration>,
} as const satisfies Command;
