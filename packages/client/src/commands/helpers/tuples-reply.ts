import { RESP_TYPES, type TypeMapping } from '@x/modules';

/**
 * A RESP2 flat `[key, value, key, value, …]` array shaped as node-redis's `transformTuplesReply`
 * shapes it (HGETALL, CONFIG GET): a plain object by default, a `Map` under `MAP: Map`, the flat
 * array itself under `MAP: Array`. The keys of the object and of the Map are strings even when the
 * reply holds Buffers (`BLOB_STRING: Buffer`), as node-redis makes them; the values stay as decoded.
 */
export function tuplesToMapReply<R>(reply: ReadonlyArray<unknown>, typeMapping: TypeMapping | undefined): R {
  const mapType = typeMapping?.[RESP_TYPES.MAP];
  if (mapType === Array) return reply as R;
  if (mapType === Map) {
    const map = new Map<string, unknown>();
    for (let i = 0; i < reply.length; i += 2) map.set(String(reply[i]), reply[i + 1]);
    return map as R;
  }
  const object: Record<string, unknown> = {};
  for (let i = 0; i < reply.length; i += 2) object[String(reply[i])] = reply[i + 1];
  return object as R;
}
