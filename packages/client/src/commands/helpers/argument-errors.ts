// Checks for the structured arguments of hand-tuned commands (objects, pairs, numbers written as
// text). A value of the wrong shape must not reach the wire as `'undefined'` or `'[object Object]'`:
// it is refused from `parseCommand` with a TypeError naming the command and the argument, and the
// call rejects with it before anything is sent.
import type { RedisArgument } from '@x/modules';
import { doubleArgument } from './double';

/** A short rendering of a value for an error message (a large value is cut, a Buffer not dumped). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (Buffer.isBuffer(value)) return `a Buffer of ${value.length} bytes`;
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function') return 'a function';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/** `TypeError: ZADD: members[1] must be { score, value }, got ["1","a"]`. */
export function invalidArgument(command: string, argument: string, expected: string, value: unknown): TypeError {
  return new TypeError(`${command}: ${argument} must be ${expected}, got ${describeValue(value)}`);
}

/** A string or a Buffer. */
export function isRedisArgument(value: unknown): value is RedisArgument {
  return typeof value === 'string' || Buffer.isBuffer(value);
}

/** A non-null object that is not an array or a Buffer (an options or member object). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !Buffer.isBuffer(value);
}

/** A string or Buffer argument, as it is; anything else is refused. */
export function redisArgument(command: string, argument: string, value: unknown): RedisArgument {
  if (isRedisArgument(value)) return value;
  throw invalidArgument(command, argument, 'a string or a Buffer', value);
}

/**
 * A double argument (a score, a coordinate, a radius): a number as Redis reads it (`Infinity` is
 * `+inf`), a string or Buffer as it is (`'(1.5'`, `'-inf'`).
 */
export function doubleLike(command: string, argument: string, value: unknown): RedisArgument {
  if (typeof value === 'number') return doubleArgument(value);
  if (isRedisArgument(value)) return value;
  throw invalidArgument(command, argument, 'a number or a string', value);
}

/** An integer argument (a count, a timeout in ms, an index): a number in decimal, a string as it is. */
export function integerLike(command: string, argument: string, value: unknown): RedisArgument {
  if (typeof value === 'number') return String(value);
  if (isRedisArgument(value)) return value;
  throw invalidArgument(command, argument, 'a number', value);
}

/**
 * Refuses an option of x's earlier generated signature whose reply shape differs from what the
 * method returns now, naming the method that returns it.
 */
export function refusedOption(command: string, option: string, instead: string): TypeError {
  return new TypeError(`${command}: the option ${option} changes the reply; use ${instead} instead`);
}
