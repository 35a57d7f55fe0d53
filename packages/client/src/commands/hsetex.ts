import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { describeValue, numberArgument, tokenArgument } from './helpers/arguments';
import { pushHashFields, type HashFields } from './helpers/hash-fields';

/** Options of `hSetEx`: only if no field exists (`FNX`) or all do (`FXX`); the fields' expiration. */
export interface HSetExOptions {
  expiration?: { type: 'EX' | 'PX' | 'EXAT' | 'PXAT'; value: number } | { type: 'KEEPTTL' } | 'KEEPTTL';
  mode?: 'FNX' | 'FXX';
}

const TIMED = ['EX', 'PX', 'EXAT', 'PXAT'];

function pushExpiration(parser: CommandParser, expiration: unknown): void {
  if (expiration === undefined) return;
  if (expiration === 'KEEPTTL') {
    parser.push('KEEPTTL');
    return;
  }
  const { type, value } = (expiration ?? {}) as { type?: unknown; value?: unknown };
  if (type === 'KEEPTTL') parser.push('KEEPTTL');
  else if (typeof type === 'string' && TIMED.includes(type)) parser.push(type, numberArgument(value, `HSETEX expiration ${type}`));
  else throw new TypeError(`HSETEX expiration must be 'KEEPTTL' or { type: 'EX' | 'PX' | 'EXAT' | 'PXAT', value }, got ${describeValue(expiration)}`);
}

/**
 * `HSETEX key [FNX | FXX] [EX seconds | PX ms | EXAT unix-seconds | PXAT unix-ms | KEEPTTL] FIELDS
 * numfields field value …`: 1 if the fields were set, 0 if the FNX/FXX condition was not met.
 * The fields in every form `hSet` takes (object, Map, pairs, flat array); each field and value a
 * string, Buffer or number, else a TypeError naming the field. No fields, or a field without its
 * value, is a TypeError (node-redis throws a plain Error for the object and array forms).
 * Redis 8.0+; not runnable on the 7.0 servers these tests use.
 */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, fields: HashFields, options?: HSetExOptions) {
    parser.push('HSETEX');
    parser.pushKey(key);
    if (options?.mode !== undefined) parser.push(tokenArgument(options.mode, ['FNX', 'FXX'], 'HSETEX mode'));
    pushExpiration(parser, options?.expiration);
    const flat: Array<RedisArgument> = [];
    const count = pushHashFields(flat, fields, 'HSETEX');
    if (count === 0) throw new TypeError('HSETEX: no fields to set');
    if (count % 2 !== 0) throw new TypeError(`HSETEX: field ${JSON.stringify(String(flat[count - 1]))} has no value`);
    parser.push('FIELDS', String(count / 2));
    parser.pushVariadic(flat);
  },
  transformReply: undefined as unknown as () => 0 | 1,
} as const satisfies Command;
