import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';
import { unixMillisecondsArgument } from './helpers/unix-time';
import type { HashExpiration } from './hexpire';
import { pushCountedBlock, pushExpirationCondition, type ExpirationCondition } from './helpers/member-expiration';

/**
 * `HPEXPIREAT key timestamp [NX | XX | GT | LT] FIELDS numfields field …`: sets the Unix time
 * (milliseconds, or a `Date`) at which the fields expire, per field — -2 no such field, 0
 * condition not met, 1 set, 2 deleted (the time is in the past).
 * Redis 7.4+; not runnable on the 7.0 servers these tests use.
 */
export default {
  parseCommand(
    parser: CommandParser,
    key: RedisArgument,
    fields: RedisVariadicArgument,
    timestamp: number | Date,
    mode?: ExpirationCondition,
  ) {
    parser.push('HPEXPIREAT');
    parser.pushKey(key);
    parser.push(unixMillisecondsArgument(timestamp, 'HPEXPIREAT timestamp'));
    pushExpirationCondition(parser, mode, 'HPEXPIREAT');
    pushCountedBlock(parser, 'FIELDS', fields);
  },
  transformReply: undefined as unknown as () => Array<HashExpiration> | null,
} as const satisfies Command;
