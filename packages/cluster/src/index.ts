// @x/cluster: a Redis Cluster client. Users install this package alone, so it re-exports what they
// need from the layers below: the client's whole public entry (its error classes among them),
// defineScript, RESP_TYPES and the command contract's types.
export { createCluster, RedisCluster, type RedisClusterType, type RedisClusterEvents, type RedisClusterAliases } from './cluster';
export { RedisClusterMultiCommand, type RedisClusterMultiCommandType } from './multi-command';
export type { RedisClusterOptions, RedisClusterClientOptions, NodeAddressMap } from './options';
export type { ClusterNode, NodeAddress } from './topology/slot-map';
export type { Shard, ShardNode, MasterNode, PubSubNode, PubSubClient } from './cluster-nodes';
export type { NodeInfo } from './node-registry';
export type { ClusterStats } from './attempt';
export type { ClusterScanOptions } from './cluster-scan';
export { keySlot, SLOT_COUNT } from './topology/key-slot';
export {
  ClusterConnectError,
  CrossSlotError,
  FunctionLibraryLoadError,
  MaxCommandRedirectionsError,
  MaxRedirectionsError,
  NodeDeposedError,
  NoOnlineNodeError,
  NotClusterModeError,
  RedirectTargetError,
  RedirectToUnknownNodeError,
  ResubscribeError,
  RootNodesUnavailableError,
  ScanIncompleteError,
  ShardUnavailableError,
  SlotUncoveredError,
  TopologyReplyError,
} from './errors';

// Everything @x/client's main entry offers (createClient, the pool — node-redis's `redis` package
// exports it at top level too —, every error class, the client's types).
export * from '@x/client';
// `redis`'s createClient and createClientPool: @x/client's with the bundled module namespaces (these
// named exports take precedence over the star export's), and the modules themselves.
export { createClient, createClientPool } from './create-client';
export { DEFAULT_MODULES, type RedisDefaultModules } from './default-modules';
// What the bundled modules' packages export (their constants and types), as `redis` re-exports them.
export * from '@x/bloom';
export * from '@x/json';
export * from '@x/query-engine';
export * from '@x/time-series';
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
