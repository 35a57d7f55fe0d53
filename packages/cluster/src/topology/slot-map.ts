import type { NodeEntry } from '../node-registry';
import type { ClusterNode, NodeAddress } from './cluster-node';
import { SLOT_COUNT } from './key-slot';
import type { Topology, TopologyNode } from './topology';

export type { ClusterNode, NodeAddress } from './cluster-node';

/** A master and its replicas, as the cluster's `slots`, `masters` and `replicas` show them. */
export interface Shard {
  master: ClusterNode;
  /** Replicas that have not failed (online, or still loading their data). */
  replicas: ClusterNode[];
  /** The master and its online replicas: what `useReplicas` spreads reads over. */
  nodes: ClusterNode[];
}

/** A shard as routing uses it: the node entries (each with its connection) and the shard's info. */
export interface ShardRoute {
  readonly master: NodeEntry;
  /** The master and its online replicas (what `useReplicas` spreads reads over). */
  readonly readers: ReadonlyArray<NodeEntry>;
  readonly info: Shard;
}

/** Maps an announced address to where the client connects. May throw (a user's `nodeAddressMap`). */
export type AddressMapper = (announced: string, node: { host: string; port: number }) => NodeAddress;

/** The entry (and connection) of a node: the registry's, made on first sight. */
export type EntryOf = (node: ClusterNode) => NodeEntry;

/** Slots per chunk: a MOVED copies one chunk and the spine (2 × 128 entries), not 16384 slots. */
const CHUNK_BITS = 7;
const CHUNK = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK - 1;

type Chunk = ReadonlyArray<ShardRoute | undefined>;

/**
 * A snapshot of the cluster: which shard owns each slot — the shard's node entries themselves, so
 * routing is `shardOf(slot).master` with no lookup by address — and every node. Built from one
 * topology reply; never changed once published: a refresh builds a new one and swaps it whole, and a
 * MOVED makes a copy with the one slot changed ({@link withSlot}). The slots are kept in chunks of
 * 128 so that copy is cheap (a reshard sends a MOVED per slot): routing reads two arrays instead of one.
 */
export class SlotMap {
  readonly shards: ReadonlyArray<ShardRoute>;
  /** The owners of the slots, 128 to a chunk; undefined while no online master owns a slot. */
  readonly #chunks: ReadonlyArray<Chunk>;
  /** Every node of this snapshot by the address the client connects to (what it said about each). */
  readonly nodes: ReadonlyMap<string, ClusterNode>;
  readonly masters: ReadonlyArray<ClusterNode>;
  readonly replicas: ReadonlyArray<ClusterNode>;
  /** The entries of the online masters: where a keyless command goes. */
  readonly onlineMasters: ReadonlyArray<NodeEntry>;
  /** The entries of every online node: where a keyless command any node may serve goes (PUBLISH). */
  readonly onlineNodes: ReadonlyArray<NodeEntry>;
  #slots: ReadonlyArray<ShardRoute | undefined> | undefined;
  #publicSlots: ReadonlyArray<Shard | undefined> | undefined;
  #firstSlots: ReadonlyMap<ShardRoute, number> | undefined;

  private constructor(shards: ReadonlyArray<ShardRoute>, chunks: ReadonlyArray<Chunk>, nodes: ReadonlyMap<string, ClusterNode>) {
    this.shards = shards;
    this.#chunks = chunks;
    this.nodes = nodes;
    this.masters = shards.map((s) => s.info.master);
    this.replicas = shards.flatMap((s) => s.info.replicas);
    const online = shards.filter((s) => s.info.master.health === 'online');
    this.onlineMasters = online.map((s) => s.master);
    // `readers` are the master and its online replicas; a shard whose master is not online keeps its online replicas.
    this.onlineNodes = shards.flatMap((s) => s.readers.filter((_, i) => s.info.nodes[i]!.health === 'online'));
  }

  static empty(): SlotMap {
    return new SlotMap([], toChunks(new Array<ShardRoute | undefined>(SLOT_COUNT).fill(undefined)), new Map());
  }

  /**
   * `useTls`: connect to the TLS port when the node announces one. Nodes that are not online get no
   * traffic: a failed or loading master leaves its slots without an owner (a refresh fixes that),
   * a failed replica is left out, and a loading one is listed but gets no reads until it is online.
   * (Redis 7.0 reports a replica as loading while its replication offset is 0, which on a new,
   * idle cluster lasts until the master's first replication ping: the periodic refresh picks it up.)
   * `mapAddress` may throw (a user's map): the caller handles it.
   */
  static fromTopology(topology: Topology, mapAddress: AddressMapper, useTls: boolean, entryOf: EntryOf): SlotMap {
    const slots: Array<ShardRoute | undefined> = new Array<ShardRoute | undefined>(SLOT_COUNT).fill(undefined);
    const shards: ShardRoute[] = [];
    const nodes = new Map<string, ClusterNode>();
    for (const t of topology.shards) {
      const master = toClusterNode(t.master, mapAddress, useTls);
      if (master === undefined) continue;
      const replicas: ClusterNode[] = [];
      for (const r of t.replicas) {
        const replica = toClusterNode(r, mapAddress, useTls);
        if (replica !== undefined && replica.health !== 'failed') replicas.push(replica);
      }
      const info: Shard = { master, replicas, nodes: [master, ...replicas.filter((r) => r.health === 'online')] };
      nodes.set(master.address, master);
      for (const replica of replicas) nodes.set(replica.address, replica);
      const shard: ShardRoute = { master: entryOf(master), readers: info.nodes.map(entryOf), info };
      for (const replica of replicas) entryOf(replica);
      shards.push(shard);
      if (master.health !== 'online') continue;
      for (const [start, end] of t.slots) slots.fill(shard, start, end + 1);
    }
    return new SlotMap(shards, toChunks(slots), nodes);
  }

  /** The shard that owns `slot` (0…16383), undefined while none does: the hot path's one lookup. */
  shardOf(slot: number): ShardRoute | undefined {
    return this.#chunks[slot >> CHUNK_BITS]![slot & CHUNK_MASK];
  }

  /** Every slot's owner, in slot order (made once per snapshot, on first use: not for the hot path). */
  get slots(): ReadonlyArray<ShardRoute | undefined> {
    return (this.#slots ??= this.#chunks.flat());
  }

  /** How many slots have an owner (16384 when the whole map is covered). */
  get coveredSlots(): number {
    let n = 0;
    for (const shard of this.slots) if (shard !== undefined) n++;
    return n;
  }

  /** Every slot's shard as the public API shows it (made once per snapshot, on first use). */
  get publicSlots(): ReadonlyArray<Shard | undefined> {
    return (this.#publicSlots ??= this.slots.map((shard) => shard?.info));
  }

  /** The first slot of each shard that owns any: a slot to route a shard's part of a fan-out by. */
  get firstSlots(): ReadonlyMap<ShardRoute, number> {
    if (this.#firstSlots !== undefined) return this.#firstSlots;
    const first = new Map<ShardRoute, number>();
    this.slots.forEach((shard, slot) => {
      if (shard !== undefined && !first.has(shard)) first.set(shard, slot);
    });
    return (this.#firstSlots = first);
  }

  /** The master that owns `slot` in this snapshot, if any. */
  masterOf(slot: number): NodeEntry | undefined {
    return this.shardOf(slot)?.master;
  }

  /**
   * A copy in which `slot` belongs to `entry`'s shard — a new shard of one master when the node is
   * not a master here (just added to the cluster, or a replica promoted since): what a MOVED says,
   * until the refresh it starts describes the cluster whole. This snapshot is left as it was.
   */
  withSlot(slot: number, entry: NodeEntry): SlotMap {
    let shard = this.shards.find((s) => s.master === entry);
    let shards = this.shards;
    let nodes = this.nodes;
    if (shard === undefined) {
      const node: ClusterNode = { ...entry.node, role: 'master', health: 'online' };
      shard = { master: entry, readers: [entry], info: { master: node, replicas: [], nodes: [node] } };
      shards = [...shards, shard];
      if (!nodes.has(entry.address)) nodes = new Map(nodes).set(entry.address, node);
    }
    const chunks = this.#chunks.slice();
    const chunk = chunks[slot >> CHUNK_BITS]!.slice();
    chunk[slot & CHUNK_MASK] = shard;
    chunks[slot >> CHUNK_BITS] = chunk;
    return new SlotMap(shards, chunks, nodes);
  }
}

/** The slots, cut into chunks of {@link CHUNK}. */
function toChunks(slots: ReadonlyArray<ShardRoute | undefined>): Chunk[] {
  const chunks: Chunk[] = [];
  for (let start = 0; start < SLOT_COUNT; start += CHUNK) chunks.push(slots.slice(start, start + CHUNK));
  return chunks;
}

function toClusterNode(node: TopologyNode, mapAddress: AddressMapper, useTls: boolean): ClusterNode | undefined {
  const port = useTls ? (node.tlsPort ?? node.port) : (node.port ?? node.tlsPort);
  if (port === undefined) return undefined;
  const announced = `${node.host}:${port}`;
  const mapped = mapAddress(announced, { host: node.host, port });
  return {
    id: node.id,
    host: mapped.host,
    port: mapped.port,
    address: `${mapped.host}:${mapped.port}`,
    announced,
    role: node.role,
    health: node.health,
  };
}
