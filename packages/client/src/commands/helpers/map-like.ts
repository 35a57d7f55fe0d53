// Replies whose shape depends on the protocol and the type mapping (a RESP3 map arrives as a plain
// object, a `Map` or a flat array; RESP2 sends a flat array or an array of pairs): read them as
// entries with string keys, whatever the shape.

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Map) return false;
  if (ArrayBuffer.isView(value)) return false;
  return Object.prototype.toString.call(value) === '[object Object]';
}

function keyText(key: unknown): string {
  return key === null || key === undefined ? '' : String(key);
}

/**
 * The `[key, value]` entries of a map-like reply: a `Map`; a plain object; an array of pairs
 * (`[[k, v], …]`); a flat array (`[k, v, k, v, …]`); or an array wrapping one of those. Anything
 * else has no entries.
 */
export function mapLikeEntries(value: unknown): Array<[string, unknown]> {
  if (value instanceof Map) return [...value].map(([k, v]) => [keyText(k), v]);
  if (isPlainObject(value)) return Object.entries(value);
  if (!Array.isArray(value)) return [];
  const only: unknown = value.length === 1 ? value[0] : undefined;
  if (Array.isArray(only) || only instanceof Map || isPlainObject(only)) return mapLikeEntries(only);
  if (value.every((item) => Array.isArray(item) && item.length >= 2)) {
    return value.map((pair: Array<unknown>) => [keyText(pair[0]), pair[1]]);
  }
  const entries: Array<[string, unknown]> = [];
  for (let i = 0; i + 1 < value.length; i += 2) entries.push([keyText(value[i]), value[i + 1]]);
  return entries;
}

/** The values of a list-like reply: an array as it is, a `Map`'s or a plain object's values. */
export function mapLikeValues(value: unknown): Array<unknown> {
  if (Array.isArray(value)) return value;
  if (value instanceof Map) return [...value.values()];
  if (isPlainObject(value)) return Object.values(value);
  return [];
}

/** A map-like reply as a plain object with string keys (the last of equal keys wins). */
export function mapLikeToObject(value: unknown): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, entry] of mapLikeEntries(value)) object[key] = entry;
  return object;
}

export { isPlainObject };
