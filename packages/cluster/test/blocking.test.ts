import { done, notYet, sharedCluster, waitFor, type SharedClusterNode } from '@x/test-utils';
import { ClientClosedError, createCluster, InvalidOptionError, keySlot, TimeoutError, type RedisClusterType } from '../src';

// Commands that wait for data run on a per-node pool of dedicated connections (blockingPool): the
// node's shared connection keeps serving every other command at its normal pace.
jest.setTimeout(60_000);

const shared = sharedCluster();
const rootNodes = shared.masters().map((node) => ({ url: `redis://127.0.0.1:${node.port}` }));
const clusters: RedisClusterType[] = [];

afterAll(() => {
  for (const cluster of clusters) cluster.destroy();
});

async function connect(options: Partial<Parameters<typeof createCluster>[0]> = {}): Promise<RedisClusterType> {
  const cluster = await createCluster({ rootNodes, ...options }).connect();
  clusters.push(cluster as RedisClusterType);
  return cluster as RedisClusterType;
}

/** The master of `key` in the shared cluster (which never changes its topology). */
function masterOf(key: string): SharedClusterNode {
  return shared.slotOwner(keySlot(key));
}

/** Wait until `node` has exactly `n` blocked clients. */
function blocked(node: SharedClusterNode, n: number): Promise<void> {
  return waitFor(`${n} blocked clients on ${node.port}`, async () => {
    const now = Number((await node.info('clients'))['blocked_clients']);
    return now === n ? done(undefined) : notYet(`${now} blocked`);
  }, { timeoutMs: 15_000 });
}

function track<T>(promise: Promise<T>): { promise: Promise<T>; settled: () => boolean } {
  let settled = false;
  const watched = promise.finally(() => {
    settled = true;
  });
  watched.catch(() => undefined);
  return { promise: watched, settled: () => settled };
}

it('100 BLPOPs blocked on one node while 10k GET/SET to that node complete', async () => {
  const cluster = await connect({ blockingPool: { maximum: 128 } });
  const keys = Array.from({ length: 100 }, (_, i) => `{blk-many}:list:${i}`);
  const node = masterOf(keys[0]!);
  const pops = keys.map((key) => track(cluster.blPop(key, 0)));
  await blocked(node, 100);

  // Same hash tag: every GET/SET goes to the node the BLPOPs block on.
  const writes = Array.from({ length: 5_000 }, (_, i) => cluster.set(`{blk-many}:plain:${i}`, String(i)));
  const reads = Array.from({ length: 5_000 }, (_, i) => cluster.get(`{blk-many}:plain:${i}`));
  expect(new Set(await Promise.all(writes))).toEqual(new Set(['OK']));
  expect(await Promise.all(reads)).toEqual(Array.from({ length: 5_000 }, (_, i) => String(i)));
  expect(pops.filter((p) => p.settled())).toHaveLength(0);
  expect(Number((await node.info('clients'))['blocked_clients'])).toBe(100);

  await Promise.all(keys.map((key) => cluster.rPush(key, `v:${key}`)));
  expect(await Promise.all(pops.map((p) => p.promise))).toEqual(keys.map((key) => ({ key, element: `v:${key}` })));
});

it('with blockingPool: false (node-redis behaviour) a GET to the node waits behind the BLPOP', async () => {
  const cluster = await connect({ blockingPool: false });
  const node = masterOf('{blk-off}:list');
  const pop = track(cluster.blPop('{blk-off}:list', 0));
  const get = track(cluster.get('{blk-off}:other'));
  await blocked(node, 1);
  await node.command('PING');
  expect(get.settled()).toBe(false);
  await node.command('RPUSH', '{blk-off}:list', 'x');
  expect(await pop.promise).toEqual({ key: '{blk-off}:list', element: 'x' });
  expect(await get.promise).toBeNull();
});

it('a timed-out BLPOP closes its connection: the node stops blocking it, and no element is lost to it', async () => {
  const cluster = await connect({ blockingPool: { cleanupDelay: 60_000 } });
  const key = '{blk-timeout}:list';
  const node = masterOf(key);
  const error = await cluster.withCommandOptions({ timeout: 150 }).blPop(key, 0).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TimeoutError);
  await blocked(node, 0);
  await cluster.rPush(key, 'kept');
  expect(await cluster.lLen(key)).toBe(1);
  expect(await cluster.blPop(key, 0)).toEqual({ key, element: 'kept' });
});

it('close() ends pending blocking commands', async () => {
  const cluster = await connect();
  const key = '{blk-close}:list';
  const node = masterOf(key);
  const pop = cluster.blPop(key, 0).catch((e: unknown) => e);
  await blocked(node, 1);
  await cluster.close();
  expect(await pop).toBeInstanceOf(ClientClosedError);
  await blocked(node, 0);
});

it('WAIT stays on the shared connection of the node (it counts that connection\'s writes); MULTI too', async () => {
  const cluster = await connect();
  const key = '{blk-wait}:k';
  await cluster.set(key, 'v');
  expect(await cluster.sendCommand(key, false, ['WAIT', '1', '5000'])).toBe(1);
  expect(await cluster.multi().blPop(key + ':list', 0).exec()).toEqual([null]);
  const nodeClient = await cluster.nodeClient(cluster.getSlotMaster(keySlot(key)));
  expect(nodeClient.blockingConnections?.total).toBe(0);
});

it('refuses blockingPool inside defaults or a root node (one pool per node, set for the cluster)', () => {
  expect(() => createCluster({ rootNodes, defaults: { blockingPool: false } as never })).toThrow(InvalidOptionError);
  expect(() => createCluster({ rootNodes: [{ ...rootNodes[0]!, blockingPool: { maximum: 2 } } as never] })).toThrow(/rootNodes\[0\]\.blockingPool/);
  expect(() => createCluster({ rootNodes, blockingPool: { maximum: 0 } })).toThrow(/blockingPool\.maximum/);
});

it('a write to the node issued before a blocking command, not awaited, still runs before it', async () => {
  const cluster = await connect();
  const key = '{blk-order}:list';
  await cluster.rPush(key, 'warm');
  expect(await cluster.blPop(key, 0)).toEqual({ key, element: 'warm' });
  // A 20 MB value keeps the node's shared connection busy; the RPUSH and DEL queue behind it.
  const big = cluster.set('{blk-order}:big', Buffer.alloc(20 * 1024 * 1024, 'x'));
  const pushed = cluster.rPush(key, 'stale');
  const deleted = cluster.del(key);
  const popped = await cluster.blPop(key, 0.3);
  expect(await Promise.all([big, pushed, deleted])).toEqual(['OK', 1, 1]);
  expect(popped).toBeNull();
  await cluster.del('{blk-order}:big');
});
