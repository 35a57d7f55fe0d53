import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';
import { unixSecondsArgument } from './helpers/unix-time';
import { pushCountedBlock, pushExpirationCondition, type ExpirationCondition } from './helpers/member-expiration';

/**
 * `HEXPIREAT key timestamp [NX | XX | GT | LT] FIELDS numfields field …`: sets the Unix time
 * (seconds, or a `Date`) at which the fields expire, per field — -2 no such field, 0 condition not
 * met, 1 set, 2 deleted (the time is in the past).
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
    parser.push('HEXPIREAT');
    parser.pushKey(key);
    parser.push(unixSecondsArgument(timestamp, 'HEXPIREAT timestamp'));
    pushExpirationCondition(parser, mode, 'HEXPIREAT');
    pushCountedBlock(parser, 'FIELDS', fields);
  },
  transformReply: undefined as unknown as () => Array<number>,
} as const satisfies Command;
