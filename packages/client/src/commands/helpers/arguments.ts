// Checks for the plain values a hand-tuned definition sends (counts, indexes, timeouts, fields): a
// value that would go out as the text "undefined" or "[object Object]" is refused when the call is
// made, naming the argument, instead of reaching the server as another argument than the one given.
import type { RedisArgument } from '@x/modules';

/** How a refused value is shown in an error message. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (Buffer.isBuffer(value)) return 'a Buffer';
  switch (typeof value) {
    case 'undefined':
      return 'undefined';
    case 'string':
      return `the string ${JSON.stringify(value)}`;
    case 'object':
      return value instanceof Map ? 'a Map' : 'an object';
    default:
      return `${typeof value} ${String(value)}`;
  }
}

/**
 * A number sent as its decimal text (`-1`, `0.5`). A string or Buffer goes as given, as node-redis
 * sends whatever it is handed (`lRange(key, '0', '-1')` works there from JavaScript); anything
 * else is a TypeError naming `what` (`'LRANGE start'`).
 */
export function numberArgument(value: unknown, what: string): RedisArgument {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string' || Buffer.isBuffer(value)) return value;
  if (typeof value === 'bigint') return value.toString();
  throw new TypeError(`${what} must be a number, got ${describeValue(value)}`);
}

/** A string or a Buffer, as it is; anything else is a TypeError naming `what`. */
export function stringArgument(value: unknown, what: string): RedisArgument {
  if (typeof value === 'string' || Buffer.isBuffer(value)) return value;
  throw new TypeError(`${what} must be a string or a Buffer, got ${describeValue(value)}`);
}

/**
 * One of a few tokens (`'LEFT' | 'RIGHT'`), sent as given (Redis reads tokens in any case, and so
 * `'left'` works as it does with node-redis); anything else is a TypeError naming `what`.
 */
export function tokenArgument<T extends string>(value: unknown, tokens: ReadonlyArray<T>, what: string): T {
  if (typeof value === 'string' && (tokens as ReadonlyArray<string>).includes(value.toUpperCase())) return value as T;
  throw new TypeError(`${what} must be ${tokens.map((t) => `'${t}'`).join(' or ')}, got ${describeValue(value)}`);
}

/**
 * An options argument: absent (undefined or null), or an object — anything else (a string, a number,
 * an array) is a TypeError naming `what`, instead of being read as no options (`eval(script, 'k')`).
 */
export function optionsArgument<T extends object>(value: unknown, what: string): T | undefined {
  if (value === undefined || value === null) return undefined;
  return objectArgument<T>(value, what);
}

/** A required object (an operation, a range, an expiration); anything else is a TypeError naming `what`. */
export function objectArgument<T extends object>(value: unknown, what: string): T {
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && !Buffer.isBuffer(value)) return value as T;
  throw new TypeError(`${what} must be an object, got ${describeValue(value)}`);
}
