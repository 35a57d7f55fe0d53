import type { RedisArgument } from '@x/modules';
import { describeValue } from './arguments';

/**
 * A RESP2 double (a bulk string such as `"1.5"`, `"inf"`, `"-inf"`, `"nan"`) as a number, also when
 * it arrives as a Buffer (`BLOB_STRING: Buffer`) or already as a number (a RESP3 double).
 */
export function parseDouble(reply: unknown): number {
  if (typeof reply === 'number') return reply;
  const text = String(reply);
  switch (text) {
    case 'inf':
    case '+inf':
      return Infinity;
    case '-inf':
      return -Infinity;
    case 'nan':
      return NaN;
    default:
      return Number(text);
  }
}

/** {@link parseDouble}, keeping a null reply null. */
export function parseNullableDouble(reply: unknown): number | null {
  return reply === null ? null : parseDouble(reply);
}

/** A number as Redis reads a double argument: `Infinity` is `+inf`, `-Infinity` is `-inf`. */
export function doubleArgument(value: number): string {
  if (value === Infinity) return '+inf';
  if (value === -Infinity) return '-inf';
  return String(value);
}

/** A score bound or lex bound: numbers as doubles, strings (`'(1'`, `'[a'`, `'-'`) as they are. */
export function rangeArgument(value: RedisArgument | number): RedisArgument {
  return typeof value === 'number' ? doubleArgument(value) : value;
}

/**
 * A double argument checked: a number as Redis reads it (`Infinity` is `+inf`), a string or Buffer as
 * given (`'(1'`, `'1e3'`); anything else (undefined, NaN, an object) is a TypeError naming `what`.
 */
export function doubleValueArgument(value: unknown, what: string): RedisArgument {
  if (typeof value === 'number' && !Number.isNaN(value)) return doubleArgument(value);
  if (typeof value === 'string' || Buffer.isBuffer(value)) return value;
  throw new TypeError(`${what} must be a number or a numeric string, got ${describeValue(value)}`);
}
