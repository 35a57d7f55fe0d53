// The commands over several series: TS.MADD and TS.NRANGE name their keys (all in one slot on a
// cluster); TS.MGET, TS.QUERYINDEX and TS.QUERYLABELS select series by a label filter and name no key.
import type { BlobStringReply, Command, CommandParser, MapReply, NumberReply, RedisArgument, RedisVariadicArgument, SetReply } from '@x/modules';
import {
  decimal,
  pushFilter,
  pushNRange,
  pushOptionalFilter,
  pushSelectedLabels,
  timestampArgument,
  type TsTimestamp,
  type TsMAddSample,
  type TsMGetOptions,
  type TsMGetWithLabelsOptions,
  type TsNRangeOptions,
} from './arguments';
import { labelsMap, nullableSample, pivotSamples, seriesMap } from './replies';

export const MADD = {
  parseCommand(parser: CommandParser, toAdd: Array<TsMAddSample>) {
    parser.push('TS.MADD');
    for (const { key, timestamp, value } of toAdd) {
      parser.pushKey(key);
      parser.push(timestampArgument(timestamp), decimal(value));
    }
  },
  /** One entry per sample: its timestamp, or the error that refused it. */
  transformReply: undefined as unknown as () => Array<NumberReply | Error>,
} as const satisfies Command;

function pushLatest(parser: CommandParser, latest: boolean | undefined): void {
  if (latest) parser.push('LATEST');
}

/** RESP2 `[key, labels, sample]`, RESP3 `key → [labels, sample]`. */
const mGetReply = seriesMap(
  (tuple) => ({ sample: nullableSample[2](tuple[2] as ReadonlyArray<unknown>) }),
  (tuple) => ({ sample: nullableSample[3](tuple[1] as ReadonlyArray<unknown>) }),
);

/** The same with the labels: RESP2's pairs made a map (per the MAP mapping), RESP3's map as decoded. */
function mGetLabelsReply<V>() {
  return seriesMap(
    (tuple, typeMapping) => ({ labels: labelsMap<V>(tuple[1] as ReadonlyArray<ReadonlyArray<unknown>>, typeMapping), sample: nullableSample[2](tuple[2] as ReadonlyArray<unknown>) }),
    (tuple) => ({ labels: tuple[0] as MapReply<BlobStringReply, V>, sample: nullableSample[3](tuple[1] as ReadonlyArray<unknown>) }),
  );
}

export const MGET = {
  // Keyless, and a read: a cluster may send it to a replica (node-redis says so explicitly).
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, filter: RedisVariadicArgument, options?: TsMGetOptions) {
    parser.push('TS.MGET');
    pushLatest(parser, options?.LATEST);
    pushFilter(parser, filter);
  },
  transformReply: mGetReply,
} as const satisfies Command;

export const MGET_WITHLABELS = {
  parseCommand(parser: CommandParser, filter: RedisVariadicArgument, options?: TsMGetWithLabelsOptions) {
    parser.push('TS.MGET');
    pushLatest(parser, options?.LATEST);
    parser.push('WITHLABELS');
    pushFilter(parser, filter);
  },
  transformReply: mGetLabelsReply<BlobStringReply>(),
} as const satisfies Command;

export const MGET_SELECTED_LABELS = {
  parseCommand(parser: CommandParser, filter: RedisVariadicArgument, selectedLabels: RedisVariadicArgument, options?: TsMGetOptions) {
    parser.push('TS.MGET');
    pushLatest(parser, options?.LATEST);
    pushSelectedLabels(parser, selectedLabels);
    pushFilter(parser, filter);
  },
  // A selected label the series lacks comes back as null.
  transformReply: mGetLabelsReply<BlobStringReply | null>(),
} as const satisfies Command;

/** Series names or label names/values: an array in RESP2, a set in RESP3, passed on as decoded. */
const NAMES = {
  2: undefined as unknown as () => Array<BlobStringReply>,
  3: undefined as unknown as () => SetReply<BlobStringReply>,
};

export const QUERYINDEX = {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, filter: RedisVariadicArgument) {
    parser.push('TS.QUERYINDEX');
    parser.pushVariadic(filter);
  },
  transformReply: NAMES,
} as const satisfies Command;

export const QUERYLABELS = {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, filter?: RedisVariadicArgument) {
    parser.push('TS.QUERYLABELS', 'LABELS');
    pushOptionalFilter(parser, filter);
  },
  transformReply: NAMES,
} as const satisfies Command;

export const QUERYLABELS_VALUES = {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, label: RedisArgument, filter?: RedisVariadicArgument) {
    parser.push('TS.QUERYLABELS', 'VALUES', label);
    pushOptionalFilter(parser, filter);
  },
  transformReply: NAMES,
} as const satisfies Command;

/** TS.NRANGE and TS.NREVRANGE: named series side by side, one row per timestamp. */
function nRange(command: 'TS.NRANGE' | 'TS.NREVRANGE') {
  return {
    IS_READ_ONLY: true,
    parseCommand(parser: CommandParser, keys: Array<RedisArgument>, fromTimestamp: TsTimestamp, toTimestamp: TsTimestamp, options?: TsNRangeOptions) {
      parser.push(command);
      parser.pushKeysLength(keys);
      pushNRange(parser, fromTimestamp, toTimestamp, options);
    },
    transformReply: {
      2: (reply: ReadonlyArray<ReadonlyArray<unknown>>) => pivotSamples[2](reply),
      3: (reply: ReadonlyArray<ReadonlyArray<unknown>>) => pivotSamples[3](reply),
    },
  } as const satisfies Command;
}

export const NRANGE = nRange('TS.NRANGE');
export const NREVRANGE = nRange('TS.NREVRANGE');
