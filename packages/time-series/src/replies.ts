// The reply shapes RedisTimeSeries sends, and how node-redis hands them to its callers — which x must
// match exactly. A sample is `[timestamp, value]`: RESP2 sends the value as a bulk string (made a
// number here), RESP3 as a double (left as decoded, so a DOUBLE→String mapping keeps the text). A
// series listing (MGET, MRANGE) is, in RESP2, an array of `[key, labels, data…]` tuples and, in RESP3,
// a map from key to `[labels, metadata…, data]`; both become a map keyed by series, shaped by the
// caller's MAP type mapping (object, Map or flat array). Nothing here is imported at run time.
import { doubleReply, type BlobStringReply, type DoubleReply, type MapReply, type NumberReply, type TypeMapping } from '@x/modules';

/** `RESP_TYPES.MAP`. */
const MAP = 37;

export interface TsSampleReply2 {
  timestamp: NumberReply;
  value: number;
}

export interface TsSampleReply3 {
  timestamp: NumberReply;
  value: DoubleReply;
}

export interface TsMultiSampleReply2 {
  timestamp: NumberReply;
  values: Array<number>;
}

export interface TsMultiSampleReply3 {
  timestamp: NumberReply;
  values: Array<DoubleReply>;
}

// ---- samples ----

export const sample = {
  2: (raw: ReadonlyArray<unknown>): TsSampleReply2 => ({ timestamp: raw[0] as NumberReply, value: Number(raw[1]) }),
  3: (raw: ReadonlyArray<unknown>): TsSampleReply3 => ({ timestamp: raw[0] as NumberReply, value: raw[1] as DoubleReply }),
};

/** A missing sample (an empty series: TS.GET, TS.MGET) is an empty array: `null`. */
export const nullableSample = {
  2: (raw: ReadonlyArray<unknown>): TsSampleReply2 | null => (raw.length === 0 ? null : sample[2](raw)),
  3: (raw: ReadonlyArray<unknown>): TsSampleReply3 | null => (raw.length === 0 ? null : sample[3](raw)),
};

export const samples = {
  2: (raw: ReadonlyArray<ReadonlyArray<unknown>>): Array<TsSampleReply2> => raw.map((s) => sample[2](s)),
  3: (raw: ReadonlyArray<ReadonlyArray<unknown>>): Array<TsSampleReply3> => raw.map((s) => sample[3](s)),
};

/** Several aggregators' results per bucket: `[timestamp, v1, v2, …]`. */
export const multiSamples = {
  2: (raw: ReadonlyArray<ReadonlyArray<unknown>>): Array<TsMultiSampleReply2> => raw.map((s) => ({ timestamp: s[0] as NumberReply, values: s.slice(1).map(Number) })),
  3: (raw: ReadonlyArray<ReadonlyArray<unknown>>): Array<TsMultiSampleReply3> => raw.map((s) => ({ timestamp: s[0] as NumberReply, values: s.slice(1) as Array<DoubleReply> })),
};

/** TS.NRANGE's rows, timestamp first: `[timestamp, [v per key…]]`. */
export const pivotSamples = {
  2: (raw: ReadonlyArray<ReadonlyArray<unknown>>): Array<TsMultiSampleReply2> => raw.map((s) => ({ timestamp: s[0] as NumberReply, values: (s[1] as ReadonlyArray<unknown>).map(Number) })),
  3: (raw: ReadonlyArray<ReadonlyArray<unknown>>): Array<TsMultiSampleReply3> => raw.map((s) => ({ timestamp: s[0] as NumberReply, values: s[1] as Array<DoubleReply> })),
};

// ---- maps keyed by series ----

/** Sets `record[key]` as an own property: a series or label named `__proto__` stays an entry. */
function define(record: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(record, key, { value, writable: true, enumerable: true, configurable: true });
}

/**
 * RESP2's `[[name, …rest], …]` as the map RESP3 would have given under `typeMapping`: a plain object
 * by default, a `Map` (names as strings), or a flat `[name, value, …]` array (names as decoded).
 */
export function tuplesToMap<T>(tuples: ReadonlyArray<ReadonlyArray<unknown>>, value: (tuple: ReadonlyArray<unknown>) => T, typeMapping: TypeMapping | undefined): MapReply<BlobStringReply, T> {
  const shape = typeMapping?.[MAP];
  if (shape === Map) {
    const map = new Map<string, T>();
    for (const tuple of tuples) map.set(String(tuple[0]), value(tuple));
    return map as unknown as MapReply<BlobStringReply, T>;
  }
  if (shape === Array) {
    const flat: Array<unknown> = [];
    for (const tuple of tuples) flat.push(tuple[0], value(tuple));
    return flat as unknown as MapReply<BlobStringReply, T>;
  }
  const record: Record<string, T> = {};
  for (const tuple of tuples) define(record, String(tuple[0]), value(tuple));
  return record as MapReply<BlobStringReply, T>;
}

/** A decoded RESP3 map (object, Map or flat array, per the mapping) with each value transformed. */
export function mapValues<T>(reply: unknown, value: (raw: ReadonlyArray<unknown>) => T): MapReply<BlobStringReply, T> {
  if (Array.isArray(reply)) {
    return reply.map((item: unknown, i) => (i % 2 === 1 ? value(item as ReadonlyArray<unknown>) : item)) as unknown as MapReply<BlobStringReply, T>;
  }
  if (reply instanceof Map) {
    const map = new Map<unknown, T>();
    for (const [key, raw] of reply) map.set(key, value(raw as ReadonlyArray<unknown>));
    return map as unknown as MapReply<BlobStringReply, T>;
  }
  const record: Record<string, T> = {};
  for (const [key, raw] of Object.entries(reply as Record<string, unknown>)) define(record, key, value(raw as ReadonlyArray<unknown>));
  return record as MapReply<BlobStringReply, T>;
}

/** A series map in both protocols, from what one series' tuple becomes in each. */
export function seriesMap<R2, R3>(
  value2: (tuple: ReadonlyArray<unknown>, typeMapping: TypeMapping | undefined) => R2,
  value3: (tuple: ReadonlyArray<unknown>) => R3,
): {
  2: (reply: ReadonlyArray<ReadonlyArray<unknown>>, preserve?: unknown, typeMapping?: TypeMapping) => MapReply<BlobStringReply, R2>;
  3: (reply: MapReply<BlobStringReply, ReadonlyArray<unknown>>) => MapReply<BlobStringReply, R3>;
} {
  return {
    2: (reply, _preserve, typeMapping) => tuplesToMap(reply, (tuple) => value2(tuple, typeMapping), typeMapping),
    3: (reply) => mapValues(reply, value3),
  };
}

// ---- labels ----

/** RESP2 labels, `[[name, value], …]`, as the map RESP3 sends, shaped by the MAP type mapping. */
export function labelsMap<V>(raw: ReadonlyArray<ReadonlyArray<unknown>>, typeMapping: TypeMapping | undefined): MapReply<BlobStringReply, V> {
  // Unlike a series map, the flat form is the pairs flattened (names as decoded).
  if (typeMapping?.[MAP] === Array) return raw.flat() as unknown as MapReply<BlobStringReply, V>;
  return tuplesToMap(raw, (tuple) => tuple[1] as V, typeMapping);
}

/** RESP2 labels as a plain object whatever the mapping (node-redis's WITHLABELS forms do so). */
export function labelsRecord(raw: ReadonlyArray<ReadonlyArray<unknown>>): Record<string, BlobStringReply> {
  const record: Record<string, BlobStringReply> = {};
  for (const tuple of raw) define(record, String(tuple[0]), tuple[1]);
  return record;
}

/**
 * RESP2 GROUPBY labels: the series' labels, then `__reducer__` and `__source__` (the grouped keys,
 * comma-joined). A key containing a comma can't be told apart — RESP3 sends them as an array.
 */
export function labelsWithSources<V>(raw: ReadonlyArray<ReadonlyArray<unknown>>, typeMapping: TypeMapping | undefined) {
  const own = raw.slice(0, Math.max(raw.length - 2, 0));
  return {
    labels: labelsMap<V>(own, typeMapping),
    sources: splitSources((raw[raw.length - 1] as ReadonlyArray<unknown>)[1] as string | Buffer),
  };
}

function splitSources(sources: string | Buffer): Array<string> | Array<Buffer> {
  if (typeof sources === 'string') return sources.split(',');
  const parts: Array<Buffer> = [];
  let start = 0;
  for (let comma = sources.indexOf(','); comma !== -1; comma = sources.indexOf(',', start)) {
    parts.push(sources.subarray(start, comma));
    start = comma + 1;
  }
  parts.push(sources.subarray(start));
  return parts;
}

/** RESP3 GROUPBY metadata `{ sources: [...] }` under any MAP mapping. */
export function sourcesOf(metadata: unknown): Array<BlobStringReply> {
  if (metadata instanceof Map) return metadata.get('sources') as Array<BlobStringReply>;
  if (Array.isArray(metadata)) return metadata[1] as Array<BlobStringReply>;
  return (metadata as { sources: Array<BlobStringReply> }).sources;
}

// ---- map-like replies (TS.INFO under RESP3) ----

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    !(value instanceof Map) &&
    !ArrayBuffer.isView(value) &&
    Object.prototype.toString.call(value) === '[object Object]'
  );
}

const nameOf = (key: unknown): string => (key === null || key === undefined ? '' : String(key));

/**
 * The `[name, value]` entries of anything a map can decode to: a Map, a plain object, a flat
 * `[name, value, …]` array, an array of `[name, value]` pairs, or one of those wrapped in a
 * one-element array. Anything else has none.
 */
export function entriesOf(value: unknown): Array<[string, unknown]> {
  if (value instanceof Map) return Array.from(value, ([key, item]): [string, unknown] => [nameOf(key), item]);
  if (Array.isArray(value)) {
    const only: unknown = value.length === 1 ? value[0] : undefined;
    if (Array.isArray(only) || only instanceof Map || isPlainRecord(only)) return entriesOf(only);
    if (value.every((item) => Array.isArray(item) && item.length >= 2)) return value.map((item: ReadonlyArray<unknown>): [string, unknown] => [nameOf(item[0]), item[1]]);
    const entries: Array<[string, unknown]> = [];
    for (let i = 0; i + 1 < value.length; i += 2) entries.push([nameOf(value[i]), value[i + 1]]);
    return entries;
  }
  return isPlainRecord(value) ? Object.entries(value) : [];
}

/** The values of a Map or plain object; an array is its own values; anything else has none. */
export function valuesOf(value: unknown): Array<unknown> {
  if (Array.isArray(value)) return value;
  if (value instanceof Map) return [...value.values()];
  return isPlainRecord(value) ? Object.values(value) : [];
}

export function recordOf(value: unknown): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [key, item] of entriesOf(value)) define(record, key, item);
  return record;
}

/** The first of `names` present (exactly, else ignoring case) in a map-like value. */
export function lookup(value: unknown, names: ReadonlyArray<string>): unknown {
  const record = recordOf(value);
  for (const name of names) if (Object.hasOwn(record, name)) return record[name];
  const keys = Object.keys(record);
  for (const name of names) {
    const lower = name.toLowerCase();
    const key = keys.find((k) => k.toLowerCase() === lower);
    if (key !== undefined) return record[key];
  }
  return undefined;
}

/** A double RESP2 sends as a bulk string: a number (`inf`, `-inf`, `nan` included) unless DOUBLE→String. */
export function double2(raw: unknown, typeMapping: TypeMapping | undefined): DoubleReply {
  return doubleReply(raw, typeMapping) as DoubleReply;
}
