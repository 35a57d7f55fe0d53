// Checks the hand-tuned definitions make before they push an argument that is more than a plain
// string: a number turned into text, a time, an option that picks a token. Each throws a TypeError
// naming the command and the argument, so the call is rejected before anything is sent — never
// `String(undefined)` on the wire, never an option silently dropped. Kept to a typeof or two: they
// run on every call.
import type { RedisArgument } from '@x/modules';

/** What a value is, for an error message (never the value itself: it may be a secret). */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (Buffer.isBuffer(value)) return 'a Buffer';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : 'a number';
  if (value instanceof Date) return 'a Date';
  return typeof value === 'object' ? 'an object' : typeof value;
}

/** A TypeError for argument `name` of `command` that is not `expected`. */
export function argumentError(command: string, name: string, expected: string, value: unknown): TypeError {
  return new TypeError(`${command}: ${name} must be ${expected}, got ${describeValue(value)}`);
}

/** A string or Buffer argument (a key, a value, a pattern) as given. */
export function stringArgument(command: string, name: string, value: unknown): RedisArgument {
  if (typeof value === 'string' || Buffer.isBuffer(value)) return value;
  throw argumentError(command, name, 'a string or a Buffer', value);
}

/**
 * A numeric argument as text: a number (finite), a bigint, or a string as given (node-redis sends
 * `value.toString()`, so a string such as `'#1'` or `'9223372036854775807'` is passed through).
 */
export function numberArgument(command: string, name: string, value: unknown): string {
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return String(value);
  } else if (typeof value === 'string') {
    return value;
  } else if (typeof value === 'bigint') {
    return String(value);
  }
  throw argumentError(command, name, 'a number', value);
}

/**
 * A double argument as text: a number as Redis reads it (`Infinity` → `+inf`), a string as given
 * (`'1e3'`, `'-inf'`).
 */
export function doubleArgument(command: string, name: string, value: unknown): string | Buffer {
  if (typeof value === 'number') {
    if (value === Infinity) return '+inf';
    if (value === -Infinity) return '-inf';
    if (!Number.isNaN(value)) return String(value);
  } else if (typeof value === 'string' || Buffer.isBuffer(value)) {
    return value;
  }
  throw argumentError(command, name, 'a number or a numeric string', value);
}

/** A Unix time: a number as given (seconds or milliseconds, per the command), a Date converted. */
export function unixTimeArgument(command: string, name: string, value: unknown, unit: 's' | 'ms'): string {
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isFinite(ms)) return String(unit === 'ms' ? ms : Math.floor(ms / 1000));
  } else if (typeof value === 'number' && Number.isFinite(value)) {
    return String(value);
  }
  throw argumentError(command, name, 'a number or a valid Date', value);
}

/** One of a fixed set of tokens (`'NX' | 'XX' | …`), as given. */
export function tokenArgument<T extends string>(command: string, name: string, value: unknown, tokens: ReadonlyArray<T>): T {
  if (typeof value === 'string' && (tokens as ReadonlyArray<string>).includes(value)) return value as T;
  throw argumentError(command, name, `one of ${tokens.map((t) => `'${t}'`).join(', ')}`, value);
}

/** An options argument: absent, or an object (not an array, not a string). */
export function optionsArgument<T extends object>(command: string, value: unknown): T | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'object' && !Array.isArray(value) && !Buffer.isBuffer(value)) return value as T;
  throw argumentError(command, 'options', 'an object', value);
}

/** A required object argument (an operation, a range). */
export function objectArgument<T extends object>(command: string, name: string, value: unknown): T {
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && !Buffer.isBuffer(value)) return value as T;
  throw argumentError(command, name, 'an object', value);
}

/** An array argument (a list of keys, of operations). */
export function arrayArgument<T>(command: string, name: string, value: unknown): ReadonlyArray<T> {
  if (Array.isArray(value)) return value as ReadonlyArray<T>;
  throw argumentError(command, name, 'an array', value);
}
