// Plain commands to a node while blocking commands wait on that node, on a 3-master, 3-replica
// cluster: BLOCKERS workers loop `BLPOP <empty list> 0.1` (a queue consumer with a short server-side
// timeout) for the whole case, and each measured iteration runs PLAIN_COMMANDS GET/SET — 100 in
// flight — on keys of the same hash tag, so the same node. Ours runs the BLPOPs on the node's pool
// of dedicated connections (blockingPool, default on); the peers write them on the node's shared
// connection, where every command behind a BLPOP waits until it times out.
import { createCluster as createOurCluster } from '@x/cluster';
import { createCluster as createNodeRedisCluster } from '@redis/client';
import { GlideClusterClient, Logger } from '@valkey/valkey-glide';
import { Cluster as IORedisCluster } from 'ioredis';
import { startCluster } from '@x/test-utils';
import { registerCase } from '../harness';
import type { Endpoint } from './bench-client';
import { IOREDIS_NAME, NODE_REDIS_NAME } from './contenders';
import { GLIDE_NAME } from './glide-contender';

export const BLOCKERS = 10;
/** BLPOP's own timeout, in seconds: a consumer polling its queue. */
export const BLOCK_SECONDS = 0.1;
export const PLAIN_COMMANDS = 500;
const PLAIN_IN_FLIGHT = 100;
const OURS_ONLY = process.env['BENCH_OURS_ONLY'] === '1';

interface BlockingBenchClient {
  name: string;
  /** Consumers to run beside it (BLOCKERS; 0 for the reference without any). */
  blockers: number;
  set(key: string, value: string): Promise<unknown>;
  get(key: string): Promise<unknown>;
  blPop(key: string, seconds: number): Promise<unknown>;
  close(): Promise<void>;
}

/** A contender and its consumers: BLOCKERS loops of BLPOP, until stopped. */
interface Running {
  client: BlockingBenchClient;
  stop(): Promise<void>;
}

async function contenders(rootNodes: Endpoint[]): Promise<BlockingBenchClient[]> {
  const ours = await createOurCluster({ rootNodes: rootNodes.map((socket) => ({ socket })) }).connect();
  const list: BlockingBenchClient[] = [
    {
      name: '@x/cluster (blockingPool, default)',
      blockers: BLOCKERS,
      set: (k, v) => ours.set(k, v),
      get: (k) => ours.get(k),
      blPop: (k, s) => ours.blPop(k, s),
      close: () => ours.close(),
    },
  ];
  // Ours as node-redis runs it: the BLPOPs on the node's shared connection.
  const shared = await createOurCluster({ rootNodes: rootNodes.map((socket) => ({ socket })), blockingPool: false }).connect();
  list.push({ name: '@x/cluster (blockingPool: false)', blockers: BLOCKERS, set: (k, v) => shared.set(k, v), get: (k) => shared.get(k), blPop: (k, s) => shared.blPop(k, s), close: () => shared.close() });
  // The reference: the same plain commands with no consumer at all — the node's normal pace.
  const idle = await createOurCluster({ rootNodes: rootNodes.map((socket) => ({ socket })) }).connect();
  list.push({ name: '@x/cluster, no BLPOP waiting (reference)', blockers: 0, set: (k, v) => idle.set(k, v), get: (k) => idle.get(k), blPop: (k, s) => idle.blPop(k, s), close: () => idle.close() });
  if (OURS_ONLY) return list;

  const io = new IORedisCluster(rootNodes, { enableAutoPipelining: true, lazyConnect: true });
  await io.connect();
  list.push({
    name: `${IOREDIS_NAME} (autopipelining)`,
    blockers: BLOCKERS,
    set: (k, v) => io.set(k, v),
    get: (k) => io.get(k),
    blPop: (k, s) => io.blpop(k, s),
    close: async () => void (await io.quit()),
  });
  const nr = await createNodeRedisCluster({ rootNodes: rootNodes.map((socket) => ({ socket })) }).connect();
  list.push({ name: NODE_REDIS_NAME, blockers: BLOCKERS, set: (k, v) => nr.set(k, v), get: (k) => nr.get(k), blPop: (k, s) => nr.blPop(k, s), close: async () => void (await nr.close()) });
  Logger.setLoggerConfig('error');
  const glide = await GlideClusterClient.createClient({ addresses: rootNodes, requestTimeout: 5_000 });
  list.push({
    name: GLIDE_NAME,
    blockers: BLOCKERS,
    set: (k, v) => glide.set(k, v),
    get: (k) => glide.get(k),
    blPop: (k, s) => glide.blpop([k], s),
    close: () => {
      glide.close();
      return Promise.resolve();
    },
  });
  return list;
}

/** Start the consumers of one contender (`client.blockers` of them): each loops BLPOP on its own empty list of the `{blk}` node. */
function startBlockers(client: BlockingBenchClient, index: number): Running {
  let stopped = false;
  // A consumer's failed BLPOP (a peer's own timeout, say) is counted and reported, and it polls on:
  // the case measures the plain commands.
  const failures = new Map<string, number>();
  const loops = Array.from({ length: client.blockers }, async (_, i) => {
    while (!stopped) {
      await client.blPop(`{blk}:queue:${index}:${i}`, BLOCK_SECONDS).catch((error: unknown) => {
        const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        failures.set(what, (failures.get(what) ?? 0) + 1);
      });
    }
  });
  return {
    client,
    stop: async () => {
      stopped = true;
      await Promise.all(loops);
      for (const [what, count] of failures) process.stderr.write(`${client.name}: ${count} consumer BLPOP(s) failed: ${what}\n`);
    },
  };
}

/** PLAIN_COMMANDS GET/SET on the `{blk}` node (the one the BLPOPs wait on), 100 in flight. */
async function plainCommands(client: BlockingBenchClient): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < PLAIN_COMMANDS) {
      const i = next++;
      const key = `{blk}:k:${i % 1_000}`;
      await (i & 1 ? client.get(key) : client.set(key, 'v'));
    }
  };
  await Promise.all(Array.from({ length: PLAIN_IN_FLIGHT }, worker));
}

/** Every contender writes and reads back on the `{blk}` node, and BLPOP of an empty list times out with null. */
async function verifyReadBack(clients: BlockingBenchClient[]): Promise<void> {
  for (const client of clients) {
    if ((await client.set('{blk}:verify', client.name)) !== 'OK' || (await client.get('{blk}:verify')) !== client.name) {
      throw new Error(`${client.name}: SET/GET of {blk}:verify did not read back`);
    }
    if ((await client.blPop('{blk}:verify:empty', BLOCK_SECONDS)) !== null) throw new Error(`${client.name}: BLPOP of an empty list did not time out with null`);
  }
}

/** A local 3+3 cluster, the contenders and their consumers (running from now until the teardown). */
export async function registerBlockingCases(): Promise<() => Promise<void>> {
  const cluster = await startCluster({ masters: 3, replicas: 1 });
  let running: Running[] = [];
  let clients: BlockingBenchClient[] = [];
  try {
    clients = await contenders(cluster.masters().map((m) => ({ host: m.host, port: m.port })));
    // Checked before the consumers start: behind them, a peer's own commands may time out (GLIDE's
    // do — that is then the measurement, shown as `failed:`).
    await verifyReadBack(clients);
    running = clients.map((client, i) => startBlockers(client, i));
  } catch (error) {
    for (const client of clients) await client.close().catch(() => undefined);
    await cluster.stop();
    throw error;
  }
  registerCase({
    group: 'blocking',
    name: `blocking: GET/SET (100 in flight) to a node while ${BLOCKERS} BLPOPs (${BLOCK_SECONDS} s timeout, in a loop) wait on it`,
    unit: 'ops/s',
    work: PLAIN_COMMANDS,
    contenders: running.map(({ client }) => ({ name: client.name, run: () => plainCommands(client) })),
    note: `Consumers run for the whole case; ours (default) has them on dedicated connections (blockingPool), the others on the node's shared connection: there a GET/SET written behind a BLPOP waits for it (up to ${BLOCK_SECONDS} s).`,
  });
  return async () => {
    try {
      for (const r of running) await r.stop();
      for (const r of running) await r.client.close();
    } finally {
      await cluster.stop();
    }
  };
}
