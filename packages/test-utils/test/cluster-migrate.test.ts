// A 3-master, 0-replica cluster of its own: resharding changes the slot map.
import { RedisReplyError, startCluster, type ClusterNode, type RedisCluster } from '../src';

jest.setTimeout(90_000);

let cluster: RedisCluster;
beforeAll(async () => {
  cluster = await startCluster({ masters: 3, replicas: 0 });
}, 90_000);
afterAll(() => cluster?.stop());

const errorOf = async (promise: Promise<unknown>): Promise<RedisReplyError> => {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof RedisReplyError)) throw new Error(`expected a RedisReplyError, got ${String(error)}`);
  return error;
};

describe('3 + 0 cluster', () => {
  it('has three masters, no replicas, every slot owned', () => {
    expect(cluster.nodes).toHaveLength(3);
    expect(cluster.masters()).toHaveLength(3);
    expect(cluster.replicas()).toHaveLength(0);
    const owners = new Set(Array.from({ length: 16384 }, (_, slot) => cluster.slotOwner(slot).id));
    expect(owners.size).toBe(3);
  });
});

describe('migrateSlot', () => {
  it('stopHalfway: moved keys get -ASK on the source, the rest is still served there; finish() gives -MOVED', async () => {
    const tag = '{mig}';
    const slot = await cluster.keySlot(tag);
    const source = cluster.slotOwner(slot);
    const target = cluster.masters().find((m) => m.id !== source.id) as ClusterNode;
    const keys = Array.from({ length: 6 }, (_, i) => `${tag}:${i}`);
    for (const key of keys) await source.command('SET', key, `v-${key}`);

    const migration = await cluster.migrateSlot(slot, source, target, { stopHalfway: true });
    expect(migration.finished).toBe(false);
    expect(migration.movedKeys).toHaveLength(3);
    expect(migration.remainingKeys).toHaveLength(3);
    expect([...migration.movedKeys, ...migration.remainingKeys].sort()).toEqual(keys.sort());

    const moved = migration.movedKeys[0] as string;
    const ask = await errorOf(source.command('GET', moved));
    expect(ask.code).toBe('ASK');
    expect(ask.message).toBe(`ASK ${slot} 127.0.0.1:${target.announcedPort}`);
    expect(await source.command('GET', migration.remainingKeys[0] as string)).toBe(`v-${migration.remainingKeys[0]}`);
    // The target answers an ASKING client, and redirects one that did not ask.
    expect((await errorOf(target.command('GET', moved))).code).toBe('MOVED');
    const [asking, value] = await Promise.all([target.command('ASKING'), target.command('GET', moved)]);
    expect([asking, value]).toEqual(['OK', `v-${moved}`]);
    // The slot is still the source's in every view while open.
    expect(cluster.slotOwner(slot).id).toBe(source.id);

    await migration.finish();
    expect(migration.finished).toBe(true);
    expect(cluster.slotOwner(slot).id).toBe(target.id);
    const movedError = await errorOf(source.command('GET', keys[0] as string));
    expect(movedError.message).toBe(`MOVED ${slot} 127.0.0.1:${target.announcedPort}`);
    for (const key of keys) expect(await target.command('GET', key)).toBe(`v-${key}`);
    for (const node of cluster.nodes) {
      const entries = (await node.command('CLUSTER', 'NODES')) as string;
      expect(entries).not.toMatch(/\[\d+-[<>]-/); // no open slot left anywhere
    }
  });

  it('stopHalfway with keysBeforeStop: 0 moves none (GET still served, a missing key gets -ASK)', async () => {
    const slot = await cluster.keySlot('{none}');
    const source = cluster.slotOwner(slot);
    const target = cluster.masters().find((m) => m.id !== source.id) as ClusterNode;
    await source.command('SET', '{none}:a', '1');
    const migration = await cluster.migrateSlot(slot, source, target, { stopHalfway: true, keysBeforeStop: 0 });
    expect(migration.movedKeys).toEqual([]);
    expect(await source.command('GET', '{none}:a')).toBe('1');
    // A key that does not exist on the source is asked for at the target.
    expect((await errorOf(source.command('GET', '{none}:missing'))).code).toBe('ASK');
    await migration.finish();
    expect(cluster.slotOwner(slot).id).toBe(target.id);
  });

  it('a full migrateSlot and moveSlots leave every node agreeing', async () => {
    const [a, b] = cluster.masters() as [ClusterNode, ClusterNode];
    const slot = (a.slots[0] as readonly [number, number])[0];
    await cluster.migrateSlot(slot, a, b);
    expect(cluster.slotOwner(slot).id).toBe(b.id);
    await cluster.moveSlots([slot, slot + 1, slot + 2], a);
    for (const s of [slot, slot + 1, slot + 2]) expect(cluster.slotOwner(s).id).toBe(a.id);
  });
});
