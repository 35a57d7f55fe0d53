import { VerbatimString } from '@x/resp';

/**
 * The cache key of a read: its decoding namespace (see `cacheNamespace`) and every argument,
 * each prefixed with its kind and length so that no two different argument lists share a key
 * ("a b" + "c" vs "a" + "b c"; a Buffer vs a string of the same characters). A Buffer is read as
 * latin1: one character per byte, so distinct bytes never collapse as UTF-8 decoding would.
 */
export function cacheKeyOf(namespace: number, args: ReadonlyArray<unknown>): string {
  let key = String(namespace);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (typeof arg === 'string') key += `|s${arg.length}:${arg}`;
    else if (arg instanceof Uint8Array) key += `|b${arg.length}:${Buffer.from(arg.buffer, arg.byteOffset, arg.byteLength).toString('latin1')}`;
    else key += `|n:${String(arg)}`;
  }
  return key;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * How a Redis key is indexed for invalidation. An invalidation push names keys as the server has
 * them (bytes), and the decoder hands them over as strings (UTF-8 decoded) or Buffers, depending on
 * the type mapping in force when it arrives: both sides are brought to the UTF-8 decoding of the
 * bytes. Bytes that are not valid UTF-8 decode to U+FFFD, so two binary keys may share an index
 * entry — which only invalidates more than needed, never less.
 */
export function keyIndexOf(key: unknown): string {
  if (typeof key === 'string') {
    // A lone surrogate is sent as U+FFFD's bytes: index what the server will name.
    return SURROGATE.test(key) ? Buffer.from(key, 'utf8').toString('utf8') : key;
  }
  if (key instanceof Uint8Array) return Buffer.from(key.buffer, key.byteOffset, key.byteLength).toString('utf8');
  return String(key);
}

/**
 * A copy of a cached reply for one caller, so that a caller changing what it got cannot change what
 * the next one gets. Strings, numbers, bigints, booleans and null are immutable and returned as they
 * are (a GET hit costs nothing); Buffers stay Buffers and VerbatimStrings keep their format (which
 * `structuredClone` would lose).
 */
export function copyReply<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  return copyObject(value) as T;
}

function copyObject(value: object): unknown {
  if (Buffer.isBuffer(value)) return Buffer.from(value);
  if (value instanceof VerbatimString) return new VerbatimString(value.format, value.toString());
  if (Array.isArray(value)) {
    const copy = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) copy[i] = copyReply(value[i] as unknown);
    return copy;
  }
  if (value instanceof Map) {
    const copy = new Map<unknown, unknown>();
    for (const [k, v] of value) copy.set(copyReply(k), copyReply(v));
    return copy;
  }
  if (value instanceof Set) {
    const copy = new Set<unknown>();
    for (const v of value) copy.add(copyReply(v));
    return copy;
  }
  if (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null) {
    const copy: Record<string, unknown> = Object.create(Object.getPrototypeOf(value) as object | null) as Record<string, unknown>;
    for (const key of Object.keys(value)) {
      // defineProperty, not assignment: a reply field named `__proto__` stays a field.
      Object.defineProperty(copy, key, { value: copyReply((value as Record<string, unknown>)[key]), writable: true, enumerable: true, configurable: true });
    }
    return copy;
  }
  return structuredClone(value);
}
