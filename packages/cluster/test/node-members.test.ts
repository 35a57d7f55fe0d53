import { inspect } from 'node:util';
import { done, notYet, sharedCluster, waitFor } from '@x/test-utils';
import { createCluster, keySlot, NoOnlineNodeError, type RedisClusterType } from '../src';

// node-redis 6's cluster members on the shared cluster: the node objects (`client` once connected,
// `readonly`, `pubSub`), pubSubNode, duplicate(), getNodeClientForKey(), getMasters(), the turns of
// getRandomNode()/getSlotRandomNode(), and where classic subscriptions are held.
const shared = sharedCluster();
const rootNodes = shared.masters().map((node) => ({ url: `redis://127.0.0.1:${node.port}` }));
const prefix = `members:${process.pid}:`;

/** The port in a `CONFIG GET port` reply (a map in RESP3, a flat array in RESP2). */
function portOf(reply: unknown): number {
  return Number(Array.isArray(reply) ? reply[1] : (reply as Record<string, string>).port);
}

function waitUntil(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  return waitFor(what, async () => ((await check()) ? done(undefined) : notYet(what)), { timeoutMs, intervalMs: 10 });
}

describe('node objects', () => {
  let cluster: RedisClusterType;
  beforeAll(async () => {
    cluster = await createCluster({ rootNodes }).connect();
  });
  afterAll(async () => {
    await cluster.close();
  });

  it("carry node-redis's fields, and `client` — a working client on that node — once connected", async () => {
    const masters = cluster.masters;
    expect(masters).toHaveLength(3);
    for (const master of masters) {
      expect(master).toMatchObject({ id: expect.any(String), host: '127.0.0.1', port: expect.any(Number), address: `127.0.0.1:${master.port}`, readonly: false });
      expect(master.client).toBeDefined();
    }
    // What the socket.io adapter does to count subscribers: one client per master, each answering for its node.
    const replies = await Promise.all(masters.map((n) => n.client!.sendCommand(['CONFIG', 'GET', 'port'])));
    expect(replies.map(portOf)).toEqual(masters.map((m) => m.port));
    for (const replica of cluster.replicas) expect(replica.readonly).toBe(true);
    // Identity within a snapshot, as node-redis's node objects.
    const slot = keySlot(`${prefix}k`);
    expect(cluster.slots[slot]!.master).toBe(cluster.getSlotMaster(slot));
    expect(cluster.nodeByAddress.get(masters[0]!.address)).toBe(masters[0]);
    expect(masters).toContain(cluster.slots[slot]!.master);
    expect(cluster.getMasters()).toBe(cluster.masters);
  });

  it('runs typed commands through a node client on the node that owns the key', async () => {
    const key = `${prefix}typed`;
    const owner = cluster.getSlotMaster(keySlot(key));
    await owner.client!.set(key, 'v');
    expect(await cluster.get(key)).toBe('v');
    expect(await shared.slotOwner(keySlot(key)).command('GET', key)).toBe('v');
  });

  it('show no connection internals in util.inspect or JSON', () => {
    const master = cluster.masters[0]!;
    const text = inspect(master, { depth: 4 });
    expect(text).not.toMatch(/connection|registry|NodeEntry|socket/i);
    expect(Object.keys(JSON.parse(JSON.stringify(master)) as object).sort()).toEqual(['address', 'announced', 'health', 'host', 'id', 'port', 'readonly', 'role']);
  });

  it('give a master its sharded pub/sub connection as `pubSub` while it has one', async () => {
    const channel = `${prefix}sharded`;
    const master = cluster.getSlotMaster(keySlot(channel));
    expect(master.pubSub).toBeUndefined();
    const listener = (): void => undefined;
    await cluster.sSubscribe(channel, listener);
    const pubSub = cluster.getSlotMaster(keySlot(channel)).pubSub;
    expect(pubSub).toBeDefined();
    expect(pubSub!.client.isPubSubActive).toBe(true);
    await cluster.sUnsubscribe(channel, listener);
  });
});

describe('classic pub/sub placement', () => {
  beforeAll(async () => {
    // Redis 7.0 calls a replica "loading" until its replication offset moves: write on every master
    // and wait for the replicas, so they are online — and could (wrongly) be picked.
    for (const master of shared.masters()) {
      let key = '';
      for (let i = 0; shared.slotOwner(keySlot((key = `${prefix}warm:${i}`))).port !== master.port; i++);
      await master.command('SET', key, 'v');
      await master.command('WAIT', '1', '5000');
    }
    const probe = await createCluster({ rootNodes }).connect();
    try {
      await waitUntil('every replica online', async () => {
        await probe.refreshTopology();
        return probe.replicas.length === 3 && probe.replicas.every((r) => r.health === 'online');
      }, 15_000);
    } finally {
      await probe.close();
    }
  });

  it('holds channels on a master (PUBSUB NUMSUB summed over the masters sees it), and shows it as pubSubNode', async () => {
    // Many fresh clusters: with a replica as likely as a master, one of them would pick a replica.
    for (let i = 0; i < 8; i++) {
      const cluster = await createCluster({ rootNodes }).connect();
      try {
        expect(cluster.pubSubNode).toBeUndefined();
        const channel = `${prefix}placement:${i}`;
        await cluster.subscribe(channel, () => undefined);
        const counts = await Promise.all(cluster.masters.map((n) => n.client!.sendCommand(['PUBSUB', 'NUMSUB', channel])));
        expect(counts.reduce<number>((sum, r) => sum + Number((r as unknown[])[1]), 0)).toBe(1);
        const pubSubNode = cluster.pubSubNode!;
        expect(cluster.masters.map((m) => m.address)).toContain(pubSubNode.address);
        expect(pubSubNode.client.isPubSubActive).toBe(true);
        await cluster.unsubscribe(channel);
      } finally {
        await cluster.close();
      }
    }
  });
});

describe('members', () => {
  let cluster: RedisClusterType;
  beforeAll(async () => {
    cluster = await createCluster({ rootNodes }).connect();
  });
  afterAll(async () => {
    await cluster.close();
  });

  it('getRandomNode() takes turns over the masters, as node-redis', () => {
    const picks = Array.from({ length: 9 }, () => cluster.getRandomNode().address);
    // Each master once per round, in the same order every round.
    expect(new Set(picks.slice(0, 3)).size).toBe(3);
    expect(picks.slice(3, 6)).toEqual(picks.slice(0, 3));
    expect(picks.slice(6, 9)).toEqual(picks.slice(0, 3));
    expect(new Set(picks)).toEqual(new Set(cluster.masters.map((m) => m.address)));
  });

  it('getSlotRandomNode() is the master without useReplicas', () => {
    const slot = keySlot(`${prefix}slot`);
    for (let i = 0; i < 5; i++) expect(cluster.getSlotRandomNode(slot)).toBe(cluster.getSlotMaster(slot));
  });

  it('getNodeClientForKey(): WATCH then MULTI/EXEC on the key’s node — a write by another connection aborts the transaction', async () => {
    const key = `${prefix}{watch}counter`;
    await cluster.set(key, '1');
    const nodeClient = await cluster.getNodeClientForKey(key);
    await nodeClient.watch(key);
    expect(await nodeClient.get(key)).toBe('1');
    await shared.slotOwner(keySlot(key)).command('SET', key, 'changed');
    await expect(nodeClient.multi().set(key, '2').exec()).rejects.toThrow(/watch/i);
    expect(await cluster.get(key)).toBe('changed');
    // Untouched, it commits.
    await nodeClient.watch(key);
    expect(await nodeClient.multi().set(key, '3').exec()).toEqual(['OK']);
    expect(await cluster.get(key)).toBe('3');
  });

  it('getNodeClientForKey(key, true) with useReplicas may give a replica of the shard', async () => {
    const withReplicas = await createCluster({ rootNodes, useReplicas: true }).connect();
    try {
      const key = `${prefix}ro`;
      const ports = new Set<number>();
      for (let i = 0; i < 6; i++) {
        const client = await withReplicas.getNodeClientForKey(key, true);
        ports.add(portOf(await client.sendCommand(['CONFIG', 'GET', 'port'])));
      }
      const shard = withReplicas.slots[keySlot(key)]!;
      expect([...ports].sort()).toEqual(shard.nodes.map((n) => n.port).sort());
    } finally {
      await withReplicas.close();
    }
  });

  it('duplicate() makes a new, unconnected cluster with the same options; overrides on top', async () => {
    const mapped = cluster.withTypeMapping({ 36: Buffer } as never);
    const copy = mapped.duplicate();
    expect(copy.isOpen).toBe(false);
    await copy.connect();
    try {
      await cluster.set(`${prefix}dup`, 'v');
      // The view's type mapping came along, as node-redis's duplicate() takes the view's command options.
      expect(await copy.get(`${prefix}dup`)).toEqual(Buffer.from('v'));
    } finally {
      await copy.close();
    }
    const overridden = cluster.duplicate({ useReplicas: true });
    expect(overridden.options.useReplicas).toBe(true);
    expect(overridden.options.rootNodes).toEqual(cluster.options.rootNodes);
  });

  it('scan iterators over one key: hScanIterator, hScanValuesIterator, sScanIterator, zScanIterator', async () => {
    const h = `${prefix}h`;
    await cluster.hSet(h, { a: '1', b: '2' });
    await cluster.sAdd(`${prefix}s`, ['x', 'y']);
    await cluster.zAdd(`${prefix}z`, [{ value: 'm', score: 1.5 }]);
    const all = async <T>(iterable: AsyncIterable<T[]>): Promise<T[]> => {
      const out: T[] = [];
      for await (const batch of iterable) out.push(...batch);
      return out;
    };
    expect((await all(cluster.hScanIterator(h))).sort((p, q) => p.field.localeCompare(q.field))).toEqual([{ field: 'a', value: '1' }, { field: 'b', value: '2' }]);
    expect((await all(cluster.hScanValuesIterator(h))).sort()).toEqual(['1', '2']);
    expect((await all(cluster.sScanIterator(`${prefix}s`))).sort()).toEqual(['x', 'y']);
    expect(await all(cluster.zScanIterator(`${prefix}z`))).toEqual([{ value: 'm', score: 1.5 }]);
  });

  it('resubscribeAllPubSubListeners() subscribes listeners handed over from elsewhere', async () => {
    const channel = `${prefix}handover`;
    const got: string[] = [];
    const listener = (message: string): void => void got.push(message);
    await cluster.resubscribeAllPubSubListeners({ CHANNELS: new Map([[channel, { strings: new Set([listener]), buffers: new Set() }]]) });
    await cluster.publish(channel, 'hello');
    await waitUntil('the message', () => got.length === 1);
    expect(got).toEqual(['hello']);
    await cluster.unsubscribe(channel);
  });

  it('bad arguments reject that call with a TypeError', async () => {
    await expect(cluster.getNodeClientForKey(undefined as never)).rejects.toBeInstanceOf(TypeError);
    await expect(cluster.nodeClient(null as never)).rejects.toBeInstanceOf(TypeError);
    await expect(cluster.resubscribeAllPubSubListeners(null as never)).rejects.toBeInstanceOf(TypeError);
  });

  it('getRandomNode() before connect() throws NoOnlineNodeError', () => {
    expect(() => createCluster({ rootNodes }).getRandomNode()).toThrow(NoOnlineNodeError);
  });
});
