import { SLOT_COUNT } from './key-slot';
import type { Topology, TopologyNode } from './topology';

/** Where the client connects for an address the cluster announced (after `nodeAddressMap`). */
export interface NodeAddress {
  host: string;
  port: number;
}

/** A cluster node as the client uses it. */
export interface ClusterNode {
  id: string;
  /** Where the client connects (after `nodeAddressMap`). */
  host: string;
  port: number;
  /** `host:port` where the client connects: the key of its connection. */
  address: string;
  /** `host:port` as the cluster announced it (before `nodeAddressMap`). */
  announced: string;
  role: 'master' | 'replica';
  health: 'online' | 'loading' | 'failed';
}

/** A master and its replicas. */
export interface Shard {
  master: ClusterNode;
  /** Replicas that have not failed (online, or still loading their data). */
  replicas: ClusterNode[];
  /** The master and its online replicas: what `useReplicas` spreads reads over. */
  nodes: ClusterNode[];
}

export type AddressMapper = (announced: string, node: { host: string; port: number }) => NodeAddress;

/**
 * A snapshot of the cluster: which shard owns each slot, and every node by address. Built from one
 * topology reply; a refresh builds a new one and swaps it whole, so routing is `slots[slot]` with no
 * locking. A MOVED only updates the one slot it names, in place (`moveSlot`).
 */
export class SlotMap {
  readonly shards: Shard[];
  /** Owner of each slot; undefined while no online master owns it. */
  readonly slots: Array<Shard | undefined>;
  readonly masters: ClusterNode[];
  readonly replicas: ClusterNode[];
  /** Every node by the address the client connects to. */
  readonly nodes: Map<string, ClusterNode>;

  private constructor(shards: Shard[], slots: Array<Shard | undefined>) {
    this.shards = shards;
    this.slots = slots;
    this.masters = shards.map((s) => s.master);
    this.replicas = shards.flatMap((s) => s.replicas);
    this.nodes = new Map();
    for (const shard of shards) {
      this.nodes.set(shard.master.address, shard.master);
      for (const replica of shard.replicas) this.nodes.set(replica.address, replica);
    }
  }

  static empty(): SlotMap {
    return new SlotMap([], new Array<Shard | undefined>(SLOT_COUNT).fill(undefined));
  }

  /**
   * `useTls`: connect to the TLS port when the node announces one. Nodes that are not online get no
   * traffic: a failed or loading master leaves its slots without an owner (a refresh fixes that),
   * a failed replica is left out, and a loading one is listed but gets no reads until it is online.
   * (Redis 7.0 reports a replica as loading while its replication offset is 0, which on a new,
   * idle cluster lasts until the master's first replication ping: the periodic refresh picks it up.)
   */
  static fromTopology(topology: Topology, mapAddress: AddressMapper, useTls: boolean): SlotMap {
    const slots = new Array<Shard | undefined>(SLOT_COUNT).fill(undefined);
    const shards: Shard[] = [];
    for (const t of topology.shards) {
      const master = toClusterNode(t.master, mapAddress, useTls);
      if (master === undefined) continue;
      const replicas: ClusterNode[] = [];
      for (const r of t.replicas) {
        const replica = toClusterNode(r, mapAddress, useTls);
        if (replica !== undefined && replica.health !== 'failed') replicas.push(replica);
      }
      const shard: Shard = { master, replicas, nodes: [master, ...replicas.filter((r) => r.health === 'online')] };
      shards.push(shard);
      if (master.health !== 'online') continue;
      for (const [start, end] of t.slots) for (let slot = start; slot <= end; slot++) slots[slot] = shard;
    }
    return new SlotMap(shards, slots);
  }

  /** How many slots have an owner (16384 when the whole map is covered). */
  get coveredSlots(): number {
    let n = 0;
    for (const shard of this.slots) if (shard !== undefined) n++;
    return n;
  }

  /**
   * A MOVED said `slot` now lives on `address`: point the slot at that node's shard at once (a new
   * shard of one master when the node is not known yet). The refresh that follows rebuilds the map.
   */
  moveSlot(slot: number, address: string, host: string, port: number): Shard {
    let shard = this.shards.find((s) => s.master.address === address);
    if (shard === undefined) {
      const known = this.nodes.get(address);
      const master: ClusterNode = known ?? {
        id: address, host, port, address, announced: address, role: 'master', health: 'online',
      };
      shard = { master, replicas: [], nodes: [master] };
    }
    this.slots[slot] = shard;
    return shard;
  }
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
