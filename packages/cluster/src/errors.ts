import { NoReplyError, ScanIteratorInterruptedError } from '@x/client';
import { RedisError } from '@x/resp';

// Every error the cluster raises, in one place; the client's (re-exported by this package) follow
// the same rules — one meaning per class, `ERR_` codes, a command that got no reply is a
// NoReplyError whose `sent` says whether it may have run — see @x/client's errors.ts.

/**
 * A command was redirected (MOVED/ASK) more than `maxCommandRedirections` times. `cause` (and
 * `lastError`) is the last redirect. node-redis calls it MaxCommandRedirectionsError (an alias here).
 */
export class MaxRedirectionsError extends RedisError {
  static {
    this.defineBrand('@x/cluster:MaxRedirectionsError', 'MaxRedirectionsError');
  }
  readonly lastError: Error;
  constructor(max: number, lastError: Error) {
    super(`Command redirected more than ${max} times (maxCommandRedirections); last redirect: ${lastError.message}`, {
      code: 'ERR_MAX_REDIRECTIONS',
      cause: lastError,
    });
    this.lastError = lastError;
  }
}

/**
 * No root node described the cluster. `errors` has each node's reason, by address. node-redis calls
 * it RootNodesUnavailableError (an alias here).
 */
export class ClusterConnectError extends RedisError {
  static {
    this.defineBrand('@x/cluster:ClusterConnectError', 'ClusterConnectError');
  }
  readonly errors: ReadonlyArray<{ address: string; error: Error }>;
  /** `problem`: what went wrong, when it is not that no root node answered (the reasons follow it). */
  constructor(errors: ReadonlyArray<{ address: string; error: Error }>, problem = 'Could not get the cluster topology from any root node') {
    const reasons = errors.map(({ address, error }) => `${address}: ${error.message}`).join('; ');
    super(reasons === '' ? problem : `${problem} (${reasons})`, { code: 'ERR_CLUSTER_CONNECT' });
    this.errors = errors;
  }
}

/** A root node is a plain Redis server, not a cluster node. */
export class NotClusterModeError extends RedisError {
  static {
    this.defineBrand('@x/cluster:NotClusterModeError', 'NotClusterModeError');
  }
  constructor(address: string) {
    super(`${address} is not in cluster mode (cluster-enabled is off): use createClient for a single server`, { code: 'ERR_NOT_CLUSTER' });
  }
}

/**
 * Keys of a command or transaction hash to different slots, so no single node can run it. Nothing
 * was sent (the server's own refusal is a ReplyError with code `CROSSSLOT`).
 */
export class CrossSlotError extends RedisError {
  static {
    this.defineBrand('@x/cluster:CrossSlotError', 'CrossSlotError');
  }
  readonly slots: number[];
  constructor(what: string, slots: number[]) {
    super(`CROSSSLOT ${what} has keys in different slots (${slots.join(', ')}); nothing was sent`, { code: 'ERR_CROSS_SLOT' });
    this.slots = slots;
  }
}

/** The topology reply of a node did not have the expected shape. */
export class TopologyReplyError extends RedisError {
  static {
    this.defineBrand('@x/cluster:TopologyReplyError', 'TopologyReplyError');
  }
  constructor(message: string) {
    super(message, { code: 'ERR_TOPOLOGY_REPLY' });
  }
}

/**
 * The shard serving `slot` has no master that can be reached: the command was not sent there (or,
 * a read, was sent and lost with its connection). With `onMasterDown: 'fail'` a command rejects with
 * it at once; by default it is what a command that waited for the shard up to its deadline names as
 * its TimeoutError's `cause`. `address` is the master the cluster knew (undefined when the topology
 * shows none: a {@link SlotUncoveredError}); `cause` what failed there.
 */
export class ShardUnavailableError extends NoReplyError {
  static {
    this.defineBrand('@x/cluster:ShardUnavailableError', 'ShardUnavailableError');
  }
  readonly slot: number;
  readonly address: string | undefined;
  constructor(slot: number, address: string | undefined, cause: Error | undefined, message?: string) {
    const sent = cause instanceof NoReplyError && cause.sent;
    super(message ?? `The shard of slot ${slot} has no reachable master: ${address ?? 'none known'}${cause === undefined ? '' : ` (${cause.message})`}`, {
      code: 'ERR_SHARD_UNAVAILABLE',
      sent,
      cause,
    });
    this.slot = slot;
    this.address = address;
  }
}

/** No online master serves the slot in the topology right now (a failover in progress, slots not covered). */
export class SlotUncoveredError extends ShardUnavailableError {
  static {
    this.defineBrand('@x/cluster:SlotUncoveredError', 'SlotUncoveredError');
  }
  constructor(slot: number) {
    super(slot, undefined, undefined, `The shard of slot ${slot} has no master: no online master serves it (the cluster is failing over, or the slot is not covered)`);
  }
}

/** The topology shows no online node to send to (a keyless command, a subscription); not sent. */
export class NoOnlineNodeError extends NoReplyError {
  static {
    this.defineBrand('@x/cluster:NoOnlineNodeError', 'NoOnlineNodeError');
  }
  constructor(what: string) {
    super(`The cluster has no online node ${what}`, { code: 'ERR_NO_ONLINE_NODE', sent: false });
  }
}

/**
 * The node a MOVED or ASK named could not be turned into an address to connect to: the
 * `nodeAddressMap` threw or returned something that is not `{ host, port }`. That command fails
 * with this (its `cause` what the map threw); nothing else is affected.
 */
export class RedirectTargetError extends RedisError {
  static {
    this.defineBrand('@x/cluster:RedirectTargetError', 'RedirectTargetError');
  }
  /** The address as the cluster announced it (`host:port`). */
  readonly announced: string;
  constructor(announced: string, problem: string, cause?: unknown) {
    super(`Cannot follow the redirect to ${announced}: nodeAddressMap ${problem}`, { code: 'ERR_REDIRECT_TARGET', cause });
    this.announced = announced;
  }
}

/**
 * A MOVED or ASK named an address that is not a member of the cluster: the node that redirected does
 * not list it in its own topology (read right then). No connection was opened there — credentials
 * go only to the cluster's own nodes — and that command fails with this; nothing else is affected.
 */
export class RedirectToUnknownNodeError extends RedisError {
  static {
    this.defineBrand('@x/cluster:RedirectToUnknownNodeError', 'RedirectToUnknownNodeError');
  }
  /** The address as the redirect named it (`host:port`). */
  readonly announced: string;
  constructor(announced: string, from: string, cause?: Error) {
    super(
      `Not following the redirect to ${announced}: ${from} does not list it as a member of the cluster${cause === undefined ? '' : ` (its topology could not be read: ${cause.message})`}; no connection was opened there`,
      { code: 'ERR_REDIRECT_UNKNOWN_NODE', cause },
    );
    this.announced = announced;
  }
}

/** A connection closed because a refresh showed its master was failed over while it did not answer. */
export class NodeDeposedError extends RedisError {
  static {
    this.defineBrand('@x/cluster:NodeDeposedError', 'NodeDeposedError');
  }
  constructor(address: string) {
    super(`${address} lost its slots to a failover while it was not answering; its connection was closed`, { code: 'ERR_NODE_DEPOSED' });
  }
}

/**
 * Subscriptions that had to move (their node left, their slot moved) could not be subscribed again
 * yet. Their listeners are kept and the move is retried on the next topology change (and after a
 * short backoff); `cause` says what failed. Emitted as an `'error'` event, never thrown.
 */
export class ResubscribeError extends RedisError {
  static {
    this.defineBrand('@x/cluster:ResubscribeError', 'ResubscribeError');
  }
  /** `'CHANNELS'`, `'PATTERNS'` or `'SHARDED'`. */
  readonly kind: 'CHANNELS' | 'PATTERNS' | 'SHARDED';
  /** The channels (or patterns) still waiting for a node. */
  readonly channels: string[];
  constructor(kind: 'CHANNELS' | 'PATTERNS' | 'SHARDED', channels: string[], cause: Error) {
    const what = kind === 'PATTERNS' ? 'patterns' : kind === 'SHARDED' ? 'sharded channels' : 'channels';
    const shown = channels.length > 5 ? `${channels.slice(0, 5).join(', ')}, …` : channels.join(', ');
    super(`Could not subscribe ${channels.length} ${what} (${shown}) again on their new node: ${cause.message}; retrying`, {
      code: 'ERR_RESUBSCRIBE',
      cause,
    });
    this.kind = kind;
    this.channels = channels;
  }
}

/**
 * A scan could not cover every slot: the cluster did not settle (slots without an owner, or still
 * moving) within the scan's patience. `cause` is the last failure that left slots for another pass.
 * A ScanIteratorInterruptedError (node-redis's name for a scan that could not go on).
 */
export class ScanIncompleteError extends ScanIteratorInterruptedError {
  static {
    this.defineBrand('@x/cluster:ScanIncompleteError', 'ScanIncompleteError');
  }
  readonly uncoveredSlots: number;
  constructor(uncoveredSlots: number, patienceMs: number, cause?: Error) {
    super(
      `scanIterator: ${uncoveredSlots} slots could not be scanned within ${patienceMs / 1000} s (no online owner, or still migrating); the keys yielded so far are not all keys${cause === undefined ? '' : `; last error: ${cause.message}`}`,
      { code: 'ERR_SCAN_INCOMPLETE', cause },
    );
    this.uncoveredSlots = uncoveredSlots;
  }
}

/** A function library could not be loaded on a master (`cause` is the server's reply or the connection error). */
export class FunctionLibraryLoadError extends RedisError {
  static {
    this.defineBrand('@x/cluster:FunctionLibraryLoadError', 'FunctionLibraryLoadError');
  }
  /** The library's name, from its `#!lua name=…` line. */
  readonly library: string;
  /** The master it was sent to. */
  readonly address: string;
  constructor(library: string, address: string, cause: Error) {
    super(`Could not load function library ${library} on ${address}: ${cause.message}`, { code: 'ERR_FUNCTION_LIBRARY_LOAD', cause });
    this.library = library;
    this.address = address;
  }
}

/** node-redis's names of x's classes (one class, two names). */
export {
  MaxRedirectionsError as MaxCommandRedirectionsError,
  ClusterConnectError as RootNodesUnavailableError,
};
