// @x/cluster: a Redis Cluster client. Users install this package alone, so it re-exports what they
// need from the layers below: the error classes, defineScript, RESP_TYPES and the types.
export { createCluster, RedisCluster, type RedisClusterType, type RedisClusterEvents, type RedisClusterAliases } from './cluster';
export { RedisClusterMultiCommand, type RedisClusterMultiCommandType } from './multi-command';
export type { RedisClusterOptions, RedisClusterClientOptions, NodeAddressMap } from './options';
export type { ClusterNode, Shard, NodeAddress } from './topology/slot-map';
export type { NodeInfo } from './node-registry';
export type { ClusterStats } from './command-runner';
export { ScanIncompleteError, type ClusterScanOptions } from './cluster-scan';
export { keySlot, SLOT_COUNT } from './topology/key-slot';
export {
  MaxRedirectionsError,
  ClusterConnectError,
  NotClusterModeError,
  CrossSlotError,
  SlotUncoveredError,
  TopologyReplyError,
  ResubscribeError,
} from './errors';
export { NodeDeposedError } from './cluster-topology';
export { FunctionLibraryLoadError } from './function-libraries';

export {
  createClient,
  // node-redis's `redis` package exports the pool at top level: so does x's cluster package.
  createClientPool,
  RedisClientPool,
  PoolAcquireTimeoutError,
  PoolStickyCommandError,
  type RedisClientPoolType,
  type RedisPoolOptions,
  type PoolTask,
  AbortError,
  ClientClosedError,
  ClientOfflineError,
  CommandsQueueFullError,
  ConnectionLostError,
  ConnectionTimeoutError,
  InvalidOptionError,
  MultiErrorReply,
  PingTimeoutError,
  SocketClosedUnexpectedlyError,
  SubscriptionLostError,
  TimeoutError,
  UnexpectedReplyError,
  WatchError,
  PUBSUB_TYPE,
  type ChannelListeners,
  type PubSubListener,
  type PubSubType,
  type MultiReply,
  type RedisClientType,
  type RedisClientOptions,
  type CommandOptions,
  type SocketOptions,
  type ReconnectStrategy,
} from '@x/client';
export {
  defineScript,
  RESP_TYPES,
  InvalidDefinitionError,
  DefinitionNameConflictError,
  NumberOfKeysError,
  type Command,
  type CommandParser,
  type CommandReply,
  type CommandSignature,
  type RedisArgument,
  type RedisVariadicArgument,
  type RedisCommands,
  type RedisFunction,
  type RedisFunctions,
  type RedisModules,
  type RedisScriptConfig,
  type RedisScripts,
  type RedisScript,
  type RespVersions,
  type TransformReply,
  type TypeMapping,
} from '@x/modules';
export { RedisError, ReplyError, ProtocolError, VerbatimString } from '@x/resp';
