// What the generated definitions (../generated/) call to push their arguments. Kept tiny: the
// generated code stays readable and the hot path stays a few plain pushes.
import type { RedisArgument } from '@x/modules';
import { doubleArgument as numberAsDouble } from './double';

/** A Redis double argument: a number as Redis reads it (`Infinity` → `+inf`), a string as given (`'(1.5'`). */
export function doubleArgument(value: number | RedisArgument): RedisArgument {
  return typeof value === 'number' ? numberAsDouble(value) : value;
}

/** One value or several, as an array (no copy when it already is one). */
export function toArray<T>(value: T | ReadonlyArray<T>): ReadonlyArray<T> {
  return Array.isArray(value) ? (value as ReadonlyArray<T>) : [value as T];
}

/**
 * A `field value` list given as a record or as `[field, value]` pairs, as pairs. An array whose
 * elements are not pairs (a flat `[field, value, …]` list) is a TypeError: read as pairs, each string
 * would be split into its first two characters.
 */
export function pairEntries(
  value: Record<string, RedisArgument> | ReadonlyArray<readonly [RedisArgument, RedisArgument]>,
): ReadonlyArray<readonly [RedisArgument, RedisArgument]> {
  if (!Array.isArray(value)) return Object.entries(value);
  for (let i = 0; i < value.length; i++) {
    const pair: unknown = value[i];
    if (!Array.isArray(pair) || pair.length !== 2) {
      throw new TypeError(`pair ${i} must be a [field, value] array of two elements, got ${Array.isArray(pair) ? `an array of ${pair.length}` : typeof pair}`);
    }
  }
  return value as ReadonlyArray<readonly [RedisArgument, RedisArgument]>;
}
