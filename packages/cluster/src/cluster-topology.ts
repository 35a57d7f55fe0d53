import { ClientClosedError, InvalidOptionError } from '@x/client';
import { NodeDeposedError, RedirectTargetError, RedirectToUnknownNodeError } from './errors';
import type { NodeEntry, NodeRegistry } from './node-registry';
import type { ResolvedClusterOptions } from './options';
import type { Redirect } from './redirect';
import { moreUrgent, RefreshPacer, type RefreshUrgency } from './refresh-pacer';
import { topologyFingerprint } from './topology/fingerprint';
import { SlotMap, type ClusterNode, type ShardRoute } from './topology/slot-map';
import type { Topology, TopologyNode } from './topology/topology';
import type { TopologyReader } from './topology-reader';

/**
 * A node with replies outstanding and nothing read for this long is suspected frozen: the
 * topology is refreshed (and if it then shows the node deposed, its connection is closed).
 */
const STALL_MS = 1_000;

/**
 * How often stalls are looked for. A stalled node asks for a paced refresh (one CLUSTER SHARDS to a
 * healthy node; see refresh-pacer.ts: at most 2 a second, fewer while nothing changes), so a
 * failover that deposes it is seen, and its connection closed, long before it could wake up.
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
 * read runs one more after it, so nothing learnt meanwhile is lost. Reads are paced (refresh-pacer.ts):
 * a fleet of clients around a stalled node must not hammer the cluster.
 */
export class ClusterTopology {
  #slotMap = SlotMap.empty();
  readonly #options: ResolvedClusterOptions;
  readonly #registry: NodeRegistry;
  readonly #reader: TopologyReader;
  readonly #onError: (error: Error) => void;
  /** The refresh in progress (waiting for its turn, or reading): every request joins it. */
  #refreshing: Promise<void> | undefined;
  /** A read is in flight (a request now needs one more read after it). */
  #reading = false;
  /** The urgency of the read requested during the one in flight, if any. */
  #again: RefreshUrgency | undefined;
  /** The refresh waiting for its turn: when, its timer and how to start it early. */
  #turn: { at: number; timer: NodeJS.Timeout; go: () => void } | undefined;
  readonly #pacer = new RefreshPacer();
  /** What the last read said, to tell whether the next one learnt anything. */
  #fingerprint = '';
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
    this.#pacer.started(performance.now());
    const topology = await this.#reader.read(false);
    // Closed meanwhile: applying it would open node connections nobody will close.
    if (this.#closed) throw new ClientClosedError('The cluster was closed while connecting');
    this.#fingerprint = topologyFingerprint(topology);
    this.#apply(topology);
  }

  /**
   * Refresh (or join the refresh in progress): at once for `now` (the user asked), otherwise when
   * the pacer allows (see refresh-pacer.ts). A more urgent request brings a waiting refresh forward.
   */
  refresh(urgency: RefreshUrgency = 'paced'): Promise<void> {
    if (this.#refreshing !== undefined) {
      if (this.#reading) this.#again = moreUrgent(this.#again, urgency);
      else this.#bringForward(urgency);
      return this.#refreshing;
    }
    this.#refreshing = this.#run(urgency);
    return this.#refreshing;
  }

  async #run(first: RefreshUrgency): Promise<void> {
    try {
      let urgency: RefreshUrgency | undefined = first;
      while (urgency !== undefined && !this.#closed) {
        await this.#waitTurn(urgency);
        if (this.#closed) return;
        this.#again = undefined;
        this.#reading = true;
            this.#pacer.started(performance.now());
        let changed = false;
        try {
          const next = await this.#reader.read(true);
          if (this.#closed) return;
          const fingerprint = topologyFingerprint(next);
          changed = fingerprint !== this.#fingerprint;
          this.#fingerprint = fingerprint;
          this.#apply(next);
        } finally {
          this.#reading = false;
          this.#pacer.finished(changed);
        }
        urgency = this.#again;
      }
    } finally {
      this.#refreshing = undefined;
    }
  }

  /** Resolves when a read of this urgency may start (at once, or on a timer `stop()` cuts short). */
  #waitTurn(urgency: RefreshUrgency): Promise<void> {
    const wait = this.#pacer.earliest(urgency) - performance.now();
    if (wait <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const go = (): void => {
        if (this.#turn === undefined) return;
        clearTimeout(this.#turn.timer);
        this.#turn = undefined;
        resolve();
      };
      const timer = setTimeout(go, wait);
      timer.unref();
      this.#turn = { at: performance.now() + wait, timer, go };
    });
  }

  #bringForward(urgency: RefreshUrgency): void {
    const turn = this.#turn;
    if (turn === undefined) return;
    const at = this.#pacer.earliest(urgency);
    if (at >= turn.at) return;
    const wait = at - performance.now();
    if (wait <= 0) {
      turn.go();
      return;
    }
    clearTimeout(turn.timer);
    turn.timer = setTimeout(turn.go, wait);
    turn.timer.unref();
    turn.at = at;
  }

  /** Refresh in the background; a failure is an 'error' event (the next trigger tries again). */
  scheduleRefresh(urgency: RefreshUrgency = 'paced'): void {
    if (this.#closed) return;
    this.refresh(urgency).catch((error: unknown) => {
      if (!this.#closed) this.#onError(error as Error);
    });
  }

  startTimers(): void {
    const interval = this.#options.topologyRefreshInterval;
    if (interval > 0) {
      // The user's interval: kept (not backed off), within the pacer's minimum interval.
      this.#periodic = setInterval(() => this.scheduleRefresh('soon'), interval);
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
    // A refresh waiting for its turn ends now (it sees the cluster closed and reads nothing).
    this.#turn?.go();
  }

  /**
   * A node with commands outstanding that reads nothing for {@link STALL_MS}: look again. A stalled
   * MASTER is the one case that is not backed off (reads stay ≤ 2 a second, see refresh-pacer.ts):
   * if the cluster fails it over while it is frozen, an OK it sends on waking is a write the cluster
   * will discard, so its connection must be closed before it wakes — and the cluster marks it failed
   * (which closes it, see #apply) at least 500 ms before a replica takes over, so a read every 500 ms
   * sees that first. Anything else stalled (a replica) is paced like any guess.
   */
  #checkStalls(): void {
    let urgency: RefreshUrgency | undefined;
    const masters = this.#slotMap.onlineMasters;
    for (const entry of this.#registry.entries()) {
      if (!entry.isReady || entry.connection.stalledFor <= STALL_MS) continue;
      if (masters.includes(entry)) {
        urgency = 'soon';
        break;
      }
      urgency = 'paced';
    }
    if (urgency !== undefined) this.scheduleRefresh(urgency);
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
      // The cluster changed: a refresh soon, not backed off (still merged, still ≤ 2 a second).
      this.#pacer.noteChange();
      this.scheduleRefresh('soon');
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
