import type { BlobStringReply, Command, CommandParser, RedisArgument } from '@x/modules';
import { describeValue, numberArgument, objectArgument, stringArgument } from './helpers/arguments';
import { unixMillisecondsArgument, unixSecondsArgument } from './helpers/unix-time';

/** Options of `SET`, in node-redis's two forms (v5 `expiration`/`condition`, and the flat v4 flags). */
export interface SetOptions {
  /** `{ type: 'EX' | 'PX' | 'EXAT' | 'PXAT', value }`, `{ type: 'KEEPTTL' }` or `'KEEPTTL'`. */
  expiration?:
    | { type: 'EX' | 'PX' | 'EXAT' | 'PXAT'; value: number }
    | { type: 'KEEPTTL' }
    | 'KEEPTTL';
  /**
   * Set only if the key does not exist (`NX`) / already exists (`XX`); Redis 8.4+ also: only if the
   * current value equals (`IFEQ`) / differs from (`IFNE`) `matchValue`, or its digest does (`IFDEQ`,
   * `IFDNE`).
   */
  condition?: 'NX' | 'XX' | 'IFEQ' | 'IFNE' | 'IFDEQ' | 'IFDNE';
  /** The value or digest `IFEQ`/`IFNE`/`IFDEQ`/`IFDNE` compare with (refused without a `condition`). */
  matchValue?: RedisArgument;
  /** Seconds to live. Prefer `expiration: { type: 'EX', value }`. */
  EX?: number;
  /** Milliseconds to live. */
  PX?: number;
  /** Unix time (seconds) to expire at; x also takes a Date. */
  EXAT?: number;
  /** Unix time (milliseconds) to expire at; x also takes a Date. */
  PXAT?: number;
  /** Keep the current time to live. */
  KEEPTTL?: boolean;
  /** Prefer `condition: 'NX'`. */
  NX?: boolean;
  /** Prefer `condition: 'XX'`. */
  XX?: boolean;
  /** Return the old value (or null) instead of `OK`. */
  GET?: boolean;
}

function pushExpiration(parser: CommandParser, expiration: NonNullable<SetOptions['expiration']>): void {
  if (typeof expiration === 'string') {
    parser.push(expiration);
    return;
  }
  const { type, value } = objectArgument<{ type?: unknown; value?: unknown }>(expiration, 'SET expiration');
  if (type === 'KEEPTTL') parser.push('KEEPTTL');
  // node-redis sends nothing when `value` is missing; x refuses the call instead of dropping the expiry.
  else parser.push(stringArgument(type, 'SET expiration.type'), numberArgument(value, 'SET expiration.value'));
}

/**
 * `SET key value [NX | XX | IFEQ v | IFNE v | IFDEQ d | IFDNE d] [GET] [EX | PX | EXAT | PXAT | KEEPTTL]`:
 * `'OK'`, null when the condition prevented it, or with `GET` the old value (or null). The
 * `IFEQ`/`IFNE`/`IFDEQ`/`IFDNE` conditions are Redis 8.4+ (the 7.0 servers these tests use refuse them).
 */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, value: RedisArgument | number, options?: SetOptions) {
    parser.push('SET');
    parser.pushKey(key);
    parser.push(typeof value === 'number' ? String(value) : value);
    if (options === undefined) return;
    if (options.expiration !== undefined) pushExpiration(parser, options.expiration);
    else if (options.EX !== undefined) parser.push('EX', numberArgument(options.EX, 'SET EX'));
    else if (options.PX !== undefined) parser.push('PX', numberArgument(options.PX, 'SET PX'));
    else if (options.EXAT !== undefined) parser.push('EXAT', unixSecondsArgument(options.EXAT, 'SET EXAT'));
    else if (options.PXAT !== undefined) parser.push('PXAT', unixMillisecondsArgument(options.PXAT, 'SET PXAT'));
    else if (options.KEEPTTL) parser.push('KEEPTTL');
    if (options.condition !== undefined) {
      parser.push(stringArgument(options.condition, 'SET condition'));
      if (options.matchValue !== undefined) parser.push(stringArgument(options.matchValue, 'SET matchValue'));
    } else if (options.matchValue !== undefined) {
      throw new TypeError(`SET matchValue must be given with a condition ('IFEQ', 'IFNE', 'IFDEQ' or 'IFDNE'), got ${describeValue(options.matchValue)}`);
    } else if (options.NX) {
      parser.push('NX');
    } else if (options.XX) {
      parser.push('XX');
    }
    if (options.GET) parser.push('GET');
  },
  transformReply: undefined as unknown as () => 'OK' | BlobStringReply | null,
} as const satisfies Command;
