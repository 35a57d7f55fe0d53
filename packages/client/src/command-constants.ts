// node-redis's named argument values, exported under its names (`redis` exports them at top level),
// so code written as `client.flushAll(REDIS_FLUSH_MODES.ASYNC)` keeps working.
export { GEO_REPLY_WITH, type GeoReplyWith } from './commands/helpers/geo';
export { CLIENT_KILL_FILTERS } from './commands/client-kill';
export { CLIENT_UNBLOCK_MODES } from './commands/client-unblock';
export { CLUSTER_SLOT_STATES } from './commands/cluster-setslot';
export { AR_OPERATIONS } from './commands/arop';
export { AR_PREDICATE_TYPES, AR_PREDICATE_COMBINATORS } from './commands/argrep';

/** The protocol a client speaks unless `RESP` says otherwise. */
export const DEFAULT_RESP = 3 as const;

/** `CLUSTER FAILOVER`'s modes (`clusterFailover({ mode: FAILOVER_MODES.FORCE })`). */
export const FAILOVER_MODES = { FORCE: 'FORCE', TAKEOVER: 'TAKEOVER' } as const;

/** `COMMAND LIST FILTERBY`'s filter types. */
export const COMMAND_LIST_FILTER_BY = { MODULE: 'MODULE', ACLCAT: 'ACLCAT', PATTERN: 'PATTERN' } as const;

/** How `FLUSHALL`, `FLUSHDB`, `SCRIPT FLUSH` and `FUNCTION FLUSH` free memory. */
export const REDIS_FLUSH_MODES = { ASYNC: 'ASYNC', SYNC: 'SYNC' } as const;
