// The three clients side by side, behind one small interface, so every workload runs the same
// commands on each. Ours, ioredis 6 (with autopipelining for the cluster, as its docs recommend for
// throughput), and node-redis 6 (with its default 5 s command timeout, and without one: that timeout
// is a per-command AbortSignal that costs it about half its throughput).
import { createClient as createOurClient } from '@x/client';
import { createCluster as createOurCluster } from '@x/cluster';
import { createClient as createNodeRedisClient, createCluster as createNodeRedisCluster } from '@redis/client';
import IORedis, { Cluster as IORedisCluster } from 'ioredis';

/** What a workload needs from a client. */
export interface BenchClient {
  name: string;
  set(key: string, value: string | Buffer): Promise<unknown>;
  get(key: string): Promise<unknown>;
  mGet(keys: string[]): Promise<unknown>;
  close(): Promise<void>;
}

export interface Endpoint {
  host: string;
  port: number;
}

/**
 * `BENCH_BASELINE=<dir>`: also measure another build of ours (a copy of each package's `dist` with a
 * `node_modules/@x` beside it, e.g. the main branch's), interleaved with this one: a before/after
 * comparison in one process. `BENCH_OURS_ONLY=1`: leave the peers out (quicker, and their own
 * timeouts do not fire on a loaded machine).
 */
const BASELINE = process.env['BENCH_BASELINE'];
const OURS_ONLY = process.env['BENCH_OURS_ONLY'] === '1';

interface OurModules {
  createClient: typeof createOurClient;
  createCluster: typeof createOurCluster;
}

function baseline(): OurModules | undefined {
  if (BASELINE === undefined || BASELINE === '') return undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const client = require(`${BASELINE}/packages/client/dist/index.js`) as Pick<OurModules, 'createClient'>;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cluster = require(`${BASELINE}/packages/cluster/dist/index.js`) as Pick<OurModules, 'createCluster'>;
  return { createClient: client.createClient, createCluster: cluster.createCluster };
}

export async function standaloneClients(endpoint: Endpoint): Promise<BenchClient[]> {
  const ours = await createOurClient({ socket: endpoint }).connect();
  const before = baseline();
  const base = before === undefined ? undefined : await before.createClient({ socket: endpoint }).connect();
  const mine: BenchClient[] = [
    { name: '@x/client', set: (k, v) => ours.set(k, v), get: (k) => ours.get(k), mGet: (k) => ours.mGet(k), close: () => ours.close() },
  ];
  if (base !== undefined) {
    mine.push({ name: '@x/client (baseline)', set: (k, v) => base.set(k, v), get: (k) => base.get(k), mGet: (k) => base.mGet(k), close: () => base.close() });
  }
  if (OURS_ONLY) return mine;
  const io = new IORedis({ ...endpoint, lazyConnect: true });
  await io.connect();
  const nr = await createNodeRedisClient({ socket: endpoint }).connect();
  const nr0 = await createNodeRedisClient({ socket: endpoint, commandOptions: { timeout: 0 } }).connect();
  return [
    ...mine,
    { name: 'ioredis 6.0.0', set: (k, v) => io.set(k, v), get: (k) => io.get(k), mGet: (k) => io.mget(k), close: async () => void (await io.quit()) },
    nodeRedis('node-redis 6.3.1', nr),
    nodeRedis('node-redis 6.3.1 (no timeout)', nr0),
  ];
}

export async function clusterClients(rootNodes: Endpoint[]): Promise<BenchClient[]> {
  const ours = await createOurCluster({ rootNodes: rootNodes.map((socket) => ({ socket })) }).connect();
  const before = baseline();
  const base = before === undefined ? undefined : await before.createCluster({ rootNodes: rootNodes.map((socket) => ({ socket })) }).connect();
  const mine: BenchClient[] = [
    { name: '@x/cluster', set: (k, v) => ours.set(k, v), get: (k) => ours.get(k), mGet: (k) => ours.mGet(k), close: () => ours.close() },
  ];
  if (base !== undefined) {
    mine.push({ name: '@x/cluster (baseline)', set: (k, v) => base.set(k, v), get: (k) => base.get(k), mGet: (k) => base.mGet(k), close: () => base.close() });
  }
  if (OURS_ONLY) return mine;
  const io = new IORedisCluster(rootNodes, { enableAutoPipelining: true, lazyConnect: true });
  await io.connect();
  const nr = await createNodeRedisCluster({ rootNodes: rootNodes.map((socket) => ({ socket })) }).connect();
  const nr0 = await createNodeRedisCluster({
    rootNodes: rootNodes.map((socket) => ({ socket })),
    commandOptions: { timeout: 0 },
  }).connect();
  return [
    ...mine,
    { name: 'ioredis 6.0.0 (autopipelining)', set: (k, v) => io.set(k, v), get: (k) => io.get(k), mGet: (k) => io.mget(k), close: async () => void (await io.quit()) },
    nodeRedis('node-redis 6.3.1', nr),
    nodeRedis('node-redis 6.3.1 (no timeout)', nr0),
  ];
}

interface NodeRedisLike {
  set(key: string, value: string | Buffer): Promise<unknown>;
  get(key: string): Promise<unknown>;
  mGet(keys: string[]): Promise<unknown>;
  close(): Promise<unknown>;
}

function nodeRedis(name: string, client: NodeRedisLike): BenchClient {
  return { name, set: (k, v) => client.set(k, v), get: (k) => client.get(k), mGet: (k) => client.mGet(k), close: async () => void (await client.close()) };
}
