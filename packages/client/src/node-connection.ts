// @x/client/node-connection: the contract other x packages build on (a cluster keeps one
// NodeConnection per node), declared here on purpose rather than reached through a client's
// internals. Not for applications: its shape follows what x's own packages need.
//
// A command travels as one CommandRequest — arguments, options and deadline, the definition's reply
// transform (picked by the protocol the connection negotiated, in the connection), preserve, and the
// resolve/reject callbacks — handed to `NodeConnection.dispatch`.
import type { RedisClientOptions } from './options';
import { NodeConnection } from './connection';
import { resolveClientOptions } from './resolve-options';
import { BlockingPool } from './blocking-pool';
import type { ResolvedBlockingPoolOptions } from './blocking-pool-options';

export { NodeConnection, type ConnectionEvents, type ConnectionSetup, type ConnectionState, type SetupSend } from './connection';
export {
  CommandRequest,
  invalidArguments,
  transformFor,
  type ExpectedPushes,
  type QueuedCommand,
  type ReplyShape,
  type RequestBatch,
  type Retrier,
} from './command-request';
export { clientOn, type FacadeType } from './client';
/** The built-in command definitions (both spellings), for the facades that attach them. */
export { COMMANDS } from './commands';
/** A cluster's listeners follow the client's keys and unsubscribe rules. */
export { channelKey, removeChannelListeners, toArray } from './pub-sub-types';
/** The tracing channels, made once: a cluster publishes on the same ones as the client. */
export { batchChannel, commandChannel, connectChannel, isTraced, redirectChannel, sanitizeArgs, traceClientId } from './tracing';
/** Whether a command blocks on the server (it then gets no default timeout); whether it waits for data (a dedicated connection may run it). */
export { isBlockingCommand, waitsForData } from './blocking-commands';
/** Dedicated connections for blocking commands (a cluster keeps a pool per node). */
export { BlockingPool, type BlockingPoolStats } from './blocking-pool';
export { resolveBlockingPoolOptions, type ResolvedBlockingPoolOptions } from './blocking-pool-options';
/** One SCAN step's arguments, the same for a client and each master of a cluster; the key iterators (hScanIterator & co.), each step sent to the key's master. */
export { keyMasterSender, scanArguments, scanHash, scanHashFields, scanHashValues, scanSet, scanSortedSet, type KeyedSender } from './scan-iterators';

/** Client-side caching over a cluster's node connections: what to cache, how to track, what to refuse. */
export { cacheKeyFor, cacheManagedRefusal } from './client-side-cache/cache-eligibility';
export { checkClientSideCache } from './resolve-options';
export { storableOrigin, trackConnection } from './client-side-cache/track-connection';
export type { CacheSource } from './client-side-cache/client-side-cache';
/** The options copy a facade keeps: inspectable, with secrets redacted in util.inspect and JSON. */
export { withRedactedView } from './redact-options';
/** node-redis options x does not honour yet, refused by name at create time (a cluster checks its own, its rootNodes' and its defaults'). */
export { refuseUnhonouredClusterOptions, UNHONOURED_CLIENT_OPTIONS, UNHONOURED_CLUSTER_OPTIONS, type UnhonouredOption } from './unhonoured-options';

/** How a node connection differs from a client's own. */
export interface NodeConnectionSettings {
  /**
   * Commands sent before the connection was first ready wait for it (bounded by their deadlines);
   * once it was ready, a dropped connection refuses them at once (not sent: the caller routes them
   * elsewhere) instead of queueing them until it reconnects. Default: as `disableOfflineQueue` says.
   */
  queueUntilFirstReady?: boolean;
}

/**
 * A connection to one server, not yet connected: `options` are a client's (validated here: an
 * InvalidOptionError names a bad one).
 */
export function createNodeConnection(options: RedisClientOptions, settings?: NodeConnectionSettings): NodeConnection {
  const resolved = resolveClientOptions(options);
  if (settings?.queueUntilFirstReady === true) resolved.offlineQueue = 'until-ready';
  return new NodeConnection(resolved);
}

/** A pool of dedicated connections for blocking commands to the server `options` name (validated here). */
export function createBlockingPool(options: RedisClientOptions, limits: ResolvedBlockingPoolOptions): BlockingPool {
  return new BlockingPool(resolveClientOptions(options), limits);
}
