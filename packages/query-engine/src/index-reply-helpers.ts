// What the RESP2 transforms of this half share: RESP2 sends doubles as bulk strings and maps as flat
// arrays, so a transform turns them into what RESP3 decodes to — honouring the type mapping the call
// runs under as the decoder would (a double stays text under `{ DOUBLE: String }`; a map is an
// object, a `Map` or the flat array itself under `MAP`). Doubles are read by @x/modules' reader,
// shared with every other transform; the MAP type code is written out, checked by its type.
import { doubleReply, type RespTypes, type TypeMapping } from '@x/modules';

const MAP: RespTypes['MAP'] = 37;

const text = (value: unknown): string => (value as { toString(): string }).toString();

/** A RESP2 double (`"1.5"`, `"inf"`, `"-inf"`, `"nan"`, or an integer) as a number; as sent under `{ DOUBLE: String }`. */
export function resp2Double(reply: unknown, typeMapping: TypeMapping | undefined): unknown {
  return doubleReply(reply, typeMapping);
}

/** A RESP2 flat `[name, value, …]` array as the map RESP3 would send, under the type mapping's `MAP`. */
export function resp2Map(flat: ReadonlyArray<unknown>, typeMapping: TypeMapping | undefined): unknown {
  const shape = typeMapping?.[MAP];
  if (shape === Array) return flat;
  if (shape === Map) {
    const map = new Map<string, unknown>();
    for (let i = 0; i < flat.length; i += 2) map.set(text(flat[i]), flat[i + 1]);
    return map;
  }
  const object: Record<string, unknown> = {};
  for (let i = 0; i < flat.length; i += 2) object[text(flat[i])] = flat[i + 1];
  return object;
}
