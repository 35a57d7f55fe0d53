import { RESP_TYPES, type TypeMapping } from '@x/modules';

/*
 * A map that RESP2 sends as a flat `[key, value, key, value, …]` array, shaped as the decoder shapes
 * the RESP3 map under the command's type mapping — node-redis's `transformTuplesReply`: the flat
 * array itself under `MAP: Array`, a `Map` under `MAP: Map`, else a plain object; in a `Map` and an
 * object the keys are strings (a Buffer key, under `BLOB_STRING: Buffer`, is turned into its text),
 * the values are left as decoded.
 */

/** The flat array as the `MAP` mapping wants it (values unchanged). */
export function tuplesReply(reply: ReadonlyArray<unknown>, typeMapping?: TypeMapping): unknown {
  return tuplesReplyWith(reply, typeMapping, undefined);
}

/** {@link tuplesReply}, with each value passed through `value` (e.g. a double parser). */
export function tuplesReplyWith(
  reply: ReadonlyArray<unknown>,
  typeMapping: TypeMapping | undefined,
  value: ((raw: unknown) => unknown) | undefined,
): unknown {
  const mapType = typeMapping?.[RESP_TYPES.MAP];
  if (mapType === Array) {
    if (value === undefined) return reply;
    const flat: unknown[] = new Array(reply.length);
    for (let i = 0; i < reply.length; i += 2) {
      flat[i] = reply[i];
      flat[i + 1] = value(reply[i + 1]);
    }
    return flat;
  }
  if (mapType === Map) {
    const map = new Map<string, unknown>();
    for (let i = 0; i < reply.length; i += 2) map.set(keyText(reply[i]), value === undefined ? reply[i + 1] : value(reply[i + 1]));
    return map;
  }
  const object: Record<string, unknown> = {};
  for (let i = 0; i < reply.length; i += 2) {
    const key = keyText(reply[i]);
    const v = value === undefined ? reply[i + 1] : value(reply[i + 1]);
    // `__proto__` as a plain key: an assignment would replace the object's prototype instead.
    if (key === '__proto__') Object.defineProperty(object, key, { value: v, writable: true, enumerable: true, configurable: true });
    else object[key] = v;
  }
  return object;
}

function keyText(key: unknown): string {
  return String(key);
}
