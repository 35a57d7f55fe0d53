import { done, notYet, startCluster, waitFor, type ClusterNode as TestNode, type RedisCluster as TestCluster } from '@x/test-utils';
import { BasicPooledClientSideCache, ClientSideCacheCommandError, createCluster, InvalidOptionError, keySlot, type RedisClusterType } from '../src';
import { disconnected, keysOn } from './support/master-outage';

// Client-side caching on a real 3+3 cluster: every node's invalidations, and no value the servers
// have since changed read from the cache after a failover or a slot move — the writes go through a
// second cluster client (its own connections), as another application's would.
jest.setTimeout(120_000);

let servers: TestCluster;
let cached: RedisClusterType;
let writer: RedisClusterType;
let cache: BasicPooledClientSideCache;

function rootNodes(): Array<{ socket: { host: string; port: number } }> {
  return servers.masters().map((m) => ({ socket: { host: '127.0.0.1', port: m.port } }));
}

beforeAll(async () => {
  servers = await startCluster({ masters: 3, replicas: 1 });
  cache = new BasicPooledClientSideCache();
  cached = createCluster({ rootNodes: rootNodes(), clientSideCache: cache, topologyRefreshInterval: 1_000 });
  cached.on('error', () => undefined);
  await cached.connect();
  writer = await createCluster({ rootNodes: rootNodes(), topologyRefreshInterval: 1_000 }).connect();
});

afterAll(async () => {
  await cached?.close();
  await writer?.close();
  await servers?.stop();
});

/** Read `key` through the cache until it gives `value` (bounded): an entry that is never invalidated fails here. */
function readsEventually(key: string, value: string | null): Promise<void> {
  return waitFor(
    `${key} to read ${String(value)} through the cache`,
    async () => {
      const read = await cached.get(key);
      return read === value ? done(undefined) : notYet(`read ${String(read)}`);
    },
    { timeoutMs: 20_000, intervalMs: 20 },
  );
}

/** Read `key` twice: the second read must come from the cache. */
async function readCached(key: string, value: string | null): Promise<void> {
  expect(await cached.get(key)).toBe(value);
  const hits = cache.stats().hitCount;
  expect(await cached.get(key)).toBe(value);
  expect(cache.stats().hitCount).toBe(hits + 1);
}

it('refuses a cache with RESP2, or given per node, by name', () => {
  expect(() => createCluster({ rootNodes: rootNodes(), RESP: 2, clientSideCache: {} })).toThrow(InvalidOptionError);
  expect(() => createCluster({ rootNodes: rootNodes(), RESP: 2, clientSideCache: {} })).toThrow(/clientSideCache/);
  expect(() => createCluster({ rootNodes: rootNodes(), defaults: { clientSideCache: {} } as object })).toThrow(/defaults\.clientSideCache/);
  expect(() => createCluster({ rootNodes: rootNodes(), clientSideCache: { maxEntries: -1 } })).toThrow(/clientSideCache\.maxEntries/);
});

it('serves reads from memory on every master and applies each node invalidations', async () => {
  const keys = servers.masters().map((m) => keysOn(servers, m, 'csc-each', 1)[0]!);
  await Promise.all(keys.map((k) => writer.set(k, 'v1')));
  for (const key of keys) await readCached(key, 'v1');
  await Promise.all(keys.map((k) => writer.set(k, 'v2')));
  for (const key of keys) await readsEventually(key, 'v2');
  expect(cached.clientSideCache).toBe(cache);
});

it('refuses CLIENT TRACKING and CLIENT CACHING through the cluster (methods, sendCommand, multi): the cache owns the tracking state', async () => {
  await expect(cached.sendCommand(undefined, false, ['CLIENT', 'TRACKING', 'OFF'])).rejects.toThrow(ClientSideCacheCommandError);
  await expect(cached.clientTracking(false)).rejects.toThrow(ClientSideCacheCommandError);
  await expect(cached.multi().addCommand(['CLIENT', 'TRACKING', 'OFF']).exec()).rejects.toThrow(ClientSideCacheCommandError);
  // A pipeline's commands fail one by one: a MultiErrorReply holding the refusal.
  const pipeline = await cached.multi().addCommand(['CLIENT', 'CACHING', 'NO']).execAsPipeline().catch((e: unknown) => e);
  expect((pipeline as { replies: unknown[] }).replies[0]).toBeInstanceOf(ClientSideCacheCommandError);
});

it('a node connection that drops and comes back: what it read before is not served (the server forgot its tracking)', async () => {
  const master = servers.masters()[2]!;
  const key = keysOn(servers, master, 'csc-reconnect', 1)[0]!;
  await writer.set(key, 'v0');
  await readCached(key, 'v0');
  const seen = disconnected(cached, master.port);
  await master.command('CLIENT', 'KILL', 'TYPE', 'normal', 'SKIPME', 'yes');
  await seen;
  // Written while (or right after) the connection is down: no invalidation can reach the cache for it.
  await writer.withCommandOptions({ timeout: 10_000 }).set(key, 'v1');
  expect(await cached.withCommandOptions({ timeout: 10_000 }).get(key)).toBe('v1');
  await writer.set(key, 'v2');
  await readsEventually(key, 'v2');
});

/**
 * Writes `key` through the second client (v1, v2, …) while `during` runs, each time reading it
 * through the cache until the new value shows: a value never invalidated fails the wait. Returns
 * the last value written.
 */
async function writeAndReadWhile(key: string, during: Promise<unknown>): Promise<string> {
  let finished = false;
  void during.then(
    () => (finished = true),
    () => (finished = true),
  );
  let version = 0;
  const reads: number[] = [];
  while (!finished || version < 3) {
    version++;
    const value = `v${version}`;
    // The writer rides the outage itself (its own retries); an error here fails the test.
    await writer.withCommandOptions({ timeout: 30_000 }).set(key, value);
    await waitFor(
      `${key} to read ${value}`,
      async () => {
        const read = await cached.withCommandOptions({ timeout: 30_000 }).get(key);
        reads.push(Number(String(read).slice(1)));
        return read === value ? done(undefined) : notYet(`read ${String(read)}`);
      },
      { timeoutMs: 30_000, intervalMs: 10 },
    );
  }
  await during;
  // Never an older value after a newer one was read.
  for (let i = 1; i < reads.length; i++) expect(reads[i]).toBeGreaterThanOrEqual(reads[i - 1]!);
  return `v${version}`;
}

it('a graceful failover: writes through another client during it are read, never an older value', async () => {
  const master = servers.masters()[0]!;
  const key = keysOn(servers, master, 'csc-graceful', 1)[0]!;
  await writer.set(key, 'v0');
  await readCached(key, 'v0');
  const replica = servers.replicasOf(master)[0]!;
  const last = await writeAndReadWhile(key, servers.failover(replica));
  // After it: served from the cache again, and still invalidated by the new master.
  await readsEventually(key, last);
  await writer.set(key, 'after');
  await readsEventually(key, 'after');
  await readCached(key, 'after');
});

it('a killed master: what it served is dropped with its connection; writes on the promoted replica are read', async () => {
  await servers.waitForStable();
  const master = servers.masters().find((m) => servers.replicasOf(m).length > 0)!;
  const key = keysOn(servers, master, 'csc-killed', 1)[0]!;
  await writer.set(key, 'v0');
  expect(await writer.sendCommand(key, false, ['WAIT', '1', '5000'])).toBe(1);
  await readCached(key, 'v0');
  const seen = disconnected(cached, master.port);
  await master.kill();
  await seen;
  const promoted = servers.waitForFailover(master);
  await writeAndReadWhile(key, promoted);
  await writer.set(key, 'after');
  await readsEventually(key, 'after');
  await master.restart();
  await servers.waitForStable();
});

/** A hash tag whose keys hash to a slot of `owner` with no keys in it yet. */
function freshSlotKey(owner: TestNode, prefix: string): { key: string; slot: number } {
  for (let i = 0; ; i++) {
    const key = `{${prefix}-${i}}:k`;
    if (servers.slotOwner(keySlot(key)) === owner) return { key, slot: keySlot(key) };
  }
}

it('a slot move: a key that moves is invalidated by its old owner; writes on the new owner are read', async () => {
  await servers.waitForStable();
  const from = servers.masters()[0]!;
  const to = servers.masters().find((m) => m !== from)!;
  const { key, slot } = freshSlotKey(from, 'csc-move');
  await writer.set(key, 'v0');
  await readCached(key, 'v0');
  // Half way: the key is on the target (the source deleted it: its invalidation), writes go there by ASK.
  const migration = await servers.migrateSlot(slot, from, to, { stopHalfway: true, keysBeforeStop: 1 });
  const last = await writeAndReadWhile(key, migration.finish());
  await readsEventually(key, last);
  // Now read from and tracked by the new owner.
  await writer.set(key, 'after');
  await readsEventually(key, 'after');
  await readCached(key, 'after');
  expect(cached.getSlotMaster(slot).port).toBe(to.port);
});

it('a slot move: a read of a missing key is not kept (the old owner would never hear of the new write), so the first read after the move sees it', async () => {
  await servers.waitForStable();
  // No periodic refresh: nothing but the server itself can tell this cluster that the slot moved.
  const absentCache = new BasicPooledClientSideCache();
  const reading = await createCluster({ rootNodes: rootNodes(), clientSideCache: absentCache, topologyRefreshInterval: 0 }).connect();
  try {
    const from = servers.masters()[1]!;
    const to = servers.masters().find((m) => m !== from)!;
    const { key, slot } = freshSlotKey(from, 'csc-absent');
    expect(await reading.get(key)).toBeNull();
    expect(await reading.get(key)).toBeNull();
    expect(absentCache.stats().hitCount).toBe(0); // "missing" is returned, never stored
    expect(absentCache.size()).toBe(0);
    await (await servers.migrateSlot(slot, from, to)).finish();
    // The old owner had nothing to delete, so it sends no invalidation; before the fix this read
    // returned the cached null until a refresh (never, here).
    await writer.set(key, 'written');
    expect(await reading.get(key)).toBe('written');
    // A present value is cached and invalidated as usual, from its new owner.
    expect(await reading.get(key)).toBe('written');
    expect(absentCache.stats().hitCount).toBe(1);
    await writer.set(key, 'again');
    await waitFor(
      `${key} to read again through the cache`,
      async () => {
        const read = await reading.get(key);
        return read === 'again' ? done(undefined) : notYet(`read ${String(read)}`);
      },
      { timeoutMs: 20_000, intervalMs: 20 },
    );
    // Several keys in one read (a missing one may hide in any reply): sent, not cached.
    const sibling = `${key.slice(0, key.indexOf('}') + 1)}:other`;
    const before = absentCache.stats().hitCount;
    await reading.mGet([key, sibling]);
    await reading.mGet([key, sibling]);
    expect(absentCache.stats().hitCount).toBe(before);
  } finally {
    await reading.close();
  }
});

it('with useReplicas: reads cached from replicas are invalidated by the writes they replicate', async () => {
  await servers.waitForStable();
  const replicaCache = new BasicPooledClientSideCache();
  const reading = await createCluster({ rootNodes: rootNodes(), useReplicas: true, clientSideCache: replicaCache }).connect();
  try {
    const master = servers.masters().find((m) => servers.replicasOf(m).length > 0)!;
    const key = keysOn(servers, master, 'csc-replica', 1)[0]!;
    await writer.set(key, 'v1');
    await writer.sendCommand(key, false, ['WAIT', '1', '5000']);
    // Both nodes of the shard serve reads in turn: read until both have the value cached.
    for (let i = 0; i < 4; i++) expect(await reading.get(key)).toBe('v1');
    expect(replicaCache.stats().hitCount).toBeGreaterThan(0);
    await writer.set(key, 'v2');
    await waitFor(
      'every reader of the shard to serve v2',
      async () => {
        const reads = await Promise.all([reading.get(key), reading.get(key), reading.get(key), reading.get(key)]);
        return reads.every((r) => r === 'v2') ? done(undefined) : notYet(reads.join(','));
      },
      { timeoutMs: 20_000, intervalMs: 20 },
    );
  } finally {
    await reading.close();
  }
});
