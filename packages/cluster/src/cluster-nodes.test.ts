import { inspect } from 'node:util';
import type { RedisClientType } from '@x/client';
import { PublicTopologies, type NodeLinks } from './cluster-nodes';
import type { NodeEntry } from './node-registry';
import type { PubSubConnection } from './pub-sub-connection';
import { PubSubConnections } from './pub-sub-connection';
import type { ClusterNode } from './topology/cluster-node';
import { SlotMap } from './topology/slot-map';
import type { Topology, TopologyNode } from './topology/topology';

// Stand-ins for the registry's entries: the views read `opened`, `client` and `connecting`.
function entries(): { entryOf: (node: ClusterNode) => NodeEntry; byAddress: Map<string, { opened: boolean; client: unknown; connecting?: Promise<void> }> } {
  const byAddress = new Map<string, { opened: boolean; client: unknown; connecting?: Promise<void> }>();
  const entryOf = (node: ClusterNode): NodeEntry => {
    let entry = byAddress.get(node.address);
    if (entry === undefined) byAddress.set(node.address, (entry = { opened: false, client: { name: `client of ${node.address}` } }));
    return entry as unknown as NodeEntry;
  };
  return { entryOf, byAddress };
}

function node(id: string, port: number, role: 'master' | 'replica', health: TopologyNode['health'] = 'online'): TopologyNode {
  return { id, host: '10.0.0.1', port, tlsPort: undefined, role, health };
}

const topology: Topology = {
  shards: [
    { master: node('a', 7000, 'master'), replicas: [node('a1', 7003, 'replica')], slots: [[0, 8191]] },
    { master: node('b', 7001, 'master'), replicas: [node('b1', 7004, 'replica', 'loading')], slots: [[8192, 16383]] },
  ],
};

function setup(sharded = new Map<string, PubSubConnection>()) {
  const { entryOf, byAddress } = entries();
  const map = SlotMap.fromTopology(topology, (_announced, n) => n, false, entryOf);
  const links: NodeLinks = { entry: (address) => byAddress.get(address) as unknown as NodeEntry | undefined, shardedPubSub: (address) => sharded.get(address) };
  return { map, byAddress, views: new PublicTopologies(links) };
}

describe('PublicTopologies', () => {
  it("shows node-redis's fields, one view per node of a snapshot, made once per snapshot", () => {
    const { map, views } = setup();
    const view = views.of(map);
    expect(views.of(map)).toBe(view);
    expect(view.masters.map((m) => [m.id, m.address, m.readonly])).toEqual([['a', '10.0.0.1:7000', false], ['b', '10.0.0.1:7001', false]]);
    expect(view.replicas.map((r) => [r.id, r.readonly, r.health])).toEqual([['a1', true, 'online'], ['b1', true, 'loading']]);
    expect(view.slots[0]!.master).toBe(view.masters[0]);
    expect(view.slots[16383]!.replicas[0]).toBe(view.replicas[1]);
    expect(view.slots[16383]!.nodes).toEqual([view.masters[1]]);
    expect(view.nodeByAddress.get('10.0.0.1:7003')).toBe(view.replicas[0]);
  });

  it('gives `client` once the connection was opened, read when asked', () => {
    const { map, byAddress, views } = setup();
    const master = views.of(map).masters[0]!;
    expect(master.client).toBeUndefined();
    byAddress.get('10.0.0.1:7000')!.opened = true;
    expect(master.client).toBe(byAddress.get('10.0.0.1:7000')!.client);
  });

  it('gives a master its sharded pub/sub connection, with connectPromise while it opens', () => {
    const client = {} as RedisClientType;
    const ready = Promise.resolve(client);
    const connection = { client, ready, connected: false } as unknown as PubSubConnection;
    const { map, views } = setup(new Map([['10.0.0.1:7001', connection]]));
    const [a, b] = views.of(map).masters;
    expect(a!.pubSub).toBeUndefined();
    expect(b!.pubSub).toEqual({ client, connectPromise: ready });
  });

  it('shows data only: no link to the registry in inspect or JSON', () => {
    const { map, views } = setup();
    const master = views.of(map).masters[0]!;
    expect(inspect(master)).not.toMatch(/links|entry|client of/);
    expect(JSON.parse(JSON.stringify(master))).toEqual({ id: 'a', host: '10.0.0.1', port: 7000, address: '10.0.0.1:7000', announced: '10.0.0.1:7000', role: 'master', health: 'online', readonly: false });
  });
});

describe('PubSubConnections.canHoldChannels', () => {
  const connections = (useReplicas: boolean) =>
    new PubSubConnections(
      { topology: { slotMap: SlotMap.empty() }, clientOptions: () => ({}), isClosed: () => false, useReplicas },
      { onError: () => undefined, onNodeError: () => undefined, onReconnecting: () => undefined, onShardedChannelMoved: () => undefined },
    );

  it('an online master; a replica only with useReplicas; never a node that is not online', () => {
    const { map } = setup();
    const masters = connections(false);
    expect(masters.canHoldChannels(map, '10.0.0.1:7000')).toBe(true);
    expect(masters.canHoldChannels(map, '10.0.0.1:7003')).toBe(false);
    const any = connections(true);
    expect(any.canHoldChannels(map, '10.0.0.1:7003')).toBe(true);
    expect(any.canHoldChannels(map, '10.0.0.1:7004')).toBe(false); // loading
    expect(any.canHoldChannels(map, '10.0.0.1:9999')).toBe(false); // gone
  });
});
