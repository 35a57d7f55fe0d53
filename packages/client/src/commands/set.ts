import type { BlobStringReply, Command, CommandParser, RedisArgument } from '@x/modules';

/** Options of `SET`, in node-redis's two forms (v5 `expiration`/`condition`, and the flat v4 flags). */
export interface SetOptions {
  /** `{ type: 'EX' | 'PX' | 'EXAT' | 'PXAT', value }`, `{ type: 'KEEPTTL' }` or `'KEEPTTL'`. */
  expiration?:
    | { type: 'EX' | 'PX' | 'EXAT' | 'PXAT'; value: number }
    | { type: 'KEEPTTL' }
    | 'KEEPTTL';
  /** Set only if the key does not exist (`NX`) / already exists (`XX`). */
  condition?: 'NX' | 'XX';
  /** Seconds to live. Prefer `expiration: { type: 'EX', value }`. */
  EX?: number;
  /** Milliseconds to live. */
  PX?: number;
  /** Unix time (seconds) to expire at. */
  EXAT?: number;
  /** Unix time (milliseconds) to expire at. */
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

/**
 * `SET key value [NX | XX] [GET] [EX | PX | EXAT | PXAT | KEEPTTL]`: `'OK'`, null when `NX`/`XX`
 * prevented it, or with `GET` the old value (or null).
 */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, value: RedisArgument | number, options?: SetOptions) {
    parser.push('SET');
    parser.pushKey(key);
    parser.push(typeof value === 'number' ? String(value) : value);
    const expiration = options?.expiration;
    if (expiration !== undefined) {
      if (typeof expiration === 'string' || expiration.type === 'KEEPTTL') parser.push('KEEPTTL');
      else parser.push(expiration.type, String(expiration.value));
    } else if (options?.EX !== undefined) {
      parser.push('EX', String(options.EX));
    } else if (options?.PX !== undefined) {
      parser.push('PX', String(options.PX));
    } else if (options?.EXAT !== undefined) {
      parser.push('EXAT', String(options.EXAT));
    } else if (options?.PXAT !== undefined) {
      parser.push('PXAT', String(options.PXAT));
    } else if (options?.KEEPTTL) {
      parser.push('KEEPTTL');
    }
    if (options?.condition !== undefined) parser.push(options.condition);
    else if (options?.NX) parser.push('NX');
    else if (options?.XX) parser.push('XX');
    if (options?.GET) parser.push('GET');
  },
  transformReply: undefined as unknown as () => 'OK' | BlobStringReply | null,
} as const satisfies Command;
