// The shapes a query reply arrives in, and the readers the query transforms share.
//
// One logical map (a document's fields, a RESP3 reply, a profile section) reaches a transform as any
// of: a plain object (RESP3, no mapping), a `Map` (RESP3 under `{ [MAP]: Map }`), a flat
// `[key, value, key, value, …]` array (RESP2, or RESP3 under `{ [MAP]: Array }`), or an array of
// `[key, value]` pairs. node-redis reads all four through one set of rules, including its guesses
// (a single-element array is the map it wraps; an array of arrays is pairs) — reproduced here
// exactly, since which guess fires changes the reply a caller gets.
import { doubleReply, type TypeMapping } from '@x/modules';

/** `RESP_TYPES.MAP` (`%`). */
export const RESP_MAP = 37;

/** The decoded map-like value a transform reads (any of the four shapes above). */
export type MapLike = unknown;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    !(value instanceof Map) &&
    !ArrayBuffer.isView(value) &&
    Object.prototype.toString.call(value) === '[object Object]'
  );
}

/** A map key as an object key: a Buffer key by its text, null/undefined as ''. */
function keyText(key: unknown): string {
  return key === null || key === undefined ? '' : String((key as { toString(): string }).toString());
}

const isMapShaped = (value: unknown): boolean => Array.isArray(value) || value instanceof Map || isPlainObject(value);

/** The `[key, value]` entries of a map-like value, keys as strings; `[]` for anything else. */
export function entriesOf(value: MapLike): Array<[string, unknown]> {
  if (value instanceof Map) return [...value].map(([k, v]) => [keyText(k), v]);
  if (isPlainObject(value)) return Object.entries(value);
  if (!Array.isArray(value)) return [];
  // A lone map-shaped element is the map itself (a wrapper the server adds in places).
  if (value.length === 1 && isMapShaped(value[0])) return entriesOf(value[0]);
  // Every element a pair (or longer tuple): pairs. An empty array lands here too (no entries).
  if (value.every((item) => Array.isArray(item) && item.length >= 2)) {
    return (value as Array<Array<unknown>>).map((pair) => [keyText(pair[0]), pair[1]]);
  }
  const entries: Array<[string, unknown]> = [];
  for (let i = 0; i + 1 < value.length; i += 2) entries.push([keyText(value[i]), value[i + 1]]);
  return entries;
}

/** The values of a list-like or map-like value: an array as it is, a map's values; `[]` otherwise. */
export function valuesOf(value: unknown): Array<unknown> {
  if (Array.isArray(value)) return value;
  if (value instanceof Map) return [...value.values()];
  if (isPlainObject(value)) return Object.values(value);
  return [];
}

/**
 * One entry into an object being built, by plain assignment as node-redis does (a repeated key: the
 * last wins). Kept in one place so the objects every reader builds agree with node-redis's.
 */
function assignEntry(target: Record<string, unknown>, key: string, value: unknown): void {
  target[key] = value;
}

/** A map-like value as a plain object keyed by strings. */
export function objectOf(value: MapLike): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, entry] of entriesOf(value)) assignEntry(object, key, entry);
  return object;
}

/** A map-like value as a flat `[key, value, …]` array. */
export function flatOf(value: MapLike): Array<unknown> {
  return entriesOf(value).flat(1);
}

/**
 * The value under the first of `names` the map has; failing an exact match, the first that matches
 * ignoring case (RediSearch has changed the case of some keys between versions).
 */
export function lookup(value: MapLike, names: ReadonlyArray<string>): unknown {
  const object = objectOf(value);
  for (const name of names) if (Object.hasOwn(object, name)) return object[name];
  const byLowerCase = new Map<string, string>();
  for (const key of Object.keys(object)) {
    const lower = key.toLowerCase();
    if (!byLowerCase.has(lower)) byLowerCase.set(lower, key);
  }
  for (const name of names) {
    const key = byLowerCase.get(name.toLowerCase());
    if (key !== undefined) return object[key];
  }
  return undefined;
}

/** A copy of `value` as a fresh plain object whose properties are all own, plain data properties. */
export function plainCopy(value: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    Object.defineProperty(copy, key, { value: entry, configurable: true, enumerable: true, writable: true });
  }
  return copy;
}

/**
 * A document's fields as an object. A JSON document's `$` field (its whole body, as JSON text) is
 * parsed and spread into the object; text that does not parse stays as the `$` field.
 */
export function documentFields(value: MapLike): Record<string, unknown> {
  const document: Record<string, unknown> = {};
  for (const [key, field] of entriesOf(value)) {
    if (key === '$') {
      const json: unknown = (field as { toString?: () => unknown } | null | undefined)?.toString?.() ?? field;
      if (typeof json === 'string') {
        try {
          Object.assign(document, JSON.parse(json));
          continue;
        } catch {
          // not JSON: kept as the field's raw value
        }
      }
    }
    assignEntry(document, key, field);
  }
  return document;
}

function warningText(warning: unknown): string {
  if (typeof warning === 'string') return warning;
  if (Buffer.isBuffer(warning)) return warning.toString();
  if (warning === null || warning === undefined) return '';
  // A structured warning would read "[object Object]"; JSON keeps it legible.
  try {
    return JSON.stringify(warning);
  } catch {
    return String(warning);
  }
}

/**
 * The warnings a RESP3 reply carries beside partial results (a query that hit its timeout under the
 * `return` policy); `[]` when there are none. RESP2 replies have nowhere to put them.
 */
export function warningsOf(reply: MapLike): Array<string> {
  return valuesOf(lookup(reply, ['warning', 'warnings']) ?? []).map(warningText);
}

/** A profile section with every map flattened to `[key, value, …]`, recursively (RESP2's layout). */
export function flattenProfile(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(flattenProfile);
  if (value instanceof Map || isPlainObject(value)) {
    const flat: Array<unknown> = [];
    for (const [key, entry] of entriesOf(value)) flat.push(key, flattenProfile(entry));
    return flat;
  }
  return value;
}

/** The fields of a RESP3 result row: its `values` and its `extra_attributes`, merged. */
function rowFields(row: Record<string, unknown>): Record<string, unknown> {
  return Object.assign(
    {},
    documentFields(lookup(row, ['values'])),
    documentFields(lookup(row, ['extra_attributes', 'extraAttributes'])),
  );
}

/** Keys of a RESP3 row that are its structure, not its fields. */
function isRowStructure(key: string): boolean {
  return key === 'id' || key === 'values' || key === 'extraAttributes' || key.toLowerCase() === 'extra_attributes';
}

/** A FT.SEARCH RESP3 result row: its id (as sent) and its fields. */
export function searchRow(raw: MapLike): { id: unknown; value: Record<string, unknown> } {
  const row = objectOf(raw);
  return { id: lookup(row, ['id', 'doc_id']), value: plainCopy(rowFields(row)) };
}

/**
 * A RESP3 result row of FT.AGGREGATE / FT.HYBRID as one object: its fields, then whatever else the
 * row has (a score, …) under its own key unless a field already took the name.
 */
export function mergedRow(raw: MapLike, into: Record<string, unknown> = {}): Record<string, unknown> {
  const row = objectOf(raw);
  const result = Object.assign(into, rowFields(row));
  for (const [key, value] of Object.entries(row)) {
    if (!isRowStructure(key) && !Object.hasOwn(result, key)) result[key] = value;
  }
  return result;
}

/** A double sent as a bulk string (RESP2) as a number, or as sent under `{ [DOUBLE]: String }`. */
export function doubleFromText(reply: unknown, typeMapping?: TypeMapping): unknown {
  return doubleReply(reply, typeMapping);
}

/**
 * A flat `[name, value, …]` array as the `MAP` mapping shapes a map: a plain object (default), a
 * `Map` keyed by strings, or the array itself.
 */
export function pairsAsMapped(flat: ArrayLike<unknown>, typeMapping?: TypeMapping): unknown {
  const shape = typeMapping?.[RESP_MAP];
  if (shape === Array) return flat;
  // A name is never null in a real reply; `toString()` (not `keyText`) fails on one as node-redis does.
  const name = (i: number) => (flat[i] as { toString(): string }).toString();
  if (shape === Map) {
    const map = new Map<string, unknown>();
    for (let i = 0; i < flat.length; i += 2) map.set(name(i), flat[i + 1]);
    return map;
  }
  const object: Record<string, unknown> = {};
  for (let i = 0; i < flat.length; i += 2) assignEntry(object, name(i), flat[i + 1]);
  return object;
}

/** An object (an already-merged row) as the `MAP` mapping shapes a map. */
export function objectAsMapped(object: Record<string, unknown>, typeMapping?: TypeMapping): unknown {
  const shape = typeMapping?.[RESP_MAP];
  if (shape === Array) return flatOf(object);
  if (shape === Map) return new Map(Object.entries(object));
  return object;
}
