import { RESP_TYPES, type TypeMapping } from '@x/modules';

/**
 * A RESP2 flat `[key, value, key, value, …]` array shaped like the decoder shapes a RESP3 map under
 * the command's type mapping: a plain object (default; keys as strings), a `Map` (keys as decoded)
 * or the flat array itself. `value` transforms each value (e.g. a number parser).
 */
export function flatToMapReply<R>(
  reply: ReadonlyArray<unknown>,
  typeMapping: TypeMapping | undefined,
  value?: (raw: unknown) => unknown,
): R {
  const mapType = typeMapping?.[RESP_TYPES.MAP];
  if (mapType === Array) {
    if (value === undefined) return reply as R;
    const flat: Array<unknown> = new Array(reply.length);
    for (let i = 0; i < reply.length; i += 2) {
      flat[i] = reply[i];
      flat[i + 1] = value(reply[i + 1]);
    }
    return flat as R;
  }
  if (mapType === Map) {
    const map = new Map<unknown, unknown>();
    for (let i = 0; i < reply.length; i += 2) map.set(reply[i], value === undefined ? reply[i + 1] : value(reply[i + 1]));
    return map as R;
  }
  const object: Record<string, unknown> = {};
  for (let i = 0; i < reply.length; i += 2) {
    object[String(reply[i])] = value === undefined ? reply[i + 1] : value(reply[i + 1]);
  }
  return object as R;
}

/**
 * The entries of a RESP3 map as the decoder delivered it under any `MAP` mapping (plain object,
 * `Map`, or flat array), in order.
 */
export function mapReplyEntries(reply: unknown): Array<[unknown, unknown]> {
  if (reply instanceof Map) return [...reply.entries()] as Array<[unknown, unknown]>;
  if (Array.isArray(reply)) {
    const entries: Array<[unknown, unknown]> = [];
    for (let i = 0; i < reply.length; i += 2) entries.push([reply[i], reply[i + 1]]);
    return entries;
  }
  return Object.entries(reply as Record<string, unknown>);
}
