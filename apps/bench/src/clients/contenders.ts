// The clients side by side, behind one small interface, so every workload runs the same commands on
// each. Ours, ioredis 6 (with autopipelining for the cluster, as its docs recommend for throughput),
// node-redis 6 (with its default 5 s command timeout, and without one: that timeout is a
// per-command AbortSignal that costs it about half its throughput), and Valkey GLIDE (configured in
// glide-contender.ts).
import { createClient as createOurClient } from '@x/client';
import { createCluster as createOurCluster } from '@x/cluster';
import { createClient as createNodeRedisClient, createCluster as createNodeRedisCluster } from '@redis/client';
import IORedis, { Cluster as IORedisCluster } from 'ioredis';
import type { BenchClient, ContenderFactory, Endpoint } from './bench-client';
import { glideCluster, glideStandalone, GLIDE_NAME } from './glide-contender';

export type { BenchClient, ContenderFactory, Endpoint } from './bench-client';

export const IOREDIS_NAME = 'ioredis 6.0.0';
export const NODE_REDIS_NAME = 'node-redis 6.4.0';
export const NODE_REDIS_NO_TIMEOUT_NAME = 'node-redis 6.4.0 (no timeout)';

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

/** Ours, then the baseline build of ours (BENCH_BASELINE), then — unless BENCH_OURS_ONLY — the peers. */
function withBaseline(ours: ContenderFactory, before: ContenderFactory | undefined, peers: ContenderFactory[]): ContenderFactory[] {
  return [ours, ...(before === undefined ? [] : [before]), ...(OURS_ONLY ? [] : peers)];
}

export function standaloneContenders(endpoint: Endpoint): ContenderFactory[] {
  const base = baseline();
  const before: ContenderFactory | undefined =
    base === undefined
      ? undefined
      : {
          name: '@x/client (baseline)',
          connect: async () => {
            const client = await base.createClient({ socket: endpoint }).connect();
            return { name: '@x/client (baseline)', set: (k, v) => client.set(k, v), get: (k) => client.get(k), mGet: (k) => client.mGet(k), close: () => client.close() };
          },
        };
  const [ours, ...peers] = standalonePeers(endpoint);
  return withBaseline(ours!, before, peers);
}

function standalonePeers(endpoint: Endpoint): ContenderFactory[] {
  return [
    {
      name: '@x/client',
      connect: async () => {
        const ours = await createOurClient({ socket: endpoint }).connect();
        return { name: '@x/client', set: (k, v) => ours.set(k, v), get: (k) => ours.get(k), mGet: (k) => ours.mGet(k), close: () => ours.close() };
      },
    },
    {
      name: IOREDIS_NAME,
      connect: async () => {
        const io = new IORedis({ ...endpoint, lazyConnect: true });
        await io.connect();
        return ioredis(IOREDIS_NAME, io);
      },
    },
    { name: NODE_REDIS_NAME, connect: async () => nodeRedis(NODE_REDIS_NAME, await createNodeRedisClient({ socket: endpoint }).connect()) },
    {
      name: NODE_REDIS_NO_TIMEOUT_NAME,
      connect: async () => nodeRedis(NODE_REDIS_NO_TIMEOUT_NAME, await createNodeRedisClient({ socket: endpoint, commandOptions: { timeout: 0 } }).connect()),
    },
    { name: GLIDE_NAME, connect: () => glideStandalone(endpoint) },
  ];
}

export function clusterContenders(rootNodes: Endpoint[]): ContenderFactory[] {
  const base = baseline();
  const before: ContenderFactory | undefined =
    base === undefined
      ? undefined
      : {
          name: '@x/cluster (baseline)',
          connect: async () => {
            const cluster = await base.createCluster({ rootNodes: rootNodes.map((socket) => ({ socket })) }).connect();
            return { name: '@x/cluster (baseline)', set: (k, v) => cluster.set(k, v), get: (k) => cluster.get(k), mGet: (k) => cluster.mGet(k), close: () => cluster.close() };
          },
        };
  const [ours, ...peers] = clusterPeers(rootNodes);
  return withBaseline(ours!, before, peers);
}

function clusterPeers(rootNodes: Endpoint[]): ContenderFactory[] {
  const ioName = `${IOREDIS_NAME} (autopipelining)`;
  return [
    {
      name: '@x/cluster',
      connect: async () => {
        const ours = await createOurCluster({ rootNodes: rootNodes.map((socket) => ({ socket })) }).connect();
        return { name: '@x/cluster', set: (k, v) => ours.set(k, v), get: (k) => ours.get(k), mGet: (k) => ours.mGet(k), close: () => ours.close() };
      },
    },
    {
      name: ioName,
      connect: async () => {
        const io = new IORedisCluster(rootNodes, { enableAutoPipelining: true, lazyConnect: true });
        await io.connect();
        return ioredis(ioName, io);
      },
    },
    {
      name: NODE_REDIS_NAME,
      connect: async () => nodeRedis(NODE_REDIS_NAME, await createNodeRedisCluster({ rootNodes: rootNodes.map((socket) => ({ socket })) }).connect()),
    },
    {
      name: NODE_REDIS_NO_TIMEOUT_NAME,
      connect: async () =>
        nodeRedis(NODE_REDIS_NO_TIMEOUT_NAME, await createNodeRedisCluster({ rootNodes: rootNodes.map((socket) => ({ socket })), commandOptions: { timeout: 0 } }).connect()),
    },
    { name: GLIDE_NAME, connect: () => glideCluster(rootNodes) },
  ];
}

/** Connects every contender in turn; if one fails, closes those already connected and rethrows. */
export async function connectAll(factories: readonly ContenderFactory[]): Promise<BenchClient[]> {
  const clients: BenchClient[] = [];
  try {
    for (const factory of factories) clients.push(await factory.connect());
    return clients;
  } catch (error) {
    await closeAll(clients);
    throw error;
  }
}

/** Closes every client, even when one's close fails (the first failure is rethrown afterwards). */
export async function closeAll(clients: readonly BenchClient[]): Promise<void> {
  const failures: unknown[] = [];
  for (const client of clients) await client.close().catch((error: unknown) => failures.push(error));
  if (failures.length > 0) throw failures[0];
}

export const standaloneClients = (endpoint: Endpoint): Promise<BenchClient[]> => connectAll(standaloneContenders(endpoint));
export const clusterClients = (rootNodes: Endpoint[]): Promise<BenchClient[]> => connectAll(clusterContenders(rootNodes));

interface IORedisLike {
  set(key: string, value: string | Buffer): Promise<unknown>;
  get(key: string): Promise<unknown>;
  mget(keys: string[]): Promise<unknown>;
  quit(): Promise<unknown>;
}

function ioredis(name: string, client: IORedisLike): BenchClient {
  return { name, set: (k, v) => client.set(k, v), get: (k) => client.get(k), mGet: (k) => client.mget(k), close: async () => void (await client.quit()) };
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
