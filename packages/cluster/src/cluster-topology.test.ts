import { ClusterTopology } from './cluster-topology';
import { RedirectToUnknownNodeError } from './errors';
import { NodeRegistry } from './node-registry';
import { resolveClusterOptions } from './options';
import type { Topology, TopologyNode } from './topology/topology';
import type { TopologyReader } from './topology-reader';

// The membership rule for redirects (issue 13 items 4 and 15), as pure logic: which topology each
// node reports is scripted, no connection is ever opened (minimizeConnections).

function master(port: number): TopologyNode {
  return { id: `node-${port}`, host: '127.0.0.1', port, tlsPort: undefined, role: 'master', health: 'online' };
}

/** A owns every slot. */
const BEFORE: Topology = { shards: [{ master: master(7001), replicas: [], slots: [[0, 16383]] }] };
/** As A tells it after moving slot 5 to N, a node just added (gossip has not reached the others). */
const AS_A_TELLS: Topology = {
  shards: [
    { master: master(7001), replicas: [], slots: [[0, 4], [6, 16383]] },
    { master: master(7009), replicas: [], slots: [[5, 5]] },
  ],
};

function setup(): { topology: ClusterTopology; registry: NodeRegistry; readsFrom: string[] } {
  const options = resolveClusterOptions({ rootNodes: [{ socket: { host: '127.0.0.1', port: 7001 } }], minimizeConnections: true });
  const registry = new NodeRegistry((node) => ({ socket: { host: node.host, port: node.port } }), () => undefined);
  const readsFrom: string[] = [];
  const reader = {
    // Every refresh asks a node that has not heard of N yet.
    read: () => Promise.resolve(BEFORE),
    readFrom: (entry: { address: string }) => {
      readsFrom.push(entry.address);
      return Promise.resolve(AS_A_TELLS);
    },
  } as unknown as TopologyReader;
  const topology = new ClusterTopology(options, registry, reader, () => undefined);
  return { topology, registry, readsFrom };
}

describe('ClusterTopology.redirect: a node no connection knows', () => {
  it('a MOVED to a node the redirecting node lists is followed, and a refresh that does not list it yet keeps it', async () => {
    const { topology, registry, readsFrom } = setup();
    await topology.discover();
    const target = topology.redirect({ kind: 'moved', slot: 5, host: '127.0.0.1', port: 7009 }, '127.0.0.1:7001');
    expect(target).toBeInstanceOf(Promise);
    const entry = await target;
    expect(readsFrom).toEqual(['127.0.0.1:7001']);
    expect(entry.address).toBe('127.0.0.1:7009');
    expect(entry.node.id).toBe('node-7009');
    // The refresh the MOVED started asked a node that does not know N yet (and another one now).
    await topology.refresh();
    expect(registry.get('127.0.0.1:7009')).toBe(entry);
    expect(entry.removed).toBe(false);
    // Known now: the next redirect there is followed at once.
    expect(topology.redirect({ kind: 'ask', slot: 5, host: '127.0.0.1', port: 7009 }, '127.0.0.1:7001')).toBe(entry);
    topology.stop();
    registry.destroyAll();
  });

  it.each(['moved', 'ask'] as const)('a %s to an address the redirecting node does not list fails with the address, and makes no entry', async (kind) => {
    const { topology, registry } = setup();
    await topology.discover();
    const before = topology.slotMap;
    const error = await Promise.resolve(topology.redirect({ kind, slot: 5, host: '10.9.9.9', port: 6666 }, '127.0.0.1:7001')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedirectToUnknownNodeError);
    expect((error as RedirectToUnknownNodeError).announced).toBe('10.9.9.9:6666');
    expect(registry.get('10.9.9.9:6666')).toBeUndefined();
    expect(topology.slotMap).toBe(before);
    topology.stop();
    registry.destroyAll();
  });

  it('concurrent redirects to the same new node share one confirmation', async () => {
    const { topology, registry, readsFrom } = setup();
    await topology.discover();
    const targets = await Promise.all(
      Array.from({ length: 5 }, () => topology.redirect({ kind: 'ask', slot: 5, host: '127.0.0.1', port: 7009 }, '127.0.0.1:7001')),
    );
    expect(new Set(targets).size).toBe(1);
    expect(readsFrom).toHaveLength(1);
    topology.stop();
    registry.destroyAll();
  });
});
