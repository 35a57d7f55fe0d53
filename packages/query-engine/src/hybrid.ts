// FT.HYBRID (Redis 8.4+): a text query and a vector similarity query run together, their scores
// fused (RRF or LINEAR), then an aggregate-style pipeline (LOAD, GROUPBY, APPLY, SORTBY, FILTER,
// LIMIT). The reply is a map under both protocols (`{ total_results, results, warnings,
// execution_time }`), a flat array of it under RESP2.
import type { CommandParser, RedisArgument, RedisVariadicArgument, TypeMapping } from '@x/modules';
import { pushReducer, type GroupByReducers } from './aggregate';
import { pushCounted, pushParams } from './query-arguments';
import { doubleFromText, lookup, mergedRow, objectOf, valuesOf, warningsOf } from './reply-shapes';
import { explanationOf } from './search';

export const FT_HYBRID_VECTOR_METHOD = {
  KNN: 'KNN',
  RANGE: 'RANGE',
} as const;
export type FtHybridVectorMethodType = (typeof FT_HYBRID_VECTOR_METHOD)[keyof typeof FT_HYBRID_VECTOR_METHOD];

export const FT_HYBRID_COMBINE_METHOD = {
  /** Reciprocal Rank Fusion. */
  RRF: 'RRF',
  /** `ALPHA · text score + BETA · vector score`. */
  LINEAR: 'LINEAR',
} as const;
export type FtHybridCombineMethodType = (typeof FT_HYBRID_COMBINE_METHOD)[keyof typeof FT_HYBRID_COMBINE_METHOD];

/** `SEARCH query [SCORER s] [YIELD_SCORE_AS name]`. */
export interface FtHybridSearchExpression {
  query: RedisArgument;
  SCORER?: RedisArgument;
  YIELD_SCORE_AS?: RedisArgument;
}

interface KnnMethod {
  type: (typeof FT_HYBRID_VECTOR_METHOD)['KNN'];
  K: number;
  EF_RUNTIME?: number;
}
interface RangeMethod {
  type: (typeof FT_HYBRID_VECTOR_METHOD)['RANGE'];
  RADIUS: number;
  EPSILON?: number;
}

/** `VSIM field vector [KNN …|RANGE …] [FILTER f] [YIELD_SCORE_AS name]`. */
export interface FtHybridVectorExpression {
  /** The vector field (`@embedding`). */
  field: RedisArgument;
  /** The vector, as a parameter reference (`$v`). */
  vector: string;
  method?: KnnMethod | RangeMethod;
  /** Applied before the vector search. */
  FILTER?: RedisArgument;
  YIELD_SCORE_AS?: RedisArgument;
}

interface RrfMethod {
  type: (typeof FT_HYBRID_COMBINE_METHOD)['RRF'];
  CONSTANT?: number;
  WINDOW?: number;
}
interface LinearMethod {
  type: (typeof FT_HYBRID_COMBINE_METHOD)['LINEAR'];
  ALPHA?: number;
  BETA?: number;
  WINDOW?: number;
}

export interface FtHybridApply {
  expression: RedisArgument;
  AS?: RedisArgument;
}

export interface FtHybridOptions {
  SEARCH: FtHybridSearchExpression;
  VSIM: FtHybridVectorExpression;
  COMBINE?: { method: RrfMethod | LinearMethod; YIELD_SCORE_AS?: RedisArgument };
  /** `'*'` for every field, or the fields to return. */
  LOAD?: RedisVariadicArgument;
  GROUPBY?: { fields: RedisVariadicArgument; REDUCE?: GroupByReducers | Array<GroupByReducers> };
  APPLY?: FtHybridApply | Array<FtHybridApply>;
  SORTBY?: { fields: Array<{ field: RedisArgument; direction?: 'ASC' | 'DESC' }> };
  NOSORT?: boolean;
  /** Applied after scoring. */
  FILTER?: RedisArgument;
  LIMIT?: { offset: number | RedisArgument; count: number | RedisArgument };
  /**
   * Each result gets `score` and `scoreExplain`. The server puts the explanation under `score`, so a
   * loaded field named `score` hides it: load it under another name. Not with GROUPBY. Redis 8.10+.
   */
  EXPLAINSCORE?: boolean;
  PARAMS?: Record<string, string | number | Buffer>;
  TIMEOUT?: number;
}

export interface FtHybridSearchResult {
  totalResults: number;
  executionTime: number;
  warnings: Array<string>;
  results: Array<Record<string, unknown>>;
}

/**
 * `NAME count name value …` where only the options given are sent, the count covering them — and,
 * for COMBINE, a YIELD_SCORE_AS that follows the counted part but is counted in it (the server's
 * grammar; node-redis sends it so).
 */
function countedOptions(parser: CommandParser, name: string, pairs: Array<[string, number | undefined]>, extraCounted = 0): void {
  const given = pairs.filter(([, value]) => value !== undefined) as Array<[string, number]>;
  parser.push(name, (given.length * 2 + extraCounted).toString());
  for (const [option, value] of given) parser.push(option, value.toString());
}

function pushVectorExpression(parser: CommandParser, vsim: FtHybridVectorExpression): void {
  parser.push('VSIM', vsim.field, vsim.vector);
  const method = vsim.method;
  if (method?.type === 'KNN') {
    // K is always sent and counted.
    parser.push('KNN', (method.EF_RUNTIME !== undefined ? 4 : 2).toString(), 'K', method.K.toString());
    if (method.EF_RUNTIME !== undefined) parser.push('EF_RUNTIME', method.EF_RUNTIME.toString());
  }
  if (method?.type === 'RANGE') {
    parser.push('RANGE', (method.EPSILON !== undefined ? 4 : 2).toString(), 'RADIUS', method.RADIUS.toString());
    if (method.EPSILON !== undefined) parser.push('EPSILON', method.EPSILON.toString());
  }
  if (vsim.FILTER) parser.push('FILTER', vsim.FILTER);
  if (vsim.YIELD_SCORE_AS) parser.push('YIELD_SCORE_AS', vsim.YIELD_SCORE_AS);
}

function pushCombine(parser: CommandParser, combine: NonNullable<FtHybridOptions['COMBINE']>): void {
  parser.push('COMBINE');
  const yieldCount = combine.YIELD_SCORE_AS ? 2 : 0;
  const method = combine.method;
  if (method.type === 'RRF') {
    countedOptions(parser, 'RRF', [['WINDOW', method.WINDOW], ['CONSTANT', method.CONSTANT]], yieldCount);
  }
  if (method.type === 'LINEAR') {
    countedOptions(parser, 'LINEAR', [['ALPHA', method.ALPHA], ['BETA', method.BETA], ['WINDOW', method.WINDOW]], yieldCount);
  }
  if (combine.YIELD_SCORE_AS) parser.push('YIELD_SCORE_AS', combine.YIELD_SCORE_AS);
}

function pushHybridOptions(parser: CommandParser, options: FtHybridOptions): void {
  const search = options.SEARCH;
  parser.push('SEARCH', search.query);
  if (search.SCORER) parser.push('SCORER', search.SCORER);
  if (search.YIELD_SCORE_AS) parser.push('YIELD_SCORE_AS', search.YIELD_SCORE_AS);
  pushVectorExpression(parser, options.VSIM);
  if (options.COMBINE) pushCombine(parser, options.COMBINE);
  if (options.LOAD) {
    if (options.LOAD === '*') parser.push('LOAD', '*');
    else pushCounted(parser, 'LOAD', options.LOAD);
  }
  if (options.GROUPBY) {
    pushCounted(parser, 'GROUPBY', options.GROUPBY.fields);
    const reduce = options.GROUPBY.REDUCE;
    if (reduce) for (const reducer of Array.isArray(reduce) ? reduce : [reduce]) pushReducer(parser, reducer);
  }
  if (options.APPLY) {
    for (const apply of Array.isArray(options.APPLY) ? options.APPLY : [options.APPLY]) {
      parser.push('APPLY', apply.expression);
      if (apply.AS) parser.push('AS', apply.AS);
    }
  }
  if (options.SORTBY) {
    const fields = options.SORTBY.fields;
    const nargs = fields.reduce((count, field) => count + (field.direction ? 2 : 1), 0);
    parser.push('SORTBY', nargs.toString());
    for (const { field, direction } of fields) {
      parser.push(field);
      if (direction) parser.push(direction);
    }
  }
  if (options.NOSORT) parser.push('NOSORT');
  if (options.FILTER) parser.push('FILTER', options.FILTER);
  if (options.LIMIT) parser.push('LIMIT', options.LIMIT.offset.toString(), options.LIMIT.count.toString());
  if (options.EXPLAINSCORE) parser.push('EXPLAINSCORE');
  // An empty PARAMS object sends nothing (`PARAMS 0` is a syntax error here).
  const params = options.PARAMS && Object.keys(options.PARAMS).length > 0 ? options.PARAMS : undefined;
  pushParams(parser, params);
  if (options.TIMEOUT !== undefined) parser.push('TIMEOUT', options.TIMEOUT.toString());
}

/** Every result as one object: its id, its fields, and its other entries (scores, …). */
function hybridResult(reply: unknown, scoreOf: (score: unknown) => unknown, explain: boolean): FtHybridSearchResult {
  const map = objectOf(reply);
  const results = valuesOf(lookup(map, ['results']) ?? []).map((raw) => {
    const row = objectOf(raw);
    const id = lookup(row, ['id']);
    const result: Record<string, unknown> = {};
    if (id != null) result.id = (id as { toString(): string }).toString();
    mergedRow(row, result);
    // With EXPLAINSCORE the score is `[score, explanation]`.
    if (explain && Array.isArray(result.score)) {
      const [score, explanation] = result.score as [unknown, unknown];
      result.score = scoreOf(score);
      if (explanation !== undefined) result.scoreExplain = explanationOf(explanation);
    }
    return result;
  });
  const executionTime = lookup(map, ['execution_time', 'executionTime']);
  return {
    totalResults: Number(lookup(map, ['total_results', 'totalResults']) ?? 0),
    executionTime: executionTime === undefined ? 0 : Number(executionTime),
    warnings: warningsOf(map),
    results,
  };
}

const explains = (preserve: unknown): boolean => Boolean((preserve as { EXPLAINSCORE?: boolean } | undefined)?.EXPLAINSCORE);

export const HYBRID = {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, index: RedisArgument, options: FtHybridOptions) {
    parser.push('FT.HYBRID', index);
    pushHybridOptions(parser, options);
    parser.preserve = { EXPLAINSCORE: Boolean(options.EXPLAINSCORE) };
  },
  transformReply: {
    // RESP2 sends an explained score as text: a number unless `{ [DOUBLE]: String }`.
    2: (reply: unknown, preserve?: unknown, typeMapping?: TypeMapping): FtHybridSearchResult =>
      hybridResult(reply, (score) => doubleFromText(score, typeMapping), explains(preserve)),
    // RESP3's decoder already applied the DOUBLE mapping.
    3: (reply: unknown, preserve?: unknown): FtHybridSearchResult => hybridResult(reply, (score) => score, explains(preserve)),
  },
} as const;
