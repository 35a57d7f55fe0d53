// @x/search: RediSearch 1.2's commands as definitions in node-redis v5's format — an ordinary module
// package. It imports nothing at run time; @x/modules only gives the definitions their types.
export { ft } from './ft';
export { CREATE, type CreateOptions, type Schema, type SchemaField, type TextField, type NumericField, type GeoField, type TagField } from './create';
export { ADD, type AddOptions, type DocumentFields } from './add';
export { SEARCH, SEARCH_NOCONTENT, transformSearchReply, type SearchDocument, type SearchReply, type SearchNoContentReply } from './search';
export type { SearchOptions, NumericFilter, GeoFilter } from './search-options';
export { GET, DEL } from './documents';
export { DROP, INFO, transformInfoReply, type InfoReply, type InfoField } from './index-admin';
