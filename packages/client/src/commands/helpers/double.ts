import { parseDouble, type RedisArgument } from '@x/modules';
import { describeValue } from './arguments';

// The RESP2 double reader is the contract's, shared with the module packages.
export { parseDouble };

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
