import { RedisError } from '@x/resp';

/**
 * A command was redirected or retried `maxCommandRedirections` times without succeeding. `cause`
 * (and `lastError`) is the error of the last attempt.
 */
export class MaxRedirectionsError extends RedisError {
  static {
    this.defineBrand('@x/cluster:MaxRedirectionsError', 'MaxRedirectionsError');
  }
  readonly lastError: Error;
  constructor(max: number, lastError: Error) {
    super(`Command failed after ${max} redirections or retries; last error: ${lastError.message}`, {
      code: 'ERR_MAX_REDIRECTIONS',
      cause: lastError,
    });
    this.lastError = lastError;
  }
}

/** No root node answered. `errors` has each node's reason, by address. */
export class ClusterConnectError extends RedisError {
  static {
    this.defineBrand('@x/cluster:ClusterConnectError', 'ClusterConnectError');
  }
  readonly errors: ReadonlyArray<{ address: string; error: Error }>;
  constructor(errors: ReadonlyArray<{ address: string; error: Error }>) {
    const reasons = errors.map(({ address, error }) => `${address}: ${error.message}`).join('; ');
    super(`Could not get the cluster topology from any root node (${reasons})`, { code: 'ERR_CLUSTER_CONNECT' });
    this.errors = errors;
  }
}

/** A root node is a plain Redis server, not a cluster node. */
export class NotClusterModeError extends RedisError {
  static {
    this.defineBrand('@x/cluster:NotClusterModeError', 'NotClusterModeError');
  }
  constructor(address: string) {
    super(`${address} is not in cluster mode (cluster-enabled is off): use createClient for a single server`, {
      code: 'ERR_NOT_CLUSTER',
    });
  }
}

/** Keys of a command or transaction hash to different slots, so no single node can run it. */
export class CrossSlotError extends RedisError {
  static {
    this.defineBrand('@x/cluster:CrossSlotError', 'CrossSlotError');
  }
  readonly slots: number[];
  constructor(what: string, slots: number[]) {
    super(`CROSSSLOT ${what} has keys in different slots (${slots.join(', ')}); nothing was sent`, { code: 'CROSSSLOT' });
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

/** No online master serves the slot right now (failover in progress, slots uncovered). */
export class SlotUncoveredError extends RedisError {
  static {
    this.defineBrand('@x/cluster:SlotUncoveredError', 'SlotUncoveredError');
  }
  readonly slot: number;
  constructor(slot: number) {
    super(`No online master serves slot ${slot} (the cluster is failing over or not fully covered)`, {
      code: 'ERR_SLOT_UNCOVERED',
    });
    this.slot = slot;
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
