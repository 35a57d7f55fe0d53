// @x/client: one connection to one Redis server, with every command as a method.
export { createClient, RedisClient, type RedisClientType, type RedisClientEvents, type RedisCommandMethods } from './client';
export type { CommandOptions, RedisClientOptions, SocketOptions, ReconnectStrategy } from './options';
export { defaultReconnectStrategy, parseRedisUrl } from './resolve-options';
export {
  AbortError,
  ClientClosedError,
  ClientOfflineError,
  CommandsQueueFullError,
  ConnectionLostError,
  ConnectionTimeoutError,
  InvalidOptionError,
  MultiErrorReply,
  PingTimeoutError,
  PubSubCommandError,
  ReplyOrderError,
  SocketClosedUnexpectedlyError,
  SubscriberModeError,
  SubscriptionLostError,
  TimeoutError,
  UnexpectedReplyError,
  WatchError,
} from './errors';
export type { ConnectionState } from './connection';
export { createClientPool } from './pool/create-client-pool';
export { RedisClientPool, type RedisClientPoolType, type RedisClientPoolEvents, type PoolTask } from './pool/client-pool';
export type { RedisPoolOptions } from './pool/pool-options';
export { PoolAcquireTimeoutError, PoolStickyCommandError } from './pool/pool-errors';
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
  PubSubListenerError,
  type AnyPubSubListener,
  type ChannelListeners,
  type PubSubListener,
  type PubSubType,
  type PubSubTypeListeners,
} from './pub-sub-types';
// For @x/cluster (internal): channel keys and unsubscribe rules, the same for the listeners it moves.
export { channelKey, removeChannelListeners, toArray } from './pub-sub-types';
export { RedisClientMultiCommand, multiCommandFactories, type MultiExecutor, type MultiQueuedCommand } from './multi-command';
export type { MultiReply, MultiReplyType, RedisClientMultiCommandType } from './multi-command-types';
// For @x/cluster (internal): a transaction's batch and its outcome, so a cluster can send `ASKING`
// in the same unit as `MULTI` … `EXEC` (an ASK redirect of a transaction).
export { transactionBatch, transactionResults } from './transaction';
export type {
  HashScanEntry,
  KeyScanIteratorOptions,
  ScanIteratorOptions,
  SortedSetScanMember,
} from './scan-iterators';
// For @x/cluster (internal): the arguments of one SCAN step, the same for a client and each master.
export { scanArguments } from './scan-iterators';
// For @x/cluster (internal): the key iterators (hScanIterator & co.), each step sent to the key's master.
export { keyMasterSender, scanHash, scanHashFields, scanHashValues, scanSet, scanSortedSet, type KeyedSender } from './scan-iterators';
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
export { ReplyError, VerbatimString } from '@x/resp';
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
/** The built-in command definitions (both spellings), for layers that attach them (the cluster). */
export { COMMANDS } from './commands';
