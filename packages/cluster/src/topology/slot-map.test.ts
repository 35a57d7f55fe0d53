import type { NodeEntry } from '../node-registry';
import type { ClusterNode } from './cluster-node';
import { SLOT_COUNT } from './key-slot';
import { SlotMap, type AddressMapper } from './slot-map';
import type { Topology, TopologyNode } from './topology';

// The entries stand in for the registry's: one per address, as `registry.ensure` gives.
function registry(): { entryOf: (node: ClusterNode) => NodeEntry; entries: Map<string, NodeEntry> } {
  const entries = new Map<string, NodeEntry>();
  const entryOf = (node: ClusterNode): NodeEntry => {
    let entry = entries.get(node.address);
    if (entry === undefined) entries.set(node.address, (entry = { address: node.address, node } as unknown as NodeEntry));
    (entry as { node: ClusterNode }).node = node;
    return entry;
  };
  return { entryOf, entries };
}

const identity: AddressMapper = (_announced, node) => node;

function node(id: string, port: number, role: 'master' | 'replica', health: TopologyNode['health'] = 'online'): TopologyNode {
  return { id, host: '10.0.0.1', port, tlsPort: port + 100, role, health };
}

const topology: Topology = {
  shards: [
    { master: node('a', 7000, 'master'), replicas: [node('a1', 7003, 'replica'), node('a2', 7004, 'replica', 'loading')], slots: [[0, 5460]] },
    { master: node('b', 7001, 'master'), replicas: [node('b1', 7005, 'replica', 'failed')], slots: [[5461, 10922]] },
    { master: node('c', 7002, 'master'), replicas: [], slots: [[10923, 16000], [16001, 16383]] },
  ],
};

describe('SlotMap', () => {
  it('points every slot at its shard, whose master and readers are the registry\'s entries', () => {
    const { entryOf, entries } = registry();
    const map = SlotMap.fromTopology(topology, identity, false, entryOf);
    expect(map.coveredSlots).toBe(SLOT_COUNT);
    expect(map.slots[0]!.master).toBe(entries.get('10.0.0.1:7000'));
    expect(map.slots[5460]!.master).toBe(map.slots[0]!.master);
    expect(map.slots[5461]!.master).toBe(entries.get('10.0.0.1:7001'));
    expect(map.slots[16383]!.master).toBe(entries.get('10.0.0.1:7002'));
    expect(map.masterOf(16000)).toBe(entries.get('10.0.0.1:7002'));
    // Reads spread over the master and its online replicas; a loading one is listed, not read from.
    expect(map.slots[0]!.readers.map((e) => e.address)).toEqual(['10.0.0.1:7000', '10.0.0.1:7003']);
    expect(map.slots[0]!.info.replicas.map((r) => r.id)).toEqual(['a1', 'a2']);
  });

  it('leaves failed replicas out, and has an entry for every node it lists', () => {
    const { entryOf, entries } = registry();
    const map = SlotMap.fromTopology(topology, identity, false, entryOf);
    expect(map.replicas.map((r) => r.id)).toEqual(['a1', 'a2']);
    expect([...map.nodes.keys()].sort()).toEqual([...entries.keys()].sort());
    expect(entries.has('10.0.0.1:7005')).toBe(false);
    expect(map.onlineMasters.map((e) => e.address)).toEqual(['10.0.0.1:7000', '10.0.0.1:7001', '10.0.0.1:7002']);
    expect(map.onlineNodes.map((e) => e.address)).toEqual(['10.0.0.1:7000', '10.0.0.1:7003', '10.0.0.1:7001', '10.0.0.1:7002']);
  });

  it('gives the slots of a master that is not online no owner (a refresh will find the new one)', () => {
    const down: Topology = { shards: [{ ...topology.shards[0]!, master: node('a', 7000, 'master', 'failed') }, topology.shards[1]!] };
    const map = SlotMap.fromTopology(down, identity, false, registry().entryOf);
    expect(map.slots[0]).toBeUndefined();
    expect(map.slots[5461]).toBeDefined();
    expect(map.coveredSlots).toBe(10922 - 5461 + 1);
    expect(map.onlineMasters).toHaveLength(1);
  });

  it('maps every announced address (nodeAddressMap) and uses the TLS port when asked', () => {
    const seen: string[] = [];
    const mapper: AddressMapper = (announced, n) => {
      seen.push(announced);
      return { host: 'proxy', port: n.port + 1000 };
    };
    const map = SlotMap.fromTopology({ shards: [topology.shards[2]!] }, mapper, true, registry().entryOf);
    expect(seen).toEqual(['10.0.0.1:7102']);
    expect(map.masters[0]).toEqual({ id: 'c', host: 'proxy', port: 8102, address: 'proxy:8102', announced: '10.0.0.1:7102', role: 'master', health: 'online' });
  });

  it('lets a nodeAddressMap that throws throw (the caller reports it)', () => {
    const throwing: AddressMapper = () => {
      throw new Error('no route');
    };
    expect(() => SlotMap.fromTopology(topology, throwing, false, registry().entryOf)).toThrow('no route');
  });

  it('a MOVED makes a new snapshot with the one slot changed; the published one is never touched', () => {
    const { entryOf, entries } = registry();
    const before = SlotMap.fromTopology(topology, identity, false, entryOf);
    const b = entries.get('10.0.0.1:7001')!;
    const after = before.withSlot(42, b);
    expect(after).not.toBe(before);
    expect(after.slots[42]!.master).toBe(b);
    expect(after.slots[42]).toBe(after.slots[5461]); // b's own shard, replicas and all
    expect(before.slots[42]!.master).toBe(entries.get('10.0.0.1:7000'));
    expect(after.slots[43]).toBe(before.slots[43]);
    expect(after.publicSlots[42]!.master.id).toBe('b');
    expect(before.publicSlots[42]!.master.id).toBe('a');
  });

  it('a MOVED to a node the snapshot has as a replica or not at all makes it the master of a shard of its own', () => {
    const { entryOf, entries } = registry();
    const before = SlotMap.fromTopology(topology, identity, false, entryOf);
    const promoted = entries.get('10.0.0.1:7003')!;
    const after = before.withSlot(1, promoted);
    expect(after.slots[1]!.master).toBe(promoted);
    expect(after.slots[1]!.info.master).toMatchObject({ id: 'a1', role: 'master', health: 'online' });
    expect(after.shards).toHaveLength(4);
    expect(before.shards).toHaveLength(3);
    const stranger = entryOf({ id: 'x', host: '10.0.0.9', port: 7009, address: '10.0.0.9:7009', announced: '10.0.0.9:7009', role: 'master', health: 'online' });
    const again = after.withSlot(2, stranger);
    expect(again.nodes.get('10.0.0.9:7009')).toMatchObject({ id: 'x' });
    expect(after.nodes.has('10.0.0.9:7009')).toBe(false);
  });

  it('answers shardOf(slot) as slots[slot], across every chunk boundary; a MOVED copies one chunk only', () => {
    const { entryOf, entries } = registry();
    const map = SlotMap.fromTopology(topology, identity, false, entryOf);
    for (let slot = 0; slot < SLOT_COUNT; slot++) expect(map.shardOf(slot)).toBe(map.slots[slot]);
    const moved = map.withSlot(128, entries.get('10.0.0.1:7002')!);
    expect(moved.shardOf(127)).toBe(map.shardOf(127));
    expect(moved.shardOf(128)!.master.address).toBe('10.0.0.1:7002');
    expect(moved.shardOf(129)).toBe(map.shardOf(129));
    expect(map.shardOf(128)!.master.address).toBe('10.0.0.1:7000');
  });

  it('knows the first slot of every shard that owns one (where a fan-out routes its part)', () => {
    const map = SlotMap.fromTopology(topology, identity, false, registry().entryOf);
    expect([...map.firstSlots.values()]).toEqual([0, 5461, 10923]);
    expect(SlotMap.empty().firstSlots.size).toBe(0);
  });

  it('starts empty: no slot has an owner', () => {
    const empty = SlotMap.empty();
    expect(empty.slots).toHaveLength(SLOT_COUNT);
    expect(empty.coveredSlots).toBe(0);
    expect(empty.onlineMasters).toEqual([]);
  });
});
