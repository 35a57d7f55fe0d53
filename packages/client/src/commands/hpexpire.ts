import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';
import { numberArgument } from './helpers/arguments';
import type { HashExpiration } from './hexpire';
import { pushCountedBlock, pushExpirationCondition, type ExpirationCondition } from './helpers/member-expiration';

/**
 * `HPEXPIRE key ms [NX | XX | GT | LT] FIELDS numfields field …`: sets a time to live in
 * milliseconds, per field — -2 no such field, 0 condition not met, 1 set, 2 deleted (the time is
 * in the past).
 * Redis 7.4+; not runnable on the 7.0 servers these tests use.
 */
export default {
  parseCommand(
    parser: CommandParser,
    key: RedisArgument,
    fields: RedisVariadicArgument,
    ms: number,
    mode?: ExpirationCondition,
  ) {
    parser.push('HPEXPIRE');
    parser.pushKey(key);
    parser.push(numberArgument(ms, 'HPEXPIRE ms'));
    pushExpirationCondition(parser, mode, 'HPEXPIRE');
    pushCountedBlock(parser, 'FIELDS', fields);
  },
  transformReply: undefined as unknown as () => Array<HashExpiration> | null,
} as const satisfies Command;
