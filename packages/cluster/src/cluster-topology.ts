import { ClientClosedError, InvalidOptionError } from '@x/client';
import { NodeDeposedError, RedirectTargetError, RedirectToUnknownNodeError } from './errors';
import type { NodeEntry, NodeRegistry } from './node-registry';
import type { ResolvedClusterOptions } from './options';
import type { Redirect } from './redirect';
import { SlotMap, type ClusterNode, type ShardRoute } from './topology/slot-map';
import type { Topology, TopologyNode } from './topology/topology';
import type { TopologyReader } from './topology-reader';

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
 * A node learnt from a redirect (its membership confirmed by the node that redirected) is kept this
 * long even when a refresh does not list it: a node just added to the cluster is not gossiped to
 * every node at once, and a refresh that asked one that has not heard of it yet must not close its
 * connection mid-handshake (the command would bounce back to the old owner, and again, and again).
 */
const REDIRECT_GRACE_MS = 10_000;

/**
 * The live view of the cluster: the slot map (a snapshot, swapped whole by each refresh and replaced
 * by a copy on MOVED — never changed in place), the node connections, and when to refresh — on
 * MOVED, when a node's connection drops, when a slot has no owner, when a node stalls, and
 * periodically. Concurrent refresh requests share one refresh; a request that arrives during a
 * refresh runs one more after it, so nothing learnt meanwhile is lost.
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
  /** Confirmations in progress of the members redirects named, by the address connected to. */
  readonly #confirming = new Map<string, Promise<NodeEntry>>();
  /** Entries learnt from a redirect and when their grace ends (`performance.now()`), see REDIRECT_GRACE_MS. */
  readonly #graceUntil = new WeakMap<NodeEntry, number>();
  /** Per shard, the turn of the next read (each shard in turn by itself, so two kinds of read alternating do not pin to one node). */
  readonly #turns = new WeakMap<ShardRoute, number>();
  /**
   * Called after each discovery or refresh swapped the map in (MOVED copies do not call it): the
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
    const topology = await this.#reader.read(false);
    // Closed meanwhile: applying it would open node connections nobody will close.
    if (this.#closed) throw new ClientClosedError('The cluster was closed while connecting');
    this.#apply(topology);
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
    this.#reader.abort();
    if (this.#periodic !== undefined) clearInterval(this.#periodic);
    if (this.#watchdog !== undefined) clearInterval(this.#watchdog);
    this.#periodic = this.#watchdog = undefined;
  }

  #checkStalls(): void {
    if (this.#refreshing !== undefined) return;
    for (const entry of this.#registry.entries()) {
      if (entry.isReady && entry.connection.stalledFor > STALL_MS) {
        this.scheduleRefresh();
        return;
      }
    }
  }

  /**
   * The node for a command: the owner of `slot` (a master; for a read with `useReplicas`, any node
   * of the shard, in turn), or for a keyless command a random online master (`anyNode`: any online
   * node, e.g. PUBLISH, which the cluster forwards). Undefined when no online node serves it.
   */
  route(slot: number | undefined, readonly: boolean, anyNode = false): NodeEntry | undefined {
    const map = this.#slotMap;
    if (slot === undefined) {
      const pool = anyNode ? map.onlineNodes : map.onlineMasters;
      return pool.length === 0 ? undefined : pool[Math.floor(Math.random() * pool.length)];
    }
    const shard = map.shardOf(slot);
    if (shard === undefined) return undefined;
    return readonly && this.#options.useReplicas ? this.#pick(shard) : shard.master;
  }

  #pick(shard: ShardRoute): NodeEntry {
    const readers = shard.readers;
    if (readers.length === 1) return readers[0]!;
    const turn = ((this.#turns.get(shard) ?? 0) + 1) >>> 0;
    this.#turns.set(shard, turn);
    return readers[turn % readers.length]!;
  }

  /**
   * The node a MOVED or ASK names, to send the command to. A MOVED also changes the map at once (a
   * new snapshot with the slot on that node) and starts one merged background refresh; an ASK changes
   * nothing. `from` is the address of the node that answered (its host stands in for an empty
   * endpoint). Throws a RedirectTargetError when `nodeAddressMap` throws or answers garbage.
   *
   * A node the cluster's connections do not know yet gets no connection — and so no credentials —
   * before it is confirmed a member: the node that redirected must list it in its topology, read
   * right then (a promise, then; it rejects with a RedirectToUnknownNodeError naming the address).
   */
  redirect(redirect: Redirect, from: string): NodeEntry | Promise<NodeEntry> {
    const target = this.#redirectTarget(redirect, from);
    if (target instanceof Promise) return target.then((entry) => this.#followed(redirect, entry));
    return this.#followed(redirect, target);
  }

  #followed(redirect: Redirect, entry: NodeEntry): NodeEntry {
    if (redirect.kind === 'moved') {
      this.#slotMap = this.#slotMap.withSlot(redirect.slot, entry);
      this.scheduleRefresh();
    }
    this.onRedirect?.(entry);
    return entry;
  }

  #redirectTarget(redirect: Redirect, from: string): NodeEntry | Promise<NodeEntry> {
    const fromNode = this.#registry.get(from)?.node;
    const fromAnnounced = fromNode?.announced ?? from;
    const announcedHost = redirect.host === '' ? fromAnnounced.slice(0, fromAnnounced.lastIndexOf(':')) : redirect.host;
    const announced = `${announcedHost}:${redirect.port}`;
    let target: { host: string; port: number };
    try {
      target = this.#options.mapAddress(announced, { host: announcedHost, port: redirect.port });
    } catch (error) {
      // The map's answer is checked where it is called: what it returned is not an address.
      if (error instanceof InvalidOptionError) throw new RedirectTargetError(announced, 'returned something that is not { host, port }', error);
      throw new RedirectTargetError(announced, `threw: ${error instanceof Error ? error.message : String(error)}`, error);
    }
    const address = `${target.host}:${target.port}`;
    const entry = this.#registry.get(address);
    if (entry !== undefined) return entry;
    let confirming = this.#confirming.get(address);
    if (confirming === undefined) {
      confirming = this.#confirmMember(announced, { host: target.host, port: target.port, address }, from).finally(() => {
        this.#confirming.delete(address);
      });
      this.#confirming.set(address, confirming);
    }
    return confirming;
  }

  /**
   * A node a redirect names that no connection knows (just added to the cluster, or not a member
   * at all): read the topology of the node that redirected, and make an entry only if it lists it.
   */
  async #confirmMember(announced: string, target: { host: string; port: number; address: string }, from: string): Promise<NodeEntry> {
    const source = this.#registry.get(from);
    if (source === undefined) throw new RedirectToUnknownNodeError(announced, from || 'the node that redirected');
    let listed: TopologyNode | undefined;
    try {
      listed = findAnnounced(await this.#reader.readFrom(source), announced, this.#options.useTls);
    } catch (error) {
      throw new RedirectToUnknownNodeError(announced, from, error as Error);
    }
    if (listed === undefined) throw new RedirectToUnknownNodeError(announced, from);
    if (this.#closed) throw new ClientClosedError('The cluster was closed while a redirect was being confirmed');
    const known = this.#registry.get(target.address);
    if (known !== undefined) return known;
    const node: ClusterNode = {
      id: listed.id, host: target.host, port: target.port, address: target.address, announced, role: listed.role, health: listed.health,
    };
    const entry = this.#registry.ensure(node);
    this.#graceUntil.set(entry, performance.now() + REDIRECT_GRACE_MS);
    return entry;
  }

  /** Learnt from a confirmed redirect less than REDIRECT_GRACE_MS ago. */
  #inGrace(entry: NodeEntry, now: number): boolean {
    return (this.#graceUntil.get(entry) ?? 0) > now;
  }

  #apply(topology: Topology): void {
    const registry = this.#registry;
    const previous = this.#slotMap;
    const build = (): SlotMap => SlotMap.fromTopology(topology, this.#options.mapAddress, this.#options.useTls, (node) => registry.ensure(node));
    let next = build();
    // A master that lost its slots to a failover while frozen or unreachable: close its connection
    // now. What it had not been sent is re-routed; what it had may have run — and an OK it sends
    // when it wakes up is a write the cluster will discard, so it must never reach the caller.
    let deposed = false;
    const now = performance.now();
    for (const shard of previous.shards) {
      const master = shard.master;
      const described = next.nodes.get(master.address);
      if (described !== undefined && described.role === 'master' && described.health === 'online') continue;
      if (registry.get(master.address) !== master) continue;
      // A node a redirect just named, which the node asked here has not heard of yet: not deposed.
      if (described === undefined && this.#inGrace(master, now)) continue;
      const unreachable = described === undefined || described.health !== 'online';
      if (unreachable || master.connection.stalledFor > STALL_MS) {
        registry.destroy(master.address, new NodeDeposedError(master.address));
        deposed = true;
      }
    }
    // The new snapshot must not hold a closed entry: a deposed node still listed gets a new one.
    if (deposed) next = build();
    this.#slotMap = next;
    if (!this.#options.minimizeConnections) {
      for (const shard of next.shards) {
        // Failures surface as node-error events; the entry connects again on first use.
        const entries = this.#options.useReplicas ? shard.readers : shard.info.master.health === 'online' ? [shard.master] : [];
        for (const entry of entries) if (!entry.removed) entry.connect().catch(() => undefined);
      }
    }
    for (const entry of [...registry.entries()]) {
      if (next.nodes.has(entry.address)) continue;
      // Learnt from a redirect moments ago: this refresh may have asked a node not told of it yet.
      if (this.#inGrace(entry, now)) continue;
      registry.remove(entry.address);
    }
    this.onApplied?.(previous, next);
  }
}

/** The node of `topology` announced at `announced` (`host:port`, the port the client would use), if any. */
function findAnnounced(topology: Topology, announced: string, useTls: boolean): TopologyNode | undefined {
  for (const shard of topology.shards) {
    for (const node of [shard.master, ...shard.replicas]) {
      const port = useTls ? (node.tlsPort ?? node.port) : (node.port ?? node.tlsPort);
      if (port !== undefined && `${node.host}:${port}` === announced) return node;
    }
  }
  return undefined;
}
