// FT.AGGREGATE (plain and WITHCURSOR) and FT.CURSOR READ: the pipeline options (LOAD, then steps in
// the order given: GROUPBY with reducers, SORTBY, APPLY, LIMIT, FILTER) and the reply — RESP2
// `[total, [field, value, …], …]`, RESP3 `{ total_results, results: [{ extra_attributes, … }], warning }`;
// with a cursor, `[that, cursorId]` under both.
import type { BlobStringReply, CommandParser, MapReply, NumberReply, RedisArgument, TypeMapping } from '@x/modules';
import type { RediSearchProperty } from './create';
import { isArgument, pushDialect, pushParams, type FtSearchParams } from './query-arguments';
import { lookup, mergedRow, objectAsMapped, objectOf, pairsAsMapped, plainCopy, valuesOf, warningsOf } from './reply-shapes';

export const FT_AGGREGATE_STEPS = {
  GROUPBY: 'GROUPBY',
  SORTBY: 'SORTBY',
  APPLY: 'APPLY',
  LIMIT: 'LIMIT',
  FILTER: 'FILTER',
} as const;
export type FtAggregateStep = (typeof FT_AGGREGATE_STEPS)[keyof typeof FT_AGGREGATE_STEPS];

export const FT_AGGREGATE_GROUP_BY_REDUCERS = {
  COUNT: 'COUNT',
  COUNT_DISTINCT: 'COUNT_DISTINCT',
  COUNT_DISTINCTISH: 'COUNT_DISTINCTISH',
  SUM: 'SUM',
  MIN: 'MIN',
  MAX: 'MAX',
  AVG: 'AVG',
  STDDEV: 'STDDEV',
  QUANTILE: 'QUANTILE',
  TOLIST: 'TOLIST',
  FIRST_VALUE: 'FIRST_VALUE',
  RANDOM_SAMPLE: 'RANDOM_SAMPLE',
  COLLECT: 'COLLECT',
} as const;
export type FtAggregateGroupByReducer = (typeof FT_AGGREGATE_GROUP_BY_REDUCERS)[keyof typeof FT_AGGREGATE_GROUP_BY_REDUCERS];
type Reducers = typeof FT_AGGREGATE_GROUP_BY_REDUCERS;

interface Reducer<T extends FtAggregateGroupByReducer> {
  type: T;
  /** The name the reduced value gets in each row. */
  AS?: RedisArgument;
}
interface PropertyReducer<T extends FtAggregateGroupByReducer> extends Reducer<T> {
  property: RediSearchProperty;
}

/** A sort key: a property (ascending), or a property and its direction. */
export type SortByProperty = RedisArgument | { BY: RediSearchProperty; DIRECTION?: 'ASC' | 'DESC' };

export type GroupByReducers =
  | Reducer<Reducers['COUNT']>
  | PropertyReducer<
      | Reducers['COUNT_DISTINCT']
      | Reducers['COUNT_DISTINCTISH']
      | Reducers['SUM']
      | Reducers['MIN']
      | Reducers['MAX']
      | Reducers['AVG']
      | Reducers['STDDEV']
      | Reducers['TOLIST']
    >
  | (PropertyReducer<Reducers['QUANTILE']> & { quantile: number })
  | (PropertyReducer<Reducers['FIRST_VALUE']> & {
      BY?: RediSearchProperty | { property: RediSearchProperty; direction?: 'ASC' | 'DESC' };
    })
  | (PropertyReducer<Reducers['RANDOM_SAMPLE']> & { sampleSize: number })
  | (Reducer<Reducers['COLLECT']> & {
      FIELDS: '*' | RediSearchProperty | Array<RediSearchProperty>;
      DISTINCT?: boolean;
      SORTBY?: SortByProperty | Array<SortByProperty>;
      LIMIT?: { from: number; size: number };
    });

interface GroupByStep {
  type: (typeof FT_AGGREGATE_STEPS)['GROUPBY'];
  /** What to group by; none: one group of everything. */
  properties?: RediSearchProperty | Array<RediSearchProperty>;
  REDUCE: GroupByReducers | Array<GroupByReducers>;
}
interface SortStep {
  type: (typeof FT_AGGREGATE_STEPS)['SORTBY'];
  BY: SortByProperty | Array<SortByProperty>;
  MAX?: number;
}
interface ApplyStep {
  type: (typeof FT_AGGREGATE_STEPS)['APPLY'];
  expression: RedisArgument;
  AS: RedisArgument;
}
interface LimitStep {
  type: (typeof FT_AGGREGATE_STEPS)['LIMIT'];
  from: number;
  size: number;
}
interface FilterStep {
  type: (typeof FT_AGGREGATE_STEPS)['FILTER'];
  expression: RedisArgument;
}
export type AggregateStepOption = GroupByStep | SortStep | ApplyStep | LimitStep | FilterStep;

/** A field to LOAD: its property, optionally renamed. */
type LoadField = RediSearchProperty | { identifier: RediSearchProperty; AS?: RedisArgument };

export interface FtAggregateOptions {
  VERBATIM?: boolean;
  /** Each row comes with its relevance score (`__score`). */
  ADDSCORES?: boolean;
  LOAD?: '*' | LoadField | Array<LoadField>;
  TIMEOUT?: number;
  STEPS?: Array<AggregateStepOption>;
  PARAMS?: FtSearchParams;
  DIALECT?: number;
}

export interface FtAggregateWithCursorOptions extends FtAggregateOptions {
  /** Rows per read. */
  COUNT?: number;
  /** Milliseconds the cursor may sit unread before the server drops it. */
  MAXIDLE?: number;
}

export interface FtCursorReadOptions {
  COUNT?: number;
}

export interface FtAggregateReply {
  total: number;
  /** Each row: a plain object, or a `Map` / flat array under the `MAP` type mapping. */
  results: Array<MapReply<string, BlobStringReply>>;
  /** Warnings beside partial results (RESP3 only; always `[]` under RESP2). */
  warnings: Array<string>;
}

export interface FtAggregateWithCursorReply extends FtAggregateReply {
  /** The cursor to read on with FT.CURSOR READ; 0 when the results are exhausted. */
  cursor: NumberReply;
}

const list = <T>(value: T | Array<T>): Array<T> => (Array.isArray(value) ? value : [value]);

function sortKeyArguments(sortBy: SortByProperty): Array<RedisArgument> {
  if (isArgument(sortBy)) return [sortBy];
  return sortBy.DIRECTION ? [sortBy.BY, sortBy.DIRECTION] : [sortBy.BY];
}

/** The arguments of a reducer after `REDUCE name`: its count-prefixed arguments. */
function reducerArguments(reducer: GroupByReducers): Array<RedisArgument> {
  switch (reducer.type) {
    case 'COUNT':
      return [];
    case 'QUANTILE':
      return [reducer.property, reducer.quantile.toString()];
    case 'RANDOM_SAMPLE':
      return [reducer.property, reducer.sampleSize.toString()];
    case 'FIRST_VALUE': {
      const args: Array<RedisArgument> = [reducer.property];
      const by = reducer.BY;
      if (by) {
        args.push('BY');
        if (isArgument(by)) args.push(by);
        else {
          args.push(by.property);
          if (by.direction) args.push(by.direction);
        }
      }
      return args;
    }
    case 'COLLECT': {
      // `FIELDS *` is a bare token; a list of fields is count-prefixed.
      const args: Array<RedisArgument> = ['FIELDS'];
      if (reducer.FIELDS === '*') args.push('*');
      else {
        const fields = list(reducer.FIELDS);
        args.push(fields.length.toString(), ...fields);
      }
      if (reducer.DISTINCT) args.push('DISTINCT');
      if (reducer.SORTBY) {
        const keys = list(reducer.SORTBY).flatMap(sortKeyArguments);
        args.push('SORTBY', keys.length.toString(), ...keys);
      }
      if (reducer.LIMIT) args.push('LIMIT', reducer.LIMIT.from.toString(), reducer.LIMIT.size.toString());
      return args;
    }
    default:
      // The one-property reducers (SUM, MIN, TOLIST, …).
      return [(reducer as { property: RediSearchProperty }).property];
  }
}

/** `REDUCE name nargs args… [AS name]` (FT.AGGREGATE's GROUPBY and FT.HYBRID's). */
export function pushReducer(parser: CommandParser, reducer: GroupByReducers): void {
  parser.push('REDUCE', reducer.type);
  const known = Object.hasOwn(FT_AGGREGATE_GROUP_BY_REDUCERS, reducer.type);
  // A reducer name this library does not know is sent bare, as node-redis does.
  if (known) parser.pushVariadicWithLength(reducerArguments(reducer));
  if (reducer.AS) parser.push('AS', reducer.AS);
}

function pushStep(parser: CommandParser, step: AggregateStepOption): void {
  parser.push(step.type);
  switch (step.type) {
    case 'GROUPBY':
      if (!step.properties) parser.push('0');
      else parser.pushVariadicWithLength(step.properties);
      for (const reducer of list(step.REDUCE)) pushReducer(parser, reducer);
      break;
    case 'SORTBY':
      parser.pushVariadicWithLength(list(step.BY).flatMap(sortKeyArguments));
      // MAX is not counted in SORTBY's nargs.
      if (step.MAX) parser.push('MAX', step.MAX.toString());
      break;
    case 'APPLY':
      parser.push(step.expression, 'AS', step.AS);
      break;
    case 'LIMIT':
      parser.push(step.from.toString(), step.size.toString());
      break;
    case 'FILTER':
      parser.push(step.expression);
      break;
  }
}

/** Everything after `FT.AGGREGATE index query` (also after `FT.PROFILE index AGGREGATE … QUERY query`). */
export function pushAggregateOptions(parser: CommandParser, options: FtAggregateOptions | undefined): void {
  if (options?.VERBATIM) parser.push('VERBATIM');
  if (options?.ADDSCORES) parser.push('ADDSCORES');
  const load = options?.LOAD;
  if (load) {
    parser.push('LOAD');
    if (load === '*') parser.push('*');
    else {
      parser.pushVariadicWithLength(
        list(load).flatMap((field) => (isArgument(field) ? [field] : field.AS ? [field.identifier, 'AS', field.AS] : [field.identifier])),
      );
    }
  }
  if (options?.TIMEOUT !== undefined) parser.push('TIMEOUT', options.TIMEOUT.toString());
  if (options?.STEPS) for (const step of options.STEPS) pushStep(parser, step);
  pushParams(parser, options?.PARAMS);
  pushDialect(parser, options?.DIALECT);
}

/** RESP2: `[total, row, …]`, each row `[field, value, …]` shaped as the MAP mapping says. */
export function aggregateReplyFromArray(reply: Array<unknown>, _preserve?: unknown, typeMapping?: TypeMapping): FtAggregateReply {
  // The total RediSearch sends is not the row count (see the FT.AGGREGATE docs): kept as it is.
  // Indexed reads (not slice/map), as node-redis reads it, so a malformed reply reads the same.
  const results: Array<unknown> = [];
  for (let i = 1; i < reply.length; i++) results.push(pairsAsMapped(reply[i] as ArrayLike<unknown>, typeMapping));
  return { total: Number(reply[0]), results: results as FtAggregateReply['results'], warnings: [] };
}

/** RESP3: the reply map; each row's fields merged into one object, shaped as the MAP mapping says. */
export function aggregateReplyFromMap(reply: unknown, _preserve?: unknown, typeMapping?: TypeMapping): FtAggregateReply {
  const map = objectOf(reply);
  const results = valuesOf(lookup(map, ['results']) ?? []).map((row) => objectAsMapped(plainCopy(mergedRow(row)), typeMapping));
  return {
    total: Number(lookup(map, ['total_results', 'total']) ?? 0),
    results: results as FtAggregateReply['results'],
    warnings: warningsOf(map),
  };
}

export const AGGREGATE = {
  parseCommand(parser: CommandParser, index: RedisArgument, query: RedisArgument, options?: FtAggregateOptions) {
    parser.push('FT.AGGREGATE', index, query);
    pushAggregateOptions(parser, options);
  },
  transformReply: {
    2: (reply: Array<unknown>, preserve?: unknown, typeMapping?: TypeMapping): FtAggregateReply =>
      aggregateReplyFromArray(reply, preserve, typeMapping),
    3: (reply: unknown, preserve?: unknown, typeMapping?: TypeMapping): FtAggregateReply => aggregateReplyFromMap(reply, preserve, typeMapping),
  },
} as const;

/** `[results, cursor]` (FT.AGGREGATE … WITHCURSOR, FT.CURSOR READ), in both protocols. */
const cursorReply = {
  2: (reply: [Array<unknown>, NumberReply], preserve?: unknown, typeMapping?: TypeMapping): FtAggregateWithCursorReply => ({
    ...aggregateReplyFromArray(reply[0], preserve, typeMapping),
    cursor: reply[1],
  }),
  3: (reply: unknown, preserve?: unknown, typeMapping?: TypeMapping): FtAggregateWithCursorReply => {
    if (Array.isArray(reply)) return { ...aggregateReplyFromMap(reply[0], preserve, typeMapping), cursor: reply[1] as NumberReply };
    // A map carrying the results and the cursor together.
    const map = objectOf(reply);
    return {
      ...aggregateReplyFromMap(lookup(map, ['results', 'result']) ?? map, preserve, typeMapping),
      cursor: (lookup(map, ['cursor']) ?? 0) as NumberReply,
    };
  },
};

export const AGGREGATE_WITHCURSOR = {
  parseCommand(parser: CommandParser, index: RedisArgument, query: RedisArgument, options?: FtAggregateWithCursorOptions) {
    AGGREGATE.parseCommand(parser, index, query, options);
    parser.push('WITHCURSOR');
    if (options?.COUNT !== undefined) parser.push('COUNT', options.COUNT.toString());
    if (options?.MAXIDLE !== undefined) parser.push('MAXIDLE', options.MAXIDLE.toString());
  },
  transformReply: cursorReply,
} as const;

export const CURSOR_READ = {
  parseCommand(parser: CommandParser, index: RedisArgument, cursor: NumberReply, options?: FtCursorReadOptions) {
    parser.push('FT.CURSOR', 'READ', index, cursor.toString());
    if (options?.COUNT !== undefined) parser.push('COUNT', options.COUNT.toString());
  },
  transformReply: cursorReply,
} as const;
