import { topologyFingerprint } from './fingerprint';
import type { Topology, TopologyNode } from './topology';

const node = (id: string, port: number, overrides: Partial<TopologyNode> = {}): TopologyNode => ({
  id, host: '10.0.0.1', port, tlsPort: undefined, role: 'master', health: 'online', ...overrides,
});

const topology = (): Topology => ({
  shards: [
    { master: node('a', 1), replicas: [node('a1', 11, { role: 'replica' }), node('a2', 12, { role: 'replica' })], slots: [[0, 8191]] },
    { master: node('b', 2), replicas: [], slots: [[8192, 16383]] },
  ],
});

describe('topologyFingerprint', () => {
  it('is the same whatever order a node lists shards and replicas in', () => {
    const shuffled = topology();
    shuffled.shards.reverse();
    shuffled.shards[1]!.replicas.reverse();
    expect(topologyFingerprint(shuffled)).toBe(topologyFingerprint(topology()));
  });

  it('changes with a node health, a role, an address or a slot', () => {
    const base = topologyFingerprint(topology());
    const failed = topology();
    failed.shards[0]!.master.health = 'failed';
    const moved = topology();
    moved.shards[0]!.slots = [[0, 8190]];
    const readdressed = topology();
    readdressed.shards[1]!.master.port = 3;
    for (const changed of [failed, moved, readdressed]) expect(topologyFingerprint(changed)).not.toBe(base);
  });
});
