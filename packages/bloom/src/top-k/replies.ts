// Reply shaping shared by the topK and tDigest namespaces. RESP3 sends doubles, booleans and maps
// as such; RESP2 sends a double as a bulk string, a boolean as 0/1 and a map as a flat
// `[name, value, …]` array. These turn the RESP2 forms into what RESP3 would decode to under the same
// type mapping, as node-redis's transforms do, so a reply has one shape whatever the protocol.
// The RESP type codes are written out (`@x/modules`' RESP_TYPES) so the package needs nothing of it
// at run time.
import { doubleReply as readDouble, type DoubleReply, type TypeMapping } from '@x/modules';

/** RESP_TYPES.MAP (`%`). */
const MAP = 37;

/**
 * A RESP2 double (a bulk string: `"0.9"`, `"inf"`, `"-inf"`, `"nan"`) as a number — or as sent when
 * the mapping keeps doubles as strings (`DOUBLE: String`).
 */
export function doubleReply(reply: string | Buffer, typeMapping?: TypeMapping): DoubleReply {
  return readDouble(reply, typeMapping) as DoubleReply;
}

/** {@link doubleReply} for each element of a RESP2 array. */
export function doubleArrayReply(reply: Array<string | Buffer>, typeMapping?: TypeMapping): Array<DoubleReply> {
  return reply.map((item) => doubleReply(item, typeMapping));
}

/** A RESP2 0/1 as a boolean (a string '1' too, under `NUMBER: String`). */
export function booleanArrayReply(reply: Array<number | string>): Array<boolean> {
  return reply.map((item) => Number(item) === 1);
}

/**
 * A RESP2 flat `[name, value, …]` array as RESP3's map decodes under the mapping: a plain object
 * (default), a `Map`, or the flat array itself (`MAP: Array`). Names are made strings (they may be
 * Buffers under `SIMPLE_STRING: Buffer`).
 */
export function flatInfoReply<T>(reply: ReadonlyArray<unknown>, typeMapping?: TypeMapping): T {
  const mapType = typeMapping?.[MAP];
  if (mapType === Array) return reply as T;
  if (mapType === Map) {
    const map = new Map<string, unknown>();
    for (let i = 0; i < reply.length; i += 2) map.set(String(reply[i]), reply[i + 1]);
    return map as T;
  }
  const object: Record<string, unknown> = {};
  for (let i = 0; i < reply.length; i += 2) object[String(reply[i])] = reply[i + 1];
  return object as T;
}

/**
 * A number argument as its decimal text. node-redis calls `.toString()` on it, so a missing one (from
 * JavaScript) is refused before anything is sent; so is it here, with the argument's name.
 */
export function decimal(value: number, name: string): string {
  if (value === undefined || value === null) throw new TypeError(`${name} is required`);
  return String(value);
}
