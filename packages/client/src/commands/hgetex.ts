import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';
import { describeValue, numberArgument } from './helpers/arguments';
import { pushCountedBlock } from './helpers/member-expiration';

/** Options of `hGetEx`: a new expiration for the fields read, or `PERSIST` to remove theirs. */
export interface HGetExOptions {
  expiration?: { type: 'EX' | 'PX' | 'EXAT' | 'PXAT'; value: number } | { type: 'PERSIST' } | 'PERSIST';
}

const TIMED = ['EX', 'PX', 'EXAT', 'PXAT'];

/** Pushes `PERSIST` or `EX|PX|EXAT|PXAT value`; anything else in `expiration` is a TypeError. */
function pushExpiration(parser: CommandParser, expiration: unknown): void {
  if (expiration === undefined) return;
  if (expiration === 'PERSIST') {
    parser.push('PERSIST');
    return;
  }
  const { type, value } = (expiration ?? {}) as { type?: unknown; value?: unknown };
  if (type === 'PERSIST') parser.push('PERSIST');
  else if (typeof type === 'string' && TIMED.includes(type)) parser.push(type, numberArgument(value, `HGETEX expiration ${type}`));
  else throw new TypeError(`HGETEX expiration must be 'PERSIST' or { type: 'EX' | 'PX' | 'EXAT' | 'PXAT', value }, got ${describeValue(expiration)}`);
}

/**
 * `HGETEX key [EX seconds | PX ms | EXAT unix-seconds | PXAT unix-ms | PERSIST] FIELDS numfields
 * field …`: the value of each field (null for a missing one), setting or removing the fields'
 * expiration. A timed expiration without its `value` is a TypeError (node-redis sends nothing for it).
 * Redis 8.0+; not runnable on the 7.0 servers these tests use.
 */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, fields: RedisVariadicArgument, options?: HGetExOptions) {
    parser.push('HGETEX');
    parser.pushKey(key);
    pushExpiration(parser, options?.expiration);
    pushCountedBlock(parser, 'FIELDS', fields);
  },
  transformReply: undefined as unknown as () => Array<string | null>,
} as const satisfies Command;
