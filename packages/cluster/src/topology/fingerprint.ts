import type { Topology, TopologyNode } from './topology';

/**
 * A string that is equal for two readings of the same cluster: shards and replicas in a canonical
 * order (nodes list them in their own order), each node's id, address, role and health, and the
 * slots. Replication offsets are left out: they change all the time and mean nothing to routing.
 * Used to tell whether a refresh learnt anything (refreshes back off while they don't).
 */
export function topologyFingerprint(topology: Topology): string {
  const shards = topology.shards.map((shard) => {
    const replicas = shard.replicas.map(describe).sort().join(',');
    const slots = shard.slots.map(([start, end]) => `${start}-${end}`).join(',');
    return `${describe(shard.master)}[${replicas}]{${slots}}`;
  });
  return shards.sort().join(';');
}

function describe(node: TopologyNode): string {
  return `${node.id}@${node.host}:${node.port ?? ''}/${node.tlsPort ?? ''}:${node.role}:${node.health}`;
}
