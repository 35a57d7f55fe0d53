import { RedisError } from '@x/resp';
import type { NodeEntry, NodeRegistry } from './node-registry';
import type { ResolvedClusterOptions } from './options';
import type { Redirect } from './redirect';
import { SlotMap, type ClusterNode, type Shard } from './topology/slot-map';
import type { TopologyReader } from './topology-reader';

/** A connection closed because a refresh showed its master was failed over while it did not answer. */
export class NodeDeposedError extends RedisError {
  static {
    this.defineBrand('@x/cluster:NodeDeposedError', 'NodeDeposedError');
  }
  constructor(address: string) {
    super(`${address} lost its slots to a failover while it was not answering; its connection was closed`, {
      code: 'ERR_NODE_DEPOSED',
    });
  }
}

/**
 * A node with replies outstanding and nothing read for this long is suspected frozen: the
 * topology is refreshed (and if it then shows the node deposed, its connection is closed).
 */
const STALL_MS = 1_000;
/**
 * While a node is stalled the topology is re-read this often (one CLUSTER SHARDS to a healthy node),
 * so a failover that deposes it is seen, and its connection closed, long before it could wake up.
 */
const WATCHDOG_INTERVAL_MS = 100;

/**
 * The live view of the cluster: the slot map (a snapshot swapped whole by each refresh, patched
 * slot by slot by MOVED), the node connections, and when to refresh — on MOVED, when a node's
 * connection drops, when a slot has no owner, when a node stalls, and periodically. Concurrent
 * refresh requests share one refresh; a request that arrives during a refresh runs one more after
 * it, so nothing learnt meanwhile is lost.
 */
export class ClusterTopology {
  #slotMap = SlotMap.empty();
  readonly #options: ResolvedClusterOptions;
  readonly #registry: NodeRegistry;
  readonly #reader: TopologyReader;
  readonly #onError: (error: Error) => void;
  #refreshing: Promise<void> | undefined;
  #refreshAgain = false;
  #periodic: NodeJS.Timeout | undefined;
  #watchdog: NodeJS.Timeout | undefined;
  #closed = false;
  /** Per shard, the turn of the next read (each shard in turn by itself, so two kinds of read alternating do not pin to one node). */
  readonly #turns = new WeakMap<Shard, number>();
  /**
   * Called after each discovery or refresh swapped the map in (MOVED patches do not call it): the
   * cluster's pub/sub moves the subscriptions of nodes that left or slots that moved. Must not throw.
   */
  onApplied: ((previous: SlotMap, next: SlotMap) => void) | undefined;
  /**
   * Called with the node a MOVED or ASK names, before the command is sent there: the cluster's
   * function-library loader gives a master it has not loaded yet its libraries first (on the same
   * connection, so they arrive before the command). Must not throw.
   */
  onRedirect: ((entry: NodeEntry) => void) | undefined;

  constructor(options: ResolvedClusterOptions, registry: NodeRegistry, reader: TopologyReader, onError: (error: Error) => void) {
    this.#options = options;
    this.#registry = registry;
    this.#reader = reader;
    this.#onError = onError;
  }

  get slotMap(): SlotMap {
    return this.#slotMap;
  }

  get registry(): NodeRegistry {
    return this.#registry;
  }

  /** The first discovery, from the root nodes. */
  async discover(): Promise<void> {
    this.#closed = false;
    this.#apply(await this.#reader.read(false));
  }

  /** Refresh now (or join the refresh in progress). */
  refresh(): Promise<void> {
    if (this.#refreshing !== undefined) {
      this.#refreshAgain = true;
      return this.#refreshing;
    }
    const run = async (): Promise<void> => {
      try {
        do {
          this.#refreshAgain = false;
          const next = await this.#reader.read(true);
          if (this.#closed) return;
          this.#apply(next);
        } while (this.#refreshAgain && !this.#closed);
      } finally {
        this.#refreshing = undefined;
      }
    };
    this.#refreshing = run();
    return this.#refreshing;
  }

  /** Refresh in the background; a failure is an 'error' event (the next trigger tries again). */
  scheduleRefresh(): void {
    if (this.#closed) return;
    this.refresh().catch((error: unknown) => {
      if (!this.#closed) this.#onError(error as Error);
    });
  }

  startTimers(): void {
    const interval = this.#options.topologyRefreshInterval;
    if (interval > 0) {
      this.#periodic = setInterval(() => this.scheduleRefresh(), interval);
      this.#periodic.unref();
    }
    this.#watchdog = setInterval(() => this.#checkStalls(), WATCHDOG_INTERVAL_MS);
    this.#watchdog.unref();
  }

  stop(): void {
    this.#closed = true;
    if (this.#periodic !== undefined) clearInterval(this.#periodic);
    if (this.#watchdog !== undefined) clearInterval(this.#watchdog);
    this.#periodic = this.#watchdog = undefined;
  }

  #checkStalls(): void {
    if (this.#refreshing !== undefined) return;
    for (const entry of this.#registry.entries()) {
      if (entry.client.isReady && entry.client._connection.stalledFor > STALL_MS) {
        this.scheduleRefresh();
        return;
      }
    }
  }

  /**
   * The node for a command: the owner of `slot` (a master; for a read with `useReplicas`, any node
   * of the shard, in turn), or for a keyless command a random master (`anyNode`: any node, e.g.
   * PUBLISH, which the cluster forwards). Undefined when no online node serves it.
   */
  route(slot: number | undefined, readonly: boolean, anyNode = false): NodeEntry | undefined {
    const map = this.#slotMap;
    let node: ClusterNode | undefined;
    if (slot === undefined) {
      const pool = anyNode ? [...map.nodes.values()] : map.masters;
      const online = pool.filter((n) => n.health === 'online');
      if (online.length === 0) return undefined;
      node = online[Math.floor(Math.random() * online.length)];
    } else {
      const shard = map.slots[slot];
      if (shard === undefined) return undefined;
      node = readonly && this.#options.useReplicas ? this.#pick(shard) : shard.master;
    }
    return node === undefined ? undefined : this.#registry.ensure(node);
  }

  #pick(shard: Shard): ClusterNode {
    const nodes = shard.nodes;
    if (nodes.length === 1) return nodes[0]!;
    const turn = ((this.#turns.get(shard) ?? 0) + 1) >>> 0;
    this.#turns.set(shard, turn);
    return nodes[turn % nodes.length]!;
  }

  /**
   * A MOVED: the slot lives on the named node now. Patch the map at once, start one merged
   * background refresh, and return the node to retry on. `from` is the node that answered (its host
   * stands in for an empty endpoint).
   */
  onMoved(redirect: Redirect, from: NodeEntry): NodeEntry {
    const entry = this.#redirectTarget(redirect, from);
    this.#slotMap.moveSlot(redirect.slot, entry.address, entry.node.host, entry.node.port);
    this.scheduleRefresh();
    this.onRedirect?.(entry);
    return entry;
  }

  /** An ASK: the node to send `ASKING` + the command to, once; the map is unchanged. */
  onAsk(redirect: Redirect, from: NodeEntry): NodeEntry {
    const entry = this.#redirectTarget(redirect, from);
    this.onRedirect?.(entry);
    return entry;
  }

  #redirectTarget(redirect: Redirect, from: NodeEntry): NodeEntry {
    const announcedHost = redirect.host === '' ? from.node.announced.slice(0, from.node.announced.lastIndexOf(':')) : redirect.host;
    const announced = `${announcedHost}:${redirect.port}`;
    const target = this.#options.mapAddress(announced, { host: announcedHost, port: redirect.port });
    const address = `${target.host}:${target.port}`;
    const entry = this.#registry.get(address);
    if (entry !== undefined) return entry;
    // A node the map does not know yet (just added to the cluster): the refresh will describe it.
    const node = this.#slotMap.nodes.get(address) ?? {
      id: address, host: target.host, port: target.port, address, announced, role: 'master' as const, health: 'online' as const,
    };
    return this.#registry.ensure(node);
  }

  #apply(next: SlotMap): void {
    const previous = this.#slotMap;
    this.#slotMap = next;
    const registry = this.#registry;
    // A master that lost its slots to a failover while frozen or unreachable: close its connection
    // now. What it had not been sent is re-routed; what it had may have run — and an OK it sends
    // when it wakes up is a write the cluster will discard, so it must never reach the caller.
    for (const master of previous.masters) {
      const now = next.nodes.get(master.address);
      if (now !== undefined && now.role === 'master' && now.health === 'online') continue;
      const entry = registry.get(master.address);
      if (entry === undefined) continue;
      const unreachable = now === undefined || now.health !== 'online';
      if (unreachable || entry.client._connection.stalledFor > STALL_MS) {
        registry.destroy(master.address, new NodeDeposedError(master.address));
      }
    }
    const eager = !this.#options.minimizeConnections;
    for (const node of next.nodes.values()) {
      const entry = registry.ensure(node);
      if (eager && node.health === 'online' && (node.role === 'master' || this.#options.useReplicas)) {
        // Failures surface as node-error events; the entry connects again on first use.
        entry.connect().catch(() => undefined);
      }
    }
    for (const entry of [...registry.entries()]) {
      if (!next.nodes.has(entry.address)) registry.remove(entry.address);
    }
    this.onApplied?.(previous, next);
  }
}
