// @x/client: one connection to one Redis server, with every command as a method. What other x
// packages build on (a cluster's node connections) is `@x/client/node-connection`, not this entry.
export { createClient, RedisClient, type RedisClientType, type RedisClientEvents, type RedisClientAliases, type RedisCommandMethods } from './client';
export type { CommandOptions, RedisClientOptions, SocketOptions, ReconnectStrategy } from './options';
export type { BlockingPoolOptions } from './blocking-pool-options';
export type { BlockingPoolStats } from './blocking-pool';
export type {
  AsyncCredentialsProvider,
  BasicAuth,
  CredentialsProvider,
  Disposable,
  ReAuthenticationError,
  StreamingCredentialsListener,
  StreamingCredentialsProvider,
} from './credentials';
export { defaultReconnectStrategy, parseRedisUrl } from './resolve-options';
export {
  AbortError,
  AbortReadError,
  BlobError,
  ClientAlreadyOpenError,
  ClientClosedError,
  ClientOfflineError,
  ClientSideCacheCommandError,
  ClientSideCacheMarkError,
  CommandAbandonedError,
  CommandRefusedError,
  CommandsQueueFullError,
  CommandTimeoutDuringMaintenanceError,
  CommandTimeoutReadDuringMaintenanceError,
  ConnectionLostError,
  ConnectionTimeoutError,
  CredentialsError,
  DisconnectsClientError,
  ErrorReply,
  InvalidOptionError,
  MonitorModeError,
  MultiErrorReply,
  NoReplyError,
  OpenTelemetryError,
  PermanentlyUnavailableError,
  PingTimeoutError,
  PoolAcquireTimeoutError,
  PoolStickyCommandError,
  PubSubCommandError,
  PubSubListenerError,
  ReconnectStrategyError,
  ReplyOrderError,
  ScanIteratorInterruptedError,
  SimpleError,
  SocketClosedUnexpectedlyError,
  SocketTimeoutDuringMaintenanceError,
  SocketTimeoutError,
  StalledConnectionError,
  SubscriberModeError,
  SubscriptionLostError,
  TemporarilyUnavailableError,
  TimeoutError,
  TimeoutReadError,
  UnableToObtainNewCredentialsError,
  UnexpectedReplyError,
  HandshakeReplyError,
  WatchError,
} from './errors';
export type { ConnectionState } from './connection';
export {
  BasicClientSideCache,
  BasicPooledClientSideCache,
  CLIENT_SIDE_CACHE_TRACKING_MODES,
  PooledClientSideCacheProvider,
  type ClientSideCacheConfig,
  type ClientSideCacheTrackingMode,
  type ClientSideCacheEvents,
  type EvictionPolicy,
} from './client-side-cache/client-side-cache';
export { CacheStats } from './client-side-cache/cache-stats';
export {
  AR_OPERATIONS,
  AR_PREDICATE_COMBINATORS,
  AR_PREDICATE_TYPES,
  CLIENT_KILL_FILTERS,
  CLIENT_UNBLOCK_MODES,
  CLUSTER_SLOT_STATES,
  COMMAND_LIST_FILTER_BY,
  DEFAULT_RESP,
  FAILOVER_MODES,
  GEO_REPLY_WITH,
  REDIS_FLUSH_MODES,
} from './command-constants';
export { createClientPool } from './pool/create-client-pool';
export { RedisClientPool, type RedisClientPoolType, type RedisClientPoolEvents, type PoolTask } from './pool/client-pool';
export type { RedisPoolOptions } from './pool/pool-options';
export {
  RedisLegacyClient,
  RedisLegacyMulti,
  type RedisLegacyClientType,
  type RedisLegacyMultiType,
  type LegacyArgument,
  type LegacyArguments,
  type LegacyCallback,
  type LegacyCommandArguments,
} from './legacy-mode';
export {
  PUBSUB_TYPE,
  type AnyPubSubListener,
  type ChannelListeners,
  type PubSubListener,
  type PubSubType,
  type PubSubTypeListeners,
} from './pub-sub-types';
export { RedisClientMultiCommand, multiCommandFactories, type MultiExecutor, type MultiQueuedCommand } from './multi-command';
export type { MultiReply, MultiReplyType } from './multi-reply';
export type { RedisClientMultiCommandType } from './multi-command-types';
export type {
  HashScanEntry,
  KeyScanIteratorOptions,
  ScanIteratorOptions,
  SortedSetScanMember,
} from './scan-iterators';
// What a user of the client reaches for next to it (node-redis exports them from the client too).
export {
  RESP_TYPES,
  defineScript,
  InvalidDefinitionError,
  DefinitionNameConflictError,
  NumberOfKeysError,
  type CommandParser,
  type RedisArgument,
  type TypeMapping,
} from '@x/modules';
export { ReplyError, RedisError, ProtocolError, VerbatimString } from '@x/resp';
// For command definitions (built-in, modules, scripts): RESP2 replies shaped as node-redis's
// transforms shape them under a type mapping (doubles, booleans, maps sent as flat arrays).
export {
  anyDoubleReply,
  booleanArrayReply,
  booleanReply,
  doubleArrayReply,
  doubleReply,
  doublesAsText,
  nullableDoubleReply,
  sortedSetReplyResp2,
  sortedSetReplyResp3,
  type MappedSortedSetMember,
} from './commands/helpers/type-mapped-numbers';
export { tuplesReply, tuplesReplyWith } from './commands/helpers/type-mapped-maps';
// Tracing through `diagnostics_channel`: node-redis 6's channel names and contexts, x's redirect channel.
export { TRACING_CHANNELS, TRACING_CHANNELS as CHANNELS, sanitizeArgs } from './tracing';
export { OpenTelemetry } from './open-telemetry';
export type {
  BatchCommandTraceContext,
  BatchOperationContext,
  ClusterRedirectEvent,
  CommandTraceContext,
  ConnectTraceContext,
  ServerTraceContext,
} from './tracing';
