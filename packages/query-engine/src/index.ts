// @x/query-engine: the Redis Query Engine's (RediSearch 2+) commands as definitions in node-redis v5's
// format — the `ft` namespace node-redis's `redis` package bundles (its `@redis/search`), which
// `@x/cluster`'s createClient/createCluster/createClientPool add by default. (@x/search is RediSearch
// 1.2, what Debian ships; this is the current module.) It imports nothing at run time.
import { INDEX_COMMANDS } from './index-commands';
import { SEARCH_COMMANDS } from './search-commands';

/** The module: every FT.* command under both of node-redis's spellings. */
export const ft = { ...INDEX_COMMANDS, ...SEARCH_COMMANDS } as const;

export default ft;

// The index half's public names (node-redis's, plus the option and reply types of its commands).
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
  type SchemaFieldDefinition,
  type RediSearchSchema,
} from './schema';
export { REDISEARCH_LANGUAGE, type RediSearchLanguage, type RediSearchAttribute, type RediSearchProperty, type CreateOptions } from './create';
export type { InfoReply, InfoAttributeReply } from './info';
export type { FtSugAddOptions, FtSugGetOptions, SuggestionWithScore, SuggestionWithPayload, SuggestionWithScoreAndPayload } from './suggestions';
export type { FtSynUpdateOptions } from './dictionaries';
export type { FtDropIndexOptions, FtExplainCLIOptions } from './index-admin';
