import type { RedisArgument, RedisVariadicArgument } from './arguments';

/**
 * node-redis 6's `keyPrefix`: `prefix` put before `key`. A string on a string stays a string (one
 * concatenation); either side a Buffer gives a Buffer, so binary keys keep their exact bytes.
 * Undefined or empty: `key` itself (callers normally skip the call then; this is the safe default).
 */
export function prefixKey(prefix: RedisArgument | undefined, key: RedisArgument): RedisArgument {
  if (prefix === undefined || prefix.length === 0) return key;
  if (typeof prefix === 'string' && typeof key === 'string') return prefix + key;
  return Buffer.concat([typeof prefix === 'string' ? Buffer.from(prefix) : prefix, typeof key === 'string' ? Buffer.from(key) : key]);
}

/** {@link prefixKey} on each of one key or several: a new array (for arguments built outside a parser, e.g. WATCH). */
export function prefixKeys(prefix: RedisArgument | undefined, keys: RedisVariadicArgument): Array<RedisArgument> {
  return Array.isArray(keys) ? keys.map((key) => prefixKey(prefix, key)) : [prefixKey(prefix, keys)];
}

/**
 * A `keyPrefix` option as the parser takes it: undefined when unset or empty (so "no prefix" is one
 * `undefined` check on the hot path). Anything but a string or a Buffer is undefined here too: the
 * facade validates its options (and refuses such a value) itself.
 */
export function normalizeKeyPrefix(prefix: RedisArgument | undefined): RedisArgument | undefined {
  if (typeof prefix !== 'string' && !Buffer.isBuffer(prefix)) return undefined;
  return prefix.length === 0 ? undefined : prefix;
}
