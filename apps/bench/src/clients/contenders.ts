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

export function standaloneContenders(endpoint: Endpoint): ContenderFactory[] {
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
