// Client-side caching: a read-heavy workload with a hot set, on one local redis-server. Ours with
// its cache (`clientSideCache`) and without, node-redis 6.4.0 with its cache (RESP3), ioredis and
// GLIDE (which have none). Every contender runs the same precomputed sequence of operations; the
// note under the table gives each cache's hit rate and its memory per entry.
import { createClient as createOurClient, type BasicClientSideCache } from '@x/client';
import { createCluster as createOurCluster } from '@x/cluster';
import { createClient as createNodeRedisClient, createCluster as createNodeRedisCluster } from '@redis/client';
import IORedis, { Cluster as IORedisCluster } from 'ioredis';
import { startCluster, startRedisServer } from '@x/test-utils';
import { registerCase, type BenchCase } from '../harness';
import type { Endpoint } from './contenders';
import { GLIDE_NAME, glideCluster, glideStandalone } from './glide-contender';

const OURS_ONLY = process.env['BENCH_OURS_ONLY'] === '1';

export const HOT_KEYS = 1_000;
export const COLD_KEYS = 20_000;
export const CACHE_OPS = 20_000;
const IN_FLIGHT = 100;
const MAX_ENTRIES = 10_000;
const VALUE = 'x'.repeat(100);

const hotKey = (i: number): string => `csc:hot:${i}`;
const coldKey = (i: number): string => `csc:cold:${i}`;

/**
 * The operations, the same for everyone: 90% GETs of the hot set (1,000 keys), 9% GETs spread over
 * 20,000 cold keys, 1% SETs of hot keys (each one invalidates that key in every cache). A fixed
 * seed, so every run and contender does exactly this.
 */
function operations(): Array<{ write: boolean; key: string }> {
  let seed = 0x2545f491;
  const random = (): number => {
    // xorshift32
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 2 ** 32;
  };
  const ops: Array<{ write: boolean; key: string }> = [];
  for (let i = 0; i < CACHE_OPS; i++) {
    const r = random();
    if (r < 0.01) ops.push({ write: true, key: hotKey(Math.floor(random() * HOT_KEYS)) });
    else if (r < 0.91) ops.push({ write: false, key: hotKey(Math.floor(random() * HOT_KEYS)) });
    else ops.push({ write: false, key: coldKey(Math.floor(random() * COLD_KEYS)) });
  }
  return ops;
}

const OPS = operations();

interface CacheBenchClient {
  name: string;
  get(key: string): Promise<unknown>;
  set(key: string, value: string): Promise<unknown>;
  close(): Promise<void>;
  /** Hits and lookups so far (a contender with a cache). */
  stats?: () => { hits: number; requests: number };
}

/** IN_FLIGHT workers through the operations, each awaiting its reply. */
async function hotSet(client: CacheBenchClient): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < OPS.length) {
      const op = OPS[next++]!;
      await (op.write ? client.set(op.key, VALUE) : client.get(op.key));
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
}

interface NodeRedisCacheStats {
  hitCount: number;
  requestCount(): number;
}

/** A contender with a cache (ours or node-redis's: the same CacheStats shape), client or cluster. */
function cachedContender(
  name: string,
  client: { get(key: string): Promise<unknown>; set(key: string, value: string): Promise<unknown>; close(): Promise<unknown> },
  cache: { stats(): NodeRedisCacheStats },
): CacheBenchClient {
  return {
    name,
    get: (k) => client.get(k),
    set: (k, v) => client.set(k, v),
    close: async () => void (await client.close()),
    stats: () => {
      const stats = cache.stats();
      return { hits: stats.hitCount, requests: stats.requestCount() };
    },
  };
}

async function contenders(endpoint: Endpoint): Promise<CacheBenchClient[]> {
  const list: CacheBenchClient[] = [];
  const ours = await createOurClient({ socket: endpoint, clientSideCache: { maxEntries: MAX_ENTRIES } }).connect();
  const ourCache = ours.clientSideCache!;
  list.push(cachedContender('@x/client + cache', ours, ourCache));
  const plain = await createOurClient({ socket: endpoint }).connect();
  list.push({ name: '@x/client (no cache)', get: (k) => plain.get(k), set: (k, v) => plain.set(k, v), close: () => plain.close() });
  if (OURS_ONLY) return list;
  const nr = await createNodeRedisClient({ socket: endpoint, RESP: 3, clientSideCache: { maxEntries: MAX_ENTRIES } }).connect();
  const nrCache = nr.clientSideCache as unknown as { stats(): NodeRedisCacheStats };
  list.push(cachedContender('node-redis 6.4.0 + cache', nr, nrCache));
  const io = new IORedis({ ...endpoint, lazyConnect: true });
  await io.connect();
  list.push({ name: 'ioredis 6.0.0 (no cache)', get: (k) => io.get(k), set: (k, v) => io.set(k, v), close: async () => void (await io.quit()) });
  const glide = await glideStandalone(endpoint);
  list.push({ name: `${GLIDE_NAME} (no cache)`, get: (k) => glide.get(k), set: (k, v) => glide.set(k, v), close: () => glide.close() });
  return list;
}

async function clusterContenders(rootNodes: Endpoint[]): Promise<CacheBenchClient[]> {
  const list: CacheBenchClient[] = [];
  const roots = rootNodes.map((socket) => ({ socket }));
  const ours = await createOurCluster({ rootNodes: roots, clientSideCache: { maxEntries: MAX_ENTRIES } }).connect();
  const ourCache = ours.clientSideCache!;
  list.push(cachedContender('@x/cluster + cache', ours, ourCache));
  const plain = await createOurCluster({ rootNodes: roots }).connect();
  list.push({ name: '@x/cluster (no cache)', get: (k) => plain.get(k), set: (k, v) => plain.set(k, v), close: () => plain.close() });
  if (OURS_ONLY) return list;
  const nr = await createNodeRedisCluster({ rootNodes: roots, RESP: 3, clientSideCache: { maxEntries: MAX_ENTRIES } }).connect();
  const nrCache = nr.clientSideCache as unknown as { stats(): NodeRedisCacheStats };
  list.push(cachedContender('node-redis 6.4.0 + cache', nr, nrCache));
  const io = new IORedisCluster(rootNodes, { enableAutoPipelining: true, lazyConnect: true });
  await io.connect();
  list.push({ name: 'ioredis 6.0.0 (autopipelining, no cache)', get: (k) => io.get(k), set: (k, v) => io.set(k, v), close: async () => void (await io.quit()) });
  const glide = await glideCluster(rootNodes);
  list.push({ name: `${GLIDE_NAME} (no cache)`, get: (k) => glide.get(k), set: (k, v) => glide.set(k, v), close: () => glide.close() });
  return list;
}

/**
 * Heap bytes per cached entry (a 100-byte value under a ~16-byte key): a fresh client reads `n`
 * cold keys once each, the heap is compared before and after (with full GCs; needs --expose-gc).
 */
async function bytesPerEntry(read: (key: string) => Promise<unknown>, size: () => number, n: number): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) return Number.NaN;
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < n; i += 500) await Promise.all(Array.from({ length: Math.min(500, n - i) }, (_, j) => read(coldKey(i + j))));
  gc();
  const after = process.memoryUsage().heapUsed;
  if (size() !== n) throw new Error(`expected ${n} entries, the cache holds ${size()}`);
  return (after - before) / n;
}

async function memoryLine(endpoint: Endpoint): Promise<string> {
  const n = 5_000;
  const ours = await createOurClient({ socket: endpoint, clientSideCache: { maxEntries: MAX_ENTRIES } }).connect();
  const cache: BasicClientSideCache = ours.clientSideCache!;
  const oursBytes = await bytesPerEntry((k) => ours.get(k), () => cache.size(), n);
  await ours.close();
  let line = `heap per cached entry (${n} GETs of 100-byte values): ours ${oursBytes.toFixed(0)} B`;
  if (!OURS_ONLY) {
    const nr = await createNodeRedisClient({ socket: endpoint, RESP: 3, clientSideCache: { maxEntries: MAX_ENTRIES } }).connect();
    const nrCache = nr.clientSideCache as unknown as { size(): number };
    const nrBytes = await bytesPerEntry((k) => nr.get(k), () => nrCache.size(), n);
    await nr.close();
    line += `, node-redis ${nrBytes.toFixed(0)} B`;
  }
  return line;
}

/** The hot and cold keys, written through `writer`. */
async function fill(writer: CacheBenchClient): Promise<void> {
  for (let i = 0; i < COLD_KEYS; i += 1_000) {
    await Promise.all(Array.from({ length: 1_000 }, (_, j) => writer.set(coldKey(i + j), VALUE)));
  }
  await Promise.all(Array.from({ length: HOT_KEYS }, (_, i) => writer.set(hotKey(i), VALUE)));
}

function registerHotSet(group: string, clients: CacheBenchClient[], memory: string | undefined): void {
  const hitRates = new Map<string, number>();
  const bench: BenchCase = {
    group: 'cache',
    name: `${group}: read-heavy hot set (90% hot GET, 9% cold GET, 1% SET), 100 in flight`,
    unit: 'ops/s',
    work: CACHE_OPS,
    contenders: clients.map((client) => ({
      name: client.name,
      run: async () => {
        const before = client.stats?.();
        await hotSet(client);
        const after = client.stats?.();
        if (before !== undefined && after !== undefined) {
          hitRates.set(client.name, (after.hits - before.hits) / Math.max(1, after.requests - before.requests));
          bench.note = noteOf(hitRates, memory);
        }
      },
    })),
    verify: async () => {
      for (const client of clients) {
        const value = await client.get(hotKey(1));
        if (value !== VALUE) throw new Error(`${client.name} read ${String(value)}`);
      }
    },
    note: memory,
  };
  registerCase(bench);
}

/** A local redis-server and a 3+3 cluster, the hot and cold keys, and the contenders of each. */
export async function registerCacheCases(): Promise<() => Promise<void>> {
  const server = await startRedisServer();
  const endpoint = { host: server.host, port: server.port };
  const clients = await contenders(endpoint);
  await fill(clients[1]!);
  registerHotSet('cache (client)', clients, await memoryLine(endpoint));
  const cluster = await startCluster({ masters: 3, replicas: 1 });
  const clusterClients = await clusterContenders(cluster.masters().map((m) => ({ host: m.host, port: m.port })));
  await fill(clusterClients[1]!);
  registerHotSet('cache (cluster)', clusterClients, undefined);
  return async () => {
    for (const client of [...clients, ...clusterClients]) await client.close().catch(() => undefined);
    await server.stop();
    await cluster.stop();
  };
}

function noteOf(hitRates: ReadonlyMap<string, number>, memory: string | undefined): string {
  const rates = [...hitRates].map(([name, rate]) => `${name} ${(rate * 100).toFixed(1)}%`).join(', ');
  return `hit rate of the last round: ${rates}${memory === undefined ? '' : `; ${memory}`}. ioredis and GLIDE have no client-side cache.`;
}
