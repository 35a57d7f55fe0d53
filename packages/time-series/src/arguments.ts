// What the TS.* commands take, and how each piece goes on the wire. The constants and option types
// are node-redis's (same names, same values, same shapes), so code written for `@redis/time-series`
// type-checks against these. Numbers are written with `.toString()` on purpose: a missing required
// number throws a TypeError inside parseCommand (a rejected call), as it does with node-redis,
// instead of sending the word "undefined".
import type { CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';

export const TIME_SERIES_ENCODING = {
  COMPRESSED: 'COMPRESSED',
  UNCOMPRESSED: 'UNCOMPRESSED',
} as const;
export type TimeSeriesEncoding = (typeof TIME_SERIES_ENCODING)[keyof typeof TIME_SERIES_ENCODING];

export const TIME_SERIES_DUPLICATE_POLICIES = {
  BLOCK: 'BLOCK',
  FIRST: 'FIRST',
  LAST: 'LAST',
  MIN: 'MIN',
  MAX: 'MAX',
  SUM: 'SUM',
} as const;
export type TimeSeriesDuplicatePolicies = (typeof TIME_SERIES_DUPLICATE_POLICIES)[keyof typeof TIME_SERIES_DUPLICATE_POLICIES];

export const TIME_SERIES_AGGREGATION_TYPE = {
  AVG: 'AVG',
  FIRST: 'FIRST',
  LAST: 'LAST',
  MIN: 'MIN',
  MAX: 'MAX',
  SUM: 'SUM',
  RANGE: 'RANGE',
  COUNT: 'COUNT',
  COUNT_NAN: 'COUNTNAN',
  COUNT_ALL: 'COUNTALL',
  STD_P: 'STD.P',
  STD_S: 'STD.S',
  VAR_P: 'VAR.P',
  VAR_S: 'VAR.S',
  TWA: 'TWA',
} as const;
export type TimeSeriesAggregationType = (typeof TIME_SERIES_AGGREGATION_TYPE)[keyof typeof TIME_SERIES_AGGREGATION_TYPE];

/** Where an aggregation bucket's reported timestamp sits. Not `as const`: node-redis types these as `string`. */
export const TIME_SERIES_BUCKET_TIMESTAMP: { LOW: string; MIDDLE: string; END: string } = {
  LOW: '-',
  MIDDLE: '~',
  END: '+',
};
export type TimeSeriesBucketTimestamp = (typeof TIME_SERIES_BUCKET_TIMESTAMP)[keyof typeof TIME_SERIES_BUCKET_TIMESTAMP];

export const TIME_SERIES_REDUCERS = {
  AVG: 'AVG',
  SUM: 'SUM',
  MIN: 'MIN',
  MAX: 'MAX',
  RANGE: 'RANGE',
  COUNT: 'COUNT',
  COUNTNAN: 'COUNTNAN',
  COUNTALL: 'COUNTALL',
  STD_P: 'STD.P',
  STD_S: 'STD.S',
  VAR_P: 'VAR.P',
  VAR_S: 'VAR.S',
} as const;
export type TimeSeriesReducer = (typeof TIME_SERIES_REDUCERS)[keyof typeof TIME_SERIES_REDUCERS];

/** TS.READ's cursor sentinels. */
export const TS_READ_TIMESTAMP = {
  EARLIEST: '-',
  LATEST: '+',
  NEW: '$',
} as const;

/** A sample time: milliseconds, a Date, or a string sent as is (`'-'`, `'+'`, `'*'`). */
export type TsTimestamp = number | Date | string;
export type TsReadTimestamp = TsTimestamp | (typeof TS_READ_TIMESTAMP)[keyof typeof TS_READ_TIMESTAMP];

export type TsLabels = { [label: string]: string };

export interface TsIgnoreOptions {
  maxTimeDiff: number;
  maxValDiff: number;
}

export interface TsCreateOptions {
  RETENTION?: number;
  ENCODING?: TimeSeriesEncoding;
  CHUNK_SIZE?: number;
  DUPLICATE_POLICY?: TimeSeriesDuplicatePolicies;
  LABELS?: TsLabels;
  IGNORE?: TsIgnoreOptions;
}

export type TsAlterOptions = Pick<TsCreateOptions, 'RETENTION' | 'CHUNK_SIZE' | 'DUPLICATE_POLICY' | 'LABELS' | 'IGNORE'>;

export interface TsAddOptions {
  RETENTION?: number;
  ENCODING?: TimeSeriesEncoding;
  CHUNK_SIZE?: number;
  ON_DUPLICATE?: TimeSeriesDuplicatePolicies;
  LABELS?: TsLabels;
  IGNORE?: TsIgnoreOptions;
}

export interface TsIncrByOptions {
  TIMESTAMP?: TsTimestamp;
  RETENTION?: number;
  UNCOMPRESSED?: boolean;
  CHUNK_SIZE?: number;
  LABELS?: TsLabels;
  IGNORE?: TsIgnoreOptions;
}

export interface TsGetOptions {
  LATEST?: boolean;
}

export interface TsMAddSample {
  key: string;
  timestamp: TsTimestamp;
  value: number;
}

export interface TsMGetOptions {
  LATEST?: boolean;
}

/** node-redis's type carries SELECTED_LABELS, but its MGET_WITHLABELS never sends it (use mGetSelectedLabels). */
export interface TsMGetWithLabelsOptions extends TsMGetOptions {
  SELECTED_LABELS?: RedisVariadicArgument;
}

export interface TsReadOptions {
  BLOCK?: { milliseconds: number; minCount?: number };
  MAX_COUNT?: number;
}

export interface TsRangeCommonOptions {
  LATEST?: boolean;
  FILTER_BY_TS?: Array<TsTimestamp>;
  FILTER_BY_VALUE?: { min: number; max: number };
  COUNT?: number;
}

export interface TsRangeOptions extends TsRangeCommonOptions {
  ALIGN?: TsTimestamp;
  AGGREGATION?: {
    ALIGN?: TsTimestamp;
    type: TimeSeriesAggregationType;
    timeBucket: TsTimestamp;
    BUCKETTIMESTAMP?: TimeSeriesBucketTimestamp;
    EMPTY?: boolean;
  };
}

export interface TsMRangeOptions extends TsRangeOptions {
  /** Leave out series with no sample in the range (Redis 8.10; not with GROUPBY). */
  EXCLUDEEMPTY?: boolean;
}

export type TimeSeriesAggregationTypeList = [TimeSeriesAggregationType, ...Array<TimeSeriesAggregationType>];

export interface TsRangeMultiAggrOptions extends TsRangeCommonOptions {
  ALIGN?: TsTimestamp;
  AGGREGATION: {
    types: TimeSeriesAggregationTypeList;
    timeBucket: TsTimestamp;
    BUCKETTIMESTAMP?: TimeSeriesBucketTimestamp;
    EMPTY?: boolean;
  };
}

export interface TsMRangeMultiAggrOptions extends TsRangeMultiAggrOptions {
  EXCLUDEEMPTY?: boolean;
}

export type TimeSeriesAggregationTypeGroups = [TimeSeriesAggregationTypeList, ...Array<TimeSeriesAggregationTypeList>];

export interface TsNRangeOptions extends TsRangeCommonOptions {
  ALIGN?: TsTimestamp;
  AGGREGATION?: {
    /** One comma-joined group per key, in the keys' order. */
    types: TimeSeriesAggregationTypeGroups;
    timeBucket: TsTimestamp;
    BUCKETTIMESTAMP?: TimeSeriesBucketTimestamp;
    EMPTY?: boolean;
  };
}

export interface TsMRangeGroupBy {
  label: RedisArgument;
  REDUCE: TimeSeriesReducer;
}

/** A number as its decimal text; throws (as node-redis does) when a required number is missing. */
export function decimal(value: number): string {
  return value.toString();
}

/** A timestamp argument: a string as is, a number as decimal, a Date as its epoch milliseconds. */
export function timestampArgument(timestamp: TsTimestamp): string {
  if (typeof timestamp === 'string') return timestamp;
  return decimal(typeof timestamp === 'number' ? timestamp : timestamp.getTime());
}

// ---- the per-series options (TS.CREATE, TS.ALTER, TS.ADD, TS.INCRBY/DECRBY) ----

type SeriesOptions = TsCreateOptions & TsAddOptions & TsIncrByOptions;
type SeriesOption = keyof SeriesOptions;

/**
 * How each per-series option goes on the wire. The commands share the words but not the order nor
 * the test for "given": some options are sent when defined, the flags and LABELS/ON_DUPLICATE when
 * truthy (an empty string policy is not sent), TIMESTAMP when neither undefined nor null.
 */
const SERIES_OPTION_WRITERS: { [K in SeriesOption]-?: (parser: CommandParser, value: SeriesOptions[K]) => void } = {
  TIMESTAMP(parser, timestamp) {
    if (timestamp !== undefined && timestamp !== null) parser.push('TIMESTAMP', timestampArgument(timestamp));
  },
  RETENTION(parser, retention) {
    if (retention !== undefined) parser.push('RETENTION', decimal(retention));
  },
  ENCODING(parser, encoding) {
    if (encoding !== undefined) parser.push('ENCODING', encoding);
  },
  UNCOMPRESSED(parser, uncompressed) {
    if (uncompressed) parser.push('UNCOMPRESSED');
  },
  CHUNK_SIZE(parser, size) {
    if (size !== undefined) parser.push('CHUNK_SIZE', decimal(size));
  },
  DUPLICATE_POLICY(parser, policy) {
    if (policy !== undefined) parser.push('DUPLICATE_POLICY', policy);
  },
  ON_DUPLICATE(parser, policy) {
    if (policy) parser.push('ON_DUPLICATE', policy);
  },
  LABELS(parser, labels) {
    if (!labels) return;
    parser.push('LABELS');
    // The values go as given (node-redis does not convert them either).
    for (const [label, value] of Object.entries(labels)) parser.push(label, value);
  },
  IGNORE(parser, ignore) {
    if (ignore !== undefined) parser.push('IGNORE', decimal(ignore.maxTimeDiff), decimal(ignore.maxValDiff));
  },
};

/** Pushes the options named in `order`, in that order (each command's own). */
export function pushSeriesOptions(parser: CommandParser, options: Partial<SeriesOptions> | undefined, order: ReadonlyArray<SeriesOption>): void {
  for (const name of order) {
    (SERIES_OPTION_WRITERS[name] as (parser: CommandParser, value: unknown) => void)(parser, options?.[name]);
  }
}

// ---- ranges ----

/** `from to [LATEST] [FILTER_BY_TS ts…] [FILTER_BY_VALUE min max] [COUNT n]`: every range command's head. */
export function pushRangeCommon(parser: CommandParser, from: TsTimestamp, to: TsTimestamp, options: TsRangeCommonOptions | undefined): void {
  parser.push(timestampArgument(from), timestampArgument(to));
  if (options?.LATEST) parser.push('LATEST');
  if (options?.FILTER_BY_TS) {
    parser.push('FILTER_BY_TS');
    for (const timestamp of options.FILTER_BY_TS) parser.push(timestampArgument(timestamp));
  }
  if (options?.FILTER_BY_VALUE) parser.push('FILTER_BY_VALUE', decimal(options.FILTER_BY_VALUE.min), decimal(options.FILTER_BY_VALUE.max));
  if (options?.COUNT !== undefined) parser.push('COUNT', decimal(options.COUNT));
}

interface BucketOptions {
  timeBucket: TsTimestamp;
  BUCKETTIMESTAMP?: TimeSeriesBucketTimestamp;
  EMPTY?: boolean;
}

/** `… bucketDuration [BUCKETTIMESTAMP bt] [EMPTY]`: the tail every AGGREGATION clause shares. */
function pushBucket(parser: CommandParser, aggregation: BucketOptions): void {
  parser.push(timestampArgument(aggregation.timeBucket));
  if (aggregation.BUCKETTIMESTAMP) parser.push('BUCKETTIMESTAMP', aggregation.BUCKETTIMESTAMP);
  if (aggregation.EMPTY) parser.push('EMPTY');
}

function pushAlign(parser: CommandParser, align: TsTimestamp | undefined): void {
  if (align !== undefined) parser.push('ALIGN', timestampArgument(align));
}

/**
 * A one-aggregator range (TS.RANGE and the TS.MRANGE forms): ALIGN only with an AGGREGATION, taken
 * from the top level or, failing that, from inside the aggregation.
 */
export function pushRange(parser: CommandParser, from: TsTimestamp, to: TsTimestamp, options: TsRangeOptions | undefined): void {
  pushRangeCommon(parser, from, to, options);
  const aggregation = options?.AGGREGATION;
  if (!aggregation) return;
  pushAlign(parser, options.ALIGN ?? aggregation.ALIGN);
  parser.push('AGGREGATION', aggregation.type);
  pushBucket(parser, aggregation);
}

/** A several-aggregator range (the MULTIAGGR forms): the options and the aggregation are required. */
export function pushMultiAggrRange(parser: CommandParser, from: TsTimestamp, to: TsTimestamp, options: TsRangeMultiAggrOptions): void {
  pushRangeCommon(parser, from, to, options);
  pushAlign(parser, options.ALIGN);
  parser.push('AGGREGATION', options.AGGREGATION.types.join(','));
  pushBucket(parser, options.AGGREGATION);
}

/** TS.NRANGE's range: one comma-joined aggregator group per key. */
export function pushNRange(parser: CommandParser, from: TsTimestamp, to: TsTimestamp, options: TsNRangeOptions | undefined): void {
  pushRangeCommon(parser, from, to, options);
  const aggregation = options?.AGGREGATION;
  if (!aggregation) return;
  pushAlign(parser, options.ALIGN);
  parser.push('AGGREGATION');
  for (const group of aggregation.types) parser.push(group.join(','));
  pushBucket(parser, aggregation);
}

/** `FILTER expr…`: the series selector of TS.MGET and TS.MRANGE. */
export function pushFilter(parser: CommandParser, filter: RedisVariadicArgument): void {
  parser.push('FILTER');
  parser.pushVariadic(filter);
}

export function pushSelectedLabels(parser: CommandParser, selectedLabels: RedisVariadicArgument): void {
  parser.push('SELECTED_LABELS');
  parser.pushVariadic(selectedLabels);
}

/**
 * TS.QUERYLABELS's optional `FILTER expr…`. No filter means every indexed series; an empty list is
 * refused rather than sent as a bare FILTER (which the server refuses) or silently widened.
 */
export function pushOptionalFilter(parser: CommandParser, filter: RedisVariadicArgument | undefined): void {
  if (filter === undefined) return;
  if (Array.isArray(filter) && filter.length === 0) {
    throw new TypeError('FILTER was given an empty filter expression list; omit it to query all indexed series');
  }
  pushFilter(parser, filter);
}
