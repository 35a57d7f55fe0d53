// TS.MRANGE and TS.MREVRANGE in node-redis's twelve shapes each: what comes with every series (no
// labels, WITHLABELS, SELECTED_LABELS), how it is aggregated (one aggregator or several:
// MULTIAGGR), and whether series are merged (GROUPBY). One wire builder and one reply builder serve
// them all; each shape only fixes its parameters and picks its pieces.
//
// The wire: `cmd from to [LATEST] [FILTER_BY_TS…] [FILTER_BY_VALUE…] [COUNT] [ALIGN] [AGGREGATION…]
// [EXCLUDEEMPTY] [WITHLABELS | SELECTED_LABELS l…] FILTER expr… [GROUPBY label REDUCE r]` —
// EXCLUDEEMPTY never with GROUPBY (the server refuses the pair).
//
// The reply, per series: RESP2 `[key, labels, samples]`; RESP3 `key → [labels, metadata, samples]`,
// or with GROUPBY `key → [labels, metadata, { sources }, samples]`.
import type { BlobStringReply, Command, CommandParser, MapReply, RedisVariadicArgument, TypeMapping } from '@x/modules';
import {
  pushFilter,
  pushMultiAggrRange,
  pushRange,
  pushSelectedLabels,
  type TsTimestamp,
  type TsMRangeGroupBy,
  type TsMRangeMultiAggrOptions,
  type TsMRangeOptions,
  type TsRangeOptions,
} from './arguments';
import { labelsMap, labelsRecord, labelsWithSources, mapValues, multiSamples, samples, seriesMap, sourcesOf } from './replies';

type MRangeCommand = 'TS.MRANGE' | 'TS.MREVRANGE';

/** What each series carries besides its samples: nothing, all its labels, or the named ones. */
type LabelsClause = { kind: 'none' } | { kind: 'with' } | { kind: 'selected'; labels: RedisVariadicArgument };

const NO_LABELS: LabelsClause = { kind: 'none' };
const WITH_LABELS: LabelsClause = { kind: 'with' };

interface MRangeCall<O> {
  from: TsTimestamp;
  to: TsTimestamp;
  options: O;
  labels: LabelsClause;
  filter: RedisVariadicArgument;
  /** Set by the GROUPBY shapes (even when a caller passes no `groupBy`: then it throws, as node-redis does). */
  grouped?: true;
  groupBy?: TsMRangeGroupBy;
}

function pushTail(parser: CommandParser, call: MRangeCall<object | undefined>): void {
  if (!call.grouped && (call.options as { EXCLUDEEMPTY?: boolean } | undefined)?.EXCLUDEEMPTY) parser.push('EXCLUDEEMPTY');
  if (call.labels.kind === 'with') parser.push('WITHLABELS');
  else if (call.labels.kind === 'selected') pushSelectedLabels(parser, call.labels.labels);
  pushFilter(parser, call.filter);
  if (call.grouped) {
    const groupBy = call.groupBy as TsMRangeGroupBy;
    parser.push('GROUPBY', groupBy.label, 'REDUCE', groupBy.REDUCE);
  }
}

/** One aggregator at most (TsRangeOptions' AGGREGATION). GROUPBY shapes take no EXCLUDEEMPTY. */
function pushOneAggregator(parser: CommandParser, command: MRangeCommand, call: MRangeCall<TsMRangeOptions | TsRangeOptions | undefined>): void {
  parser.push(command);
  pushRange(parser, call.from, call.to, call.options);
  pushTail(parser, call);
}

/** Several aggregators (MULTIAGGR): the options, with their AGGREGATION, are required. */
function pushManyAggregators(parser: CommandParser, command: MRangeCommand, call: MRangeCall<TsMRangeMultiAggrOptions>): void {
  parser.push(command);
  pushMultiAggrRange(parser, call.from, call.to, call.options);
  pushTail(parser, call);
}

// ---- replies ----

interface SampleKind<S2, S3> {
  2: (raw: ReadonlyArray<ReadonlyArray<unknown>>) => S2;
  3: (raw: ReadonlyArray<ReadonlyArray<unknown>>) => S3;
}

const seriesSamples = (tuple: ReadonlyArray<unknown>) => tuple[2] as ReadonlyArray<ReadonlyArray<unknown>>;
const groupSamples = (tuple: ReadonlyArray<unknown>) => tuple[3] as ReadonlyArray<ReadonlyArray<unknown>>;
const rawLabels = (tuple: ReadonlyArray<unknown>) => tuple[1] as ReadonlyArray<ReadonlyArray<unknown>>;

/** The reply of each shape, for one-aggregator samples or several-aggregator ones. */
function replies<S2, S3>(kind: SampleKind<S2, S3>) {
  return {
    /** Just the samples. */
    plain: seriesMap(
      (tuple) => kind[2](seriesSamples(tuple)),
      (tuple) => kind[3](seriesSamples(tuple)),
    ),
    /** WITHLABELS: RESP2's labels always a plain object (node-redis ignores the MAP mapping there). */
    withLabels: seriesMap(
      (tuple) => ({ labels: labelsRecord(rawLabels(tuple)), samples: kind[2](seriesSamples(tuple)) }),
      (tuple) => ({ labels: tuple[0] as MapReply<BlobStringReply, BlobStringReply>, samples: kind[3](seriesSamples(tuple)) }),
    ),
    /** SELECTED_LABELS: RESP2's labels shaped by the MAP mapping; a label the series lacks is null. */
    selectedLabels: seriesMap(
      (tuple, typeMapping: TypeMapping | undefined) => ({
        labels: labelsMap<BlobStringReply | null>(rawLabels(tuple), typeMapping),
        samples: kind[2](seriesSamples(tuple)),
      }),
      (tuple) => ({ labels: tuple[0] as MapReply<BlobStringReply, BlobStringReply | null>, samples: kind[3](seriesSamples(tuple)) }),
    ),
  };
}

const ONE = replies(samples);
const MANY = replies(multiSamples);

const GROUPBY_REPLY = seriesMap(
  (tuple) => ({ samples: samples[2](seriesSamples(tuple)) }),
  (tuple) => ({ samples: samples[3](groupSamples(tuple)) }),
);

/** GROUPBY with WITHLABELS: RESP2 appends `__reducer__` and `__source__` to the labels; RESP3 has `{ sources }`. */
const WITHLABELS_GROUPBY_REPLY = seriesMap(
  (tuple, typeMapping) => ({ ...labelsWithSources<BlobStringReply>(rawLabels(tuple), typeMapping), samples: samples[2](seriesSamples(tuple)) }),
  (tuple) => ({
    labels: tuple[0] as MapReply<BlobStringReply, BlobStringReply>,
    sources: sourcesOf(tuple[2]),
    samples: samples[3](groupSamples(tuple)),
  }),
);

/** GROUPBY with SELECTED_LABELS: RESP2 as without GROUPBY; RESP3's samples after the sources. */
const SELECTED_LABELS_GROUPBY_REPLY = {
  2: ONE.selectedLabels[2],
  3: (reply: MapReply<BlobStringReply, ReadonlyArray<unknown>>) =>
    mapValues(reply, (tuple) => ({ labels: tuple[0] as MapReply<BlobStringReply, BlobStringReply | null>, samples: samples[3](groupSamples(tuple)) })),
};

// ---- the shapes ----

function mRange(command: MRangeCommand) {
  return {
    // Keyless, and a read: a cluster may send it to a replica (node-redis marks only this shape so).
    IS_READ_ONLY: true,
    parseCommand(parser: CommandParser, fromTimestamp: TsTimestamp, toTimestamp: TsTimestamp, filter: RedisVariadicArgument, options?: TsMRangeOptions) {
      pushOneAggregator(parser, command, { from: fromTimestamp, to: toTimestamp, options, labels: NO_LABELS, filter });
    },
    transformReply: ONE.plain,
  } as const satisfies Command;
}

function mRangeWithLabels(command: MRangeCommand) {
  return {
    parseCommand(parser: CommandParser, fromTimestamp: TsTimestamp, toTimestamp: TsTimestamp, filter: RedisVariadicArgument, options?: TsMRangeOptions) {
      pushOneAggregator(parser, command, { from: fromTimestamp, to: toTimestamp, options, labels: WITH_LABELS, filter });
    },
    transformReply: ONE.withLabels,
  } as const satisfies Command;
}

function mRangeSelectedLabels(command: MRangeCommand) {
  return {
    parseCommand(
      parser: CommandParser,
      fromTimestamp: TsTimestamp,
      toTimestamp: TsTimestamp,
      selectedLabels: RedisVariadicArgument,
      filter: RedisVariadicArgument,
      options?: TsMRangeOptions,
    ) {
      pushOneAggregator(parser, command, { from: fromTimestamp, to: toTimestamp, options, labels: { kind: 'selected', labels: selectedLabels }, filter });
    },
    transformReply: ONE.selectedLabels,
  } as const satisfies Command;
}

function mRangeGroupBy(command: MRangeCommand) {
  return {
    parseCommand(
      parser: CommandParser,
      fromTimestamp: TsTimestamp,
      toTimestamp: TsTimestamp,
      filter: RedisVariadicArgument,
      groupBy: TsMRangeGroupBy,
      options?: TsRangeOptions,
    ) {
      pushOneAggregator(parser, command, { from: fromTimestamp, to: toTimestamp, options, labels: NO_LABELS, filter, grouped: true, groupBy });
    },
    transformReply: GROUPBY_REPLY,
  } as const satisfies Command;
}

function mRangeWithLabelsGroupBy(command: MRangeCommand) {
  return {
    parseCommand(
      parser: CommandParser,
      fromTimestamp: TsTimestamp,
      toTimestamp: TsTimestamp,
      filter: RedisVariadicArgument,
      groupBy: TsMRangeGroupBy,
      options?: TsRangeOptions,
    ) {
      pushOneAggregator(parser, command, { from: fromTimestamp, to: toTimestamp, options, labels: WITH_LABELS, filter, grouped: true, groupBy });
    },
    transformReply: WITHLABELS_GROUPBY_REPLY,
  } as const satisfies Command;
}

function mRangeSelectedLabelsGroupBy(command: MRangeCommand) {
  return {
    parseCommand(
      parser: CommandParser,
      fromTimestamp: TsTimestamp,
      toTimestamp: TsTimestamp,
      selectedLabels: RedisVariadicArgument,
      filter: RedisVariadicArgument,
      groupBy: TsMRangeGroupBy,
      options?: TsRangeOptions,
    ) {
      const labels: LabelsClause = { kind: 'selected', labels: selectedLabels };
      pushOneAggregator(parser, command, { from: fromTimestamp, to: toTimestamp, options, labels, filter, grouped: true, groupBy });
    },
    transformReply: SELECTED_LABELS_GROUPBY_REPLY,
  } as const satisfies Command;
}

function mRangeMultiAggr(command: MRangeCommand) {
  return {
    parseCommand(parser: CommandParser, fromTimestamp: TsTimestamp, toTimestamp: TsTimestamp, filter: RedisVariadicArgument, options: TsMRangeMultiAggrOptions) {
      pushManyAggregators(parser, command, { from: fromTimestamp, to: toTimestamp, options, labels: NO_LABELS, filter });
    },
    transformReply: MANY.plain,
  } as const satisfies Command;
}

function mRangeWithLabelsMultiAggr(command: MRangeCommand) {
  return {
    parseCommand(parser: CommandParser, fromTimestamp: TsTimestamp, toTimestamp: TsTimestamp, filter: RedisVariadicArgument, options: TsMRangeMultiAggrOptions) {
      pushManyAggregators(parser, command, { from: fromTimestamp, to: toTimestamp, options, labels: WITH_LABELS, filter });
    },
    transformReply: MANY.withLabels,
  } as const satisfies Command;
}

function mRangeSelectedLabelsMultiAggr(command: MRangeCommand) {
  return {
    parseCommand(
      parser: CommandParser,
      fromTimestamp: TsTimestamp,
      toTimestamp: TsTimestamp,
      selectedLabels: RedisVariadicArgument,
      filter: RedisVariadicArgument,
      options: TsMRangeMultiAggrOptions,
    ) {
      pushManyAggregators(parser, command, { from: fromTimestamp, to: toTimestamp, options, labels: { kind: 'selected', labels: selectedLabels }, filter });
    },
    transformReply: MANY.selectedLabels,
  } as const satisfies Command;
}

export const MRANGE = mRange('TS.MRANGE');
export const MREVRANGE = mRange('TS.MREVRANGE');
export const MRANGE_WITHLABELS = mRangeWithLabels('TS.MRANGE');
export const MREVRANGE_WITHLABELS = mRangeWithLabels('TS.MREVRANGE');
export const MRANGE_SELECTED_LABELS = mRangeSelectedLabels('TS.MRANGE');
export const MREVRANGE_SELECTED_LABELS = mRangeSelectedLabels('TS.MREVRANGE');
export const MRANGE_GROUPBY = mRangeGroupBy('TS.MRANGE');
export const MREVRANGE_GROUPBY = mRangeGroupBy('TS.MREVRANGE');
export const MRANGE_WITHLABELS_GROUPBY = mRangeWithLabelsGroupBy('TS.MRANGE');
export const MREVRANGE_WITHLABELS_GROUPBY = mRangeWithLabelsGroupBy('TS.MREVRANGE');
export const MRANGE_SELECTED_LABELS_GROUPBY = mRangeSelectedLabelsGroupBy('TS.MRANGE');
export const MREVRANGE_SELECTED_LABELS_GROUPBY = mRangeSelectedLabelsGroupBy('TS.MREVRANGE');
export const MRANGE_MULTIAGGR = mRangeMultiAggr('TS.MRANGE');
export const MREVRANGE_MULTIAGGR = mRangeMultiAggr('TS.MREVRANGE');
export const MRANGE_WITHLABELS_MULTIAGGR = mRangeWithLabelsMultiAggr('TS.MRANGE');
export const MREVRANGE_WITHLABELS_MULTIAGGR = mRangeWithLabelsMultiAggr('TS.MREVRANGE');
export const MRANGE_SELECTED_LABELS_MULTIAGGR = mRangeSelectedLabelsMultiAggr('TS.MRANGE');
export const MREVRANGE_SELECTED_LABELS_MULTIAGGR = mRangeSelectedLabelsMultiAggr('TS.MREVRANGE');
