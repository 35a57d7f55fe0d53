import type { RedisArgument } from '@x/modules';
import { numberArgument } from './arguments';

/** A Unix time in seconds: a number as given, a `Date` rounded down to its second (`EXAT`-style). */
export function unixSecondsArgument(value: unknown, what: string): RedisArgument {
  return value instanceof Date ? String(Math.floor(value.getTime() / 1000)) : numberArgument(value, what);
}

/** A Unix time in milliseconds: a number as given, a `Date` as its milliseconds (`PXAT`-style). */
export function unixMillisecondsArgument(value: unknown, what: string): RedisArgument {
  return value instanceof Date ? String(value.getTime()) : numberArgument(value, what);
}
