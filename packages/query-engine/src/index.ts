// @x/query-engine: the Redis Query Engine's (RediSearch 2+) commands as definitions in node-redis v5's
// format — the `ft` namespace node-redis's `redis` package bundles (its `@redis/search`), which
// `@x/cluster`'s createClient/createCluster/createClientPool add by default. (@x/search is RediSearch
// 1.2, what Debian ships; this is the current module.) From @x/modules it
// takes, at run time, only the RESP2 double reader every transform shares.
import { INDEX_COMMANDS } from './index-commands';
import { SEARCH_COMMANDS } from './search-commands';

/** The module: every FT.* command under both of node-redis's spellings. */
export const ft = { ...INDEX_COMMANDS, ...SEARCH_COMMANDS } as const;

export default ft;

// The index half's public names: node-redis's (`@redis/search`'s index), and beside them the option
// and reply types of its commands under `Ft` names — @x/cluster re-exports every bundled module's
// names side by side, as `redis` does, so a plain `InfoReply` or `CreateOptions` would clash.
export {
  SCHEMA_FIELD_TYPE,
  SCHEMA_TEXT_FIELD_PHONETIC,
  SCHEMA_VECTOR_FIELD_ALGORITHM,
  SCHEMA_GEO_SHAPE_COORD_SYSTEM,
  VAMANA_COMPRESSION_ALGORITHM,
  type SchemaFieldType,
  type SchemaTextFieldPhonetic,
  type SchemaVectorFieldAlgorithm,
  type SchemaGeoShapeFieldCoordSystem,
  type VamanaCompressionAlgorithm,
  type RediSearchSchema,
} from './schema';
export { REDISEARCH_LANGUAGE, type RediSearchLanguage, type FtCreateOptions } from './create';
export type { FtInfoReply, FtInfoAttributeReply } from './info';
export type {
  FtSugAddOptions,
  FtSugGetOptions,
  FtSuggestionWithScore,
  FtSuggestionWithPayload,
  FtSuggestionWithScoreAndPayload,
} from './suggestions';
export type { FtSynUpdateOptions } from './dictionaries';
export type { FtDropIndexOptions, FtExplainCLIOptions } from './index-admin';

// node-redis's public names for querying (its `dist/lib/index.d.ts`), beside the record.
export type { SearchReply, FtSearchOptions } from './search';
export { FT_AGGREGATE_GROUP_BY_REDUCERS, FT_AGGREGATE_STEPS, type FtAggregateGroupByReducer, type FtAggregateStep } from './aggregate';

// Beside them, the option and reply types the querying definitions' signatures name: a package that
// re-exports `ft` (@x/cluster's DEFAULT_MODULES) must be able to name them in its declarations, and
// callers can type their options with them. Under `Ft` names: @x/cluster re-exports every bundled
// module's names side by side, as `redis` does, where a plain `AggregateReply` or `ProfileOptions`
// could clash.
export type {
  FtSearchNoContentOptions,
  FtSearchNoContentReply,
  FtSearchParams,
} from './search';
export type {
  FtAggregateOptions,
  FtAggregateWithCursorOptions,
  FtCursorReadOptions,
  FtAggregateReply,
  FtAggregateWithCursorReply,
} from './aggregate';
export type { FtProfileOptions, FtProfileReply } from './profile';
export type {
  FtHybridOptions,
  FtHybridSearchExpression,
  FtHybridVectorExpression,
  FtHybridApply,
  FtHybridSearchResult,
} from './hybrid';
export type { FtExplainOptions } from './explain';
export type { FtSpellCheckOptions, FtSpellCheckReply } from './spellcheck';
