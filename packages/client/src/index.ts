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
  PingTimeoutError,
  SocketClosedUnexpectedlyError,
  TimeoutError,
  UnexpectedReplyError,
} from './errors';
export type { ConnectionState } from './connection';
/** The built-in command definitions (both spellings), for layers that attach them (the cluster). */
export { COMMANDS } from './commands';
