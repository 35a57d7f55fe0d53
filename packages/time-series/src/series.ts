// The commands on one series (or a source and a destination series): create, change, write, read
// by range. Each pushes its key(s) with pushKey so a cluster routes it to the series' node.
import type { Command, CommandParser, NumberReply, RedisArgument, SimpleStringReply } from '@x/modules';
import {
  decimal,
  pushMultiAggrRange,
  pushRange,
  pushSeriesOptions,
  timestampArgument,
  type TimeSeriesAggregationType,
  type TsTimestamp,
  type TsAddOptions,
  type TsAlterOptions,
  type TsCreateOptions,
  type TsGetOptions,
  type TsIncrByOptions,
  type TsRangeMultiAggrOptions,
  type TsRangeOptions,
  type TsReadOptions,
  type TsReadTimestamp,
} from './arguments';
import { multiSamples, nullableSample, samples } from './replies';

const OK = undefined as unknown as () => SimpleStringReply<'OK'>;
const INTEGER = undefined as unknown as () => NumberReply;

export const CREATE = {
  parseCommand(parser: CommandParser, key: RedisArgument, options?: TsCreateOptions) {
    parser.push('TS.CREATE');
    parser.pushKey(key);
    pushSeriesOptions(parser, options, ['RETENTION', 'ENCODING', 'CHUNK_SIZE', 'DUPLICATE_POLICY', 'LABELS', 'IGNORE']);
  },
  transformReply: OK,
} as const satisfies Command;

export const ALTER = {
  parseCommand(parser: CommandParser, key: RedisArgument, options?: TsAlterOptions) {
    parser.push('TS.ALTER');
    parser.pushKey(key);
    pushSeriesOptions(parser, options, ['RETENTION', 'CHUNK_SIZE', 'DUPLICATE_POLICY', 'LABELS', 'IGNORE']);
  },
  transformReply: OK,
} as const satisfies Command;

export const ADD = {
  parseCommand(parser: CommandParser, key: RedisArgument, timestamp: TsTimestamp, value: number, options?: TsAddOptions) {
    parser.push('TS.ADD');
    parser.pushKey(key);
    parser.push(timestampArgument(timestamp), decimal(value));
    pushSeriesOptions(parser, options, ['RETENTION', 'ENCODING', 'CHUNK_SIZE', 'ON_DUPLICATE', 'LABELS', 'IGNORE']);
  },
  transformReply: INTEGER,
} as const satisfies Command;

/** TS.INCRBY and TS.DECRBY: the same arguments after the command name. */
function counter(command: 'TS.INCRBY' | 'TS.DECRBY') {
  return {
    parseCommand(parser: CommandParser, key: RedisArgument, value: number, options?: TsIncrByOptions) {
      parser.push(command);
      parser.pushKey(key);
      parser.push(decimal(value));
      pushSeriesOptions(parser, options, ['TIMESTAMP', 'RETENTION', 'UNCOMPRESSED', 'CHUNK_SIZE', 'LABELS', 'IGNORE']);
    },
    transformReply: INTEGER,
  } as const satisfies Command;
}

export const INCRBY = counter('TS.INCRBY');
export const DECRBY = counter('TS.DECRBY');

export const DEL = {
  parseCommand(parser: CommandParser, key: RedisArgument, fromTimestamp: TsTimestamp, toTimestamp: TsTimestamp) {
    parser.push('TS.DEL');
    parser.pushKey(key);
    parser.push(timestampArgument(fromTimestamp), timestampArgument(toTimestamp));
  },
  transformReply: INTEGER,
} as const satisfies Command;

export const CREATERULE = {
  parseCommand(
    parser: CommandParser,
    sourceKey: RedisArgument,
    destinationKey: RedisArgument,
    aggregationType: TimeSeriesAggregationType,
    bucketDuration: number,
    alignTimestamp?: number,
  ) {
    parser.push('TS.CREATERULE');
    parser.pushKeys([sourceKey, destinationKey]);
    parser.push('AGGREGATION', aggregationType, decimal(bucketDuration));
    if (alignTimestamp !== undefined) parser.push(decimal(alignTimestamp));
  },
  transformReply: OK,
} as const satisfies Command;

export const DELETERULE = {
  parseCommand(parser: CommandParser, sourceKey: RedisArgument, destinationKey: RedisArgument) {
    parser.push('TS.DELETERULE');
    parser.pushKeys([sourceKey, destinationKey]);
  },
  transformReply: OK,
} as const satisfies Command;

export const GET = {
  parseCommand(parser: CommandParser, key: RedisArgument, options?: TsGetOptions) {
    parser.push('TS.GET');
    parser.pushKey(key);
    if (options?.LATEST) parser.push('LATEST');
  },
  transformReply: {
    2: (reply: ReadonlyArray<unknown>) => nullableSample[2](reply),
    3: (reply: ReadonlyArray<unknown>) => nullableSample[3](reply),
  },
} as const satisfies Command;

export const READ = {
  parseCommand(parser: CommandParser, key: RedisArgument, timestamp: TsReadTimestamp, options?: TsReadOptions) {
    parser.push('TS.READ');
    parser.pushKey(key);
    parser.push(timestampArgument(timestamp));
    if (options?.BLOCK !== undefined) parser.push('BLOCK', decimal(options.BLOCK.milliseconds), decimal(options.BLOCK.minCount ?? 1));
    if (options?.MAX_COUNT !== undefined) parser.push('MAX_COUNT', decimal(options.MAX_COUNT));
  },
  transformReply: {
    2: (reply: ReadonlyArray<ReadonlyArray<unknown>>) => samples[2](reply),
    3: (reply: ReadonlyArray<ReadonlyArray<unknown>>) => samples[3](reply),
  },
} as const satisfies Command;

/** TS.RANGE and TS.REVRANGE: one series, one optional aggregator. */
function range(command: 'TS.RANGE' | 'TS.REVRANGE') {
  return {
    parseCommand(parser: CommandParser, key: RedisArgument, fromTimestamp: TsTimestamp, toTimestamp: TsTimestamp, options?: TsRangeOptions) {
      parser.push(command);
      parser.pushKey(key);
      pushRange(parser, fromTimestamp, toTimestamp, options);
    },
    transformReply: {
      2: (reply: ReadonlyArray<ReadonlyArray<unknown>>) => samples[2](reply),
      3: (reply: ReadonlyArray<ReadonlyArray<unknown>>) => samples[3](reply),
    },
  } as const satisfies Command;
}

/** TS.RANGE and TS.REVRANGE with several aggregators (`AGGREGATION avg,max …`): one value per aggregator. */
function multiAggrRange(command: 'TS.RANGE' | 'TS.REVRANGE') {
  return {
    parseCommand(parser: CommandParser, key: RedisArgument, fromTimestamp: TsTimestamp, toTimestamp: TsTimestamp, options: TsRangeMultiAggrOptions) {
      parser.push(command);
      parser.pushKey(key);
      pushMultiAggrRange(parser, fromTimestamp, toTimestamp, options);
    },
    transformReply: {
      2: (reply: ReadonlyArray<ReadonlyArray<unknown>>) => multiSamples[2](reply),
      3: (reply: ReadonlyArray<ReadonlyArray<unknown>>) => multiSamples[3](reply),
    },
  } as const satisfies Command;
}

export const RANGE = range('TS.RANGE');
export const REVRANGE = range('TS.REVRANGE');
export const RANGE_MULTIAGGR = multiAggrRange('TS.RANGE');
export const REVRANGE_MULTIAGGR = multiAggrRange('TS.REVRANGE');
