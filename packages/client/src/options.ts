import type { ConnectionOptions as TlsConnectionOptions } from 'node:tls';
import type { RedisArgument, RedisModules, RedisFunctions, RedisScripts, RespVersions, TypeMapping } from '@x/modules';
import type { BlockingPoolOptions, ResolvedBlockingPoolOptions } from './blocking-pool-options';
import type { BasicClientSideCache, ClientSideCacheConfig } from './client-side-cache/client-side-cache';
import type { CredentialsProvider } from './credentials';
import type { NetConnectOptions } from './net-connect-options';

/**
 * Decides whether and when to reconnect after the connection dropped.
 * Return the delay in milliseconds, `false` to stop reconnecting, or an Error to stop with that error.
 * `retries` counts the attempts since the connection was last ready (0 for the first).
 */
export type ReconnectStrategy = (retries: number, cause: Error) => number | false | Error;

/** Socket options, named as node-redis names them (node's `net.connect` ones among them). */
export interface SocketOptions extends NetConnectOptions {
  host?: string;
  port?: number;
  /** Unix socket path (instead of host/port). */
  path?: string;
  /**
   * `true` (with node TLS options such as `ca`, `cert`, `key`, `servername`, `rejectUnauthorized`
   * given beside it, as node-redis does) or an object of node TLS options.
   */
  tls?: boolean | TlsConnectionOptions;
  /** Milliseconds to establish the TCP/TLS connection (default 5000). */
  connectTimeout?: number;
  /**
   * TCP keep-alive: `false` to disable, or the initial delay in ms (default 5000); node-redis's form,
   * `true` with the delay in `keepAliveInitialDelay`, works too.
   */
  keepAlive?: number | boolean;
  /** node-redis's keep-alive initial delay (ms) beside `keepAlive: true` (or alone). */
  keepAliveInitialDelay?: number;
  /** Disable Nagle's algorithm (default true). */
  noDelay?: boolean;
  /** `false` never reconnects; a number is a fixed delay; a function decides per attempt. */
  reconnectStrategy?: false | number | ReconnectStrategy;
  // node TLS options may be given flat beside `tls: true` (node-redis style).
  ca?: TlsConnectionOptions['ca'];
  cert?: TlsConnectionOptions['cert'];
  key?: TlsConnectionOptions['key'];
  servername?: string;
  rejectUnauthorized?: boolean;
}

/** Options of one command, given with `client.withCommandOptions(...)` or `sendCommand(args, options)`. */
export interface CommandOptions<TYPE_MAPPING extends TypeMapping = TypeMapping> {
  /** Reject with an AbortError when this signal aborts (the reply, if any, is discarded in order). */
  abortSignal?: AbortSignal;
  /** Milliseconds before the command is rejected with a TimeoutError; 0 disables. */
  timeout?: number;
  /** Maps RESP types to JavaScript types, e.g. `{ [RESP_TYPES.BLOB_STRING]: Buffer }`. */
  typeMapping?: TYPE_MAPPING;
  /** Send before the commands already queued (used for handshakes and pub/sub resubscribes). */
  asap?: boolean;
}

export interface RedisClientOptions<
  M extends RedisModules = RedisModules,
  F extends RedisFunctions = RedisFunctions,
  S extends RedisScripts = RedisScripts,
  RESP extends RespVersions = RespVersions,
  TYPE_MAPPING extends TypeMapping = TypeMapping,
> {
  /** `redis[s]://[[username][:password]@][host][:port][/database]` */
  url?: string;
  socket?: SocketOptions;
  username?: string;
  password?: string;
  /**
   * Where the user name and password come from, instead of `username`/`password` (which it
   * overrides, as in node-redis): an async provider (`credentials()`, asked before every connect and
   * reconnect) or a streaming one (`subscribe(listener)`: every new credential re-authenticates the
   * live connection with AUTH; a failure is an `'error'` event and `onReAuthenticationError`).
   */
  credentialsProvider?: CredentialsProvider;
  /** Connection name (`CLIENT SETNAME`). */
  name?: string;
  /** Database index (`SELECT`). */
  database?: number;
  /**
   * node-redis 6's `keyPrefix` (ioredis's too): put before every key a command method sends — each
   * key position its definition declares (STORE destinations, script and function keys, WATCH and
   * transactions included). Not put before `MATCH` patterns, pub/sub channels, or the arguments of
   * `sendCommand`; keys in replies (`KEYS`, `SCAN`, `BLPOP`'s key) come back as stored, prefixed.
   * A string or a Buffer; empty means none.
   */
  keyPrefix?: RedisArgument;
  /** Protocol version: 3 (default) or 2. Falls back to 2 when the server does not know `HELLO`. */
  RESP?: RESP;
  /** Send `READONLY` after connecting (cluster replicas). */
  readonly?: boolean;
  /** Reject commands at once while disconnected instead of queueing them. */
  disableOfflineQueue?: boolean;
  /** Most commands queued (waiting to be written or for their reply) before new ones are rejected; 0: no limit (node-redis's meaning). */
  commandsQueueMaxLength?: number;
  /** Milliseconds between `PING`s that keep the connection alive and detect a dead peer; 0 disables. */
  pingInterval?: number;
  /** Defaults for every command, e.g. `{ timeout: 5000 }` (the default timeout is 5000 ms). */
  commandOptions?: CommandOptions<TYPE_MAPPING>;
  /**
   * x's own: commands that wait for data (BLPOP, BRPOP, BLMOVE, BRPOPLPUSH, BLMPOP, BZPOPMIN,
   * BZPOPMAX, BZMPOP, XREAD/XREADGROUP with BLOCK) run on dedicated connections to the same server
   * (default `{ maximum: 16, cleanupDelay: 3000 }`), so they never hold up the client's other
   * commands. `false`: on the client's own connection, as node-redis does. WAIT, WAITAOF and
   * everything inside MULTI stay on the client's connection.
   */
  blockingPool?: BlockingPoolOptions | false;
  modules?: M;
  functions?: F;
  scripts?: S;
  /**
   * Client-side caching (RESP3 only, as node-redis): cacheable reads (GET, HGETALL, …) are served
   * from memory until the server's `invalidate` push says a key changed. Cache options
   * (`{ maxEntries: 10_000, ttl: 0, evictPolicy: 'LRU', recordStats: true }`), or a
   * `BasicClientSideCache` you made (to reach `stats()`, `invalidate()`, `clear()`, its events).
   * With `RESP: 2` it throws an InvalidOptionError naming it.
   */
  clientSideCache?: ClientSideCacheConfig | BasicClientSideCache;
}

/** The options after defaults and URL parsing: what the connection actually uses. */
export interface ResolvedClientOptions {
  host: string;
  port: number;
  path: string | undefined;
  tls: TlsConnectionOptions | undefined;
  /** node `net.connect` options given in `socket` (family, localAddress, lookup…), for TCP and TLS alike. */
  net?: NetConnectOptions;
  connectTimeout: number;
  keepAlive: number | false;
  noDelay: boolean;
  reconnectStrategy: ReconnectStrategy | false;
  username: string | undefined;
  password: string | undefined;
  /** When set, the credentials of every handshake come from it (username/password are not used). */
  credentialsProvider: CredentialsProvider | undefined;
  name: string | undefined;
  database: number;
  RESP: RespVersions;
  readonly: boolean;
  /**
   * While disconnected, commands are queued (`always`), refused (`never`: `disableOfflineQueue`), or
   * queued only until the connection was first ready (`until-ready`: a cluster's node connection,
   * whose commands wait for its first connection but are re-routed when it drops later).
   */
  offlineQueue: 'always' | 'never' | 'until-ready';
  commandsQueueMaxLength: number;
  pingInterval: number;
  commandTimeout: number;
  /** Dedicated connections for blocking commands; undefined: off (`blockingPool: false`). */
  blockingPool: ResolvedBlockingPoolOptions | undefined;
}
