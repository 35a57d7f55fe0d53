// @x/client: one connection to one Redis server, with every command as a method. What other x
// packages build on (a cluster's node connections) is `@x/client/node-connection`, not this entry.
export { createClient, RedisClient, type RedisClientType, type RedisClientEvents, type RedisClientAliases, type RedisCommandMethods } from './client';
export type { CommandOptions, RedisClientOptions, SocketOptions, ReconnectStrategy } from './options';
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
  DisconnectsClientError,
  ErrorReply,
  InvalidOptionError,
  MultiErrorReply,
  NoReplyError,
  OpenTelemetryError,
  PermanentlyUnavailableError,
  PingTimeoutError,
  PubSubCommandError,
  PubSubListenerError,
  ReconnectStrategyError,
  ReplyOrderError,
  ScanIteratorInterruptedError,
  SimpleError,
  SocketClosedUnexpectedlyError,
  SocketTimeoutDuringMaintenanceError,
  SocketTimeoutError,
  SubscriberModeError,
  SubscriptionLostError,
  TemporarilyUnavailableError,
  TimeoutError,
  TimeoutReadError,
  UnexpectedReplyError,
  WatchError,
} from './errors';
export type { ConnectionState } from './connection';
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
export { ReplyError, RedisError, ProtocolError } from '@x/resp';
