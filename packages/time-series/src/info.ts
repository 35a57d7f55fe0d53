// TS.INFO [DEBUG]. RESP2 sends a flat `[name, value, …]` array whose labels are `[name, value]` pairs
// and rules `[key, bucket, aggregation]` triples; RESP3 sends a map, its labels a map and its rules a
// map from destination key to `[bucket, aggregation, align]`. The RESP3 transform brings the map back
// to the RESP2 layout, then both build the same object. Different module versions spelled some fields
// differently (`time_bucket`, `key_self_name`, chunks as arrays or maps), hence the lenient readers.
import type { BlobStringReply, Command, CommandParser, DoubleReply, NumberReply, SimpleStringReply, TypeMapping } from '@x/modules';
import { TIME_SERIES_AGGREGATION_TYPE, type TimeSeriesAggregationType, type TimeSeriesDuplicatePolicies } from './arguments';
import { double2, entriesOf, lookup, recordOf, valuesOf } from './replies';

/** `RESP_TYPES.MAP`, written out (no run-time import). */
const MAP = 37;

export interface TsInfoReply {
  totalSamples: NumberReply;
  memoryUsage: NumberReply;
  firstTimestamp: NumberReply;
  lastTimestamp: NumberReply;
  retentionTime: NumberReply;
  chunkCount: NumberReply;
  chunkSize: NumberReply;
  chunkType: SimpleStringReply;
  duplicatePolicy: TimeSeriesDuplicatePolicies | null;
  labels: Array<{ name: BlobStringReply; value: BlobStringReply }>;
  sourceKey: BlobStringReply | null;
  rules: Array<{ key: BlobStringReply; timeBucket: NumberReply; aggregationType: TimeSeriesAggregationType }>;
  ignoreMaxTimeDiff: NumberReply;
  ignoreMaxValDiff: DoubleReply;
}

export interface TsInfoDebugReply extends TsInfoReply {
  keySelfName: BlobStringReply;
  chunks: Array<{
    startTimestamp: NumberReply;
    endTimestamp: NumberReply;
    samples: NumberReply;
    size: NumberReply;
    bytesPerSample: SimpleStringReply;
  }>;
}

/** Fields copied as they come. */
const PLAIN_FIELDS = new Set([
  'totalSamples',
  'memoryUsage',
  'firstTimestamp',
  'lastTimestamp',
  'retentionTime',
  'chunkCount',
  'chunkSize',
  'chunkType',
  'duplicatePolicy',
  'sourceKey',
  'ignoreMaxTimeDiff',
]);

/** The RESP2 layout → the reply object. Fields it does not know (DEBUG's) are left to INFO DEBUG. */
function infoFromFlat(reply: ReadonlyArray<unknown>, typeMapping: TypeMapping | undefined): TsInfoReply {
  const info: Record<string, unknown> = {};
  for (let i = 0; i < reply.length; i += 2) {
    const field = String(reply[i]);
    const value = reply[i + 1];
    if (PLAIN_FIELDS.has(field)) info[field] = value;
    else if (field === 'labels') info.labels = (value as ReadonlyArray<ReadonlyArray<unknown>>).map(([name, labelValue]) => ({ name, value: labelValue }));
    else if (field === 'rules') info.rules = (value as ReadonlyArray<ReadonlyArray<unknown>>).map(([key, timeBucket, aggregationType]) => ({ key, timeBucket, aggregationType }));
    else if (field === 'ignoreMaxValDiff') info.ignoreMaxValDiff = double2(value, typeMapping);
  }
  return info as unknown as TsInfoReply;
}

/** RESP3 labels → `[name, value]` pairs: a map, or (older modules) pairs or `{ name, value }` items. */
function labelPairs(labels: unknown): Array<[unknown, unknown]> {
  if (Array.isArray(labels)) {
    if (labels.every((item) => Array.isArray(item) && item.length >= 2)) return labels.map((item: ReadonlyArray<unknown>): [unknown, unknown] => [item[0], item[1]]);
    const pairs = labels
      .map((label): [unknown, unknown] => [lookup(label, ['name', 'label']), lookup(label, ['value'])])
      .filter(([name]) => name !== undefined);
    if (pairs.length > 0) return pairs;
  }
  return entriesOf(labels);
}

const AGGREGATION_TYPES = new Set<string>(Object.values(TIME_SERIES_AGGREGATION_TYPE));

const isText = (value: unknown): value is string | Buffer => typeof value === 'string' || Buffer.isBuffer(value);
const isAggregation = (value: unknown): boolean => isText(value) && AGGREGATION_TYPES.has(String(value).toUpperCase());

/**
 * One rule's `[key, bucket, aggregation]` from its parts in whatever order they came: the
 * aggregation is the text naming an aggregator, the key the other text, the bucket the first number.
 */
function ruleTriple(rule: ReadonlyArray<unknown>): [unknown, unknown, unknown] {
  const texts = rule.filter(isText);
  const aggregation = texts.find((text) => AGGREGATION_TYPES.has(String(text).toUpperCase()));
  const key = texts.find((text) => text !== aggregation);
  const bucket = rule.find((item) => typeof item === 'number');
  return [key ?? rule[0], bucket ?? Number(rule[1]), aggregation ?? rule[2]];
}

/** RESP3 rules → `[key, bucket, aggregation]` triples: a map by destination key, or a list. */
function ruleTriples(rules: unknown): Array<[unknown, unknown, unknown]> {
  if (!Array.isArray(rules)) {
    return entriesOf(rules).map(([key, value]): [unknown, unknown, unknown] => {
      if (Array.isArray(value)) {
        const parts = value as ReadonlyArray<unknown>;
        return [key, parts.find((item) => typeof item === 'number') ?? Number(parts[0]), parts.find(isAggregation) ?? parts[1]];
      }
      return [key, lookup(value, ['timeBucket', 'time_bucket']), lookup(value, ['aggregationType', 'aggregation_type'])];
    });
  }
  if (rules.every((rule) => Array.isArray(rule) && rule.length >= 3)) return rules.map((rule: ReadonlyArray<unknown>) => ruleTriple(rule));
  return valuesOf(rules).map((rule) =>
    Array.isArray(rule)
      ? ruleTriple(rule)
      : ruleTriple([lookup(rule, ['key']), lookup(rule, ['timeBucket', 'time_bucket']), lookup(rule, ['aggregationType', 'aggregation_type'])]),
  );
}

/**
 * The RESP3 map in the RESP2 layout. Under MAP→Array the whole reply, its labels and its rules are
 * flat `[name, value, …]` arrays: they are read as maps. (node-redis reads them as RESP2's pairs
 * and triples, which garbles the labels and rules — the one place x differs on purpose.)
 */
function flatFromMap(reply: unknown, typeMapping: TypeMapping | undefined): Array<unknown> {
  const flatMaps = typeMapping?.[MAP] === Array;
  // A flat map has a name at every even position; a list of pairs or triples (an older layout) has arrays.
  const isFlatMap = (value: unknown): value is Array<unknown> =>
    Array.isArray(value) && value.length % 2 === 0 && value.every((item, i) => i % 2 === 1 || isText(item));
  const asMap = (value: unknown) => (flatMaps && isFlatMap(value) ? new Map(entriesOf(value)) : value);
  const flat: Array<unknown> = [];
  for (const [field, value] of entriesOf(reply)) {
    if (field === 'labels') flat.push(field, labelPairs(asMap(value)));
    else if (field === 'rules') flat.push(field, ruleTriples(asMap(value)));
    else flat.push(field, value);
  }
  return flat;
}

export const INFO = {
  parseCommand(parser: CommandParser, key: string) {
    parser.push('TS.INFO');
    parser.pushKey(key);
  },
  transformReply: {
    2: (reply: ReadonlyArray<unknown>, _preserve?: unknown, typeMapping?: TypeMapping): TsInfoReply => infoFromFlat(reply, typeMapping),
    3: (reply: unknown, _preserve?: unknown, typeMapping?: TypeMapping): TsInfoReply => infoFromFlat(flatFromMap(reply, typeMapping), typeMapping),
  },
} as const satisfies Command;

type Chunk = TsInfoDebugReply['chunks'][number];

/** Its text; throws on a missing value, as node-redis's `.toString()` does. */
const text = (value: unknown): string => (value as { toString(): string }).toString();

/** A RESP3 chunk: a map (under any MAP mapping), or (older modules) a positional array. */
function chunkOf(chunk: unknown): Chunk {
  if (Array.isArray(chunk)) {
    // A flat map: the values sit after their names.
    const at = chunk.length >= 10 && chunk[0] === 'startTimestamp' ? (i: number) => chunk[2 * i + 1] : (i: number) => chunk[i];
    return { startTimestamp: at(0) as NumberReply, endTimestamp: at(1) as NumberReply, samples: at(2) as NumberReply, size: at(3) as NumberReply, bytesPerSample: text(at(4)) as SimpleStringReply };
  }
  const fields = recordOf(chunk);
  return {
    startTimestamp: (fields.startTimestamp ?? fields.start_timestamp) as NumberReply,
    endTimestamp: (fields.endTimestamp ?? fields.end_timestamp) as NumberReply,
    samples: fields.samples as NumberReply,
    size: fields.size as NumberReply,
    bytesPerSample: text(fields.bytesPerSample ?? fields.bytes_per_sample) as SimpleStringReply,
  };
}

export const INFO_DEBUG = {
  parseCommand(parser: CommandParser, key: string) {
    INFO.parseCommand(parser, key);
    parser.push('DEBUG');
  },
  transformReply: {
    2: (reply: ReadonlyArray<unknown>, preserve?: unknown, typeMapping?: TypeMapping): TsInfoDebugReply => {
      const info = INFO.transformReply[2](reply, preserve, typeMapping) as TsInfoDebugReply;
      for (let i = 0; i < reply.length; i += 2) {
        const field = String(reply[i]);
        if (field === 'keySelfName') info.keySelfName = reply[i + 1] as BlobStringReply;
        else if (field === 'Chunks') {
          // `[name, value, …]` per chunk: the values are at the odd positions.
          info.chunks = (reply[i + 1] as ReadonlyArray<ReadonlyArray<unknown>>).map((chunk) => ({
            startTimestamp: chunk[1] as NumberReply,
            endTimestamp: chunk[3] as NumberReply,
            samples: chunk[5] as NumberReply,
            size: chunk[7] as NumberReply,
            bytesPerSample: chunk[9] as SimpleStringReply,
          }));
        }
      }
      return info;
    },
    3: (reply: unknown, preserve?: unknown, typeMapping?: TypeMapping): TsInfoDebugReply => {
      const info = INFO.transformReply[3](reply, preserve, typeMapping) as TsInfoDebugReply;
      const fields = recordOf(reply);
      info.keySelfName = (fields.keySelfName ?? fields.key_self_name) as BlobStringReply;
      info.chunks = valuesOf(fields.Chunks ?? fields.chunks).map(chunkOf);
      return info;
    },
  },
} as const satisfies Command;
