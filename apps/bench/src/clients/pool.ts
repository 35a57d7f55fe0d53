// x's client pool beside node-redis's (`createClientPool`), on one local redis-server: the pools'
// command methods under 1000 in flight, and `execute` running a small multi-step task. Each pool
// with node-redis's defaults (minimum 1, maximum 100); node-redis also without its 5 s command
// timeout (a per-command AbortSignal). One x client is listed for reference: what pipelining
// everything on one connection gives (a pool trades that for isolation).
import { createClient as createOurClient, createClientPool as createOurPool } from '@x/client';
import { createClientPool as createNodeRedisPool } from '@redis/client';
import { startRedisServer } from '@x/test-utils';
import { registerCase } from '../harness';
import type { Endpoint } from './contenders';

/** What the pool workloads need: the command methods, and execute with a client. */
interface PoolLike {
  set(key: string, value: string): Promise<unknown>;
  get(key: string): Promise<unknown>;
  execute<T>(task: (client: TaskClient) => Promise<T>): Promise<T>;
}

interface TaskClient {
  incr(key: string): Promise<unknown>;
  get(key: string): Promise<unknown>;
  expire(key: string, seconds: number): Promise<unknown>;
}

interface BenchPool {
  name: string;
  pool: PoolLike;
  close(): Promise<void>;
}

export const POOL_IN_FLIGHT = 1_000;
export const POOL_COMMANDS = 20_000;
export const POOL_TASKS_IN_FLIGHT = 100;
export const POOL_TASKS = 3_000;
const STEPS_PER_TASK = 3;

const keyOf = (i: number): string => `pool:${i % 10_000}`;

/** 1000 workers through the pool's command methods, each awaiting its reply (SET/GET alternating). */
async function commandsInFlight(pool: PoolLike): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < POOL_COMMANDS) {
      const i = next++;
      await (i & 1 ? pool.get(keyOf(i)) : pool.set(keyOf(i), 'v'));
    }
  };
  await Promise.all(Array.from({ length: POOL_IN_FLIGHT }, worker));
}

/** 100 workers each running `execute` with a 3-step task (INCR, GET, EXPIRE on one client). */
async function tasksInFlight(pool: PoolLike): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < POOL_TASKS) {
      const key = `pooltask:${next++ % 1_000}`;
      await pool.execute(async (client) => {
        await client.incr(key);
        await client.get(key);
        await client.expire(key, 60);
      });
    }
  };
  await Promise.all(Array.from({ length: POOL_TASKS_IN_FLIGHT }, worker));
}

async function pools(endpoint: Endpoint): Promise<BenchPool[]> {
  const ours = createOurPool({ socket: endpoint });
  await ours.connect();
  const nr = createNodeRedisPool({ socket: endpoint });
  await nr.connect();
  const nr0 = createNodeRedisPool({ socket: endpoint, commandOptions: { timeout: 0 } });
  await nr0.connect();
  // One client standing in for a pool: its execute hands the same client to every task.
  const single = await createOurClient({ socket: endpoint }).connect();
  const singleAsPool: PoolLike = {
    set: (k, v) => single.set(k, v),
    get: (k) => single.get(k),
    execute: (task) => task(single),
  };
  return [
    { name: '@x/client pool', pool: ours as unknown as PoolLike, close: () => ours.close() },
    { name: 'node-redis 6.4.0 pool', pool: nr as unknown as PoolLike, close: () => nr.close() },
    { name: 'node-redis 6.4.0 pool (no timeout)', pool: nr0 as unknown as PoolLike, close: () => nr0.close() },
    { name: '@x/client, one client (reference)', pool: singleAsPool, close: () => single.close() },
  ];
}

/** A local redis-server and the pools. */
export async function registerPoolCases(): Promise<() => Promise<void>> {
  const server = await startRedisServer();
  const contenders = await pools({ host: server.host, port: server.port });
  const verify = async (): Promise<void> => {
    await contenders[0]!.pool.set('pool:verify', 'same');
    for (const { name, pool } of contenders) {
      const value = await pool.execute((client) => client.get('pool:verify'));
      if (String(value) !== 'same' || String(await pool.get('pool:verify')) !== 'same') throw new Error(`${name} read ${String(value)}`);
    }
  };
  registerCase({
    group: 'pool',
    name: 'pool: 1000 in flight through the command methods',
    unit: 'ops/s',
    work: POOL_COMMANDS,
    contenders: contenders.map(({ name, pool }) => ({ name, run: () => commandsInFlight(pool) })),
    verify,
  });
  registerCase({
    group: 'pool',
    name: 'pool: execute, a 3-command task, 100 in flight',
    unit: 'ops/s',
    work: POOL_TASKS * STEPS_PER_TASK,
    contenders: contenders.map(({ name, pool }) => ({ name, run: () => tasksInFlight(pool) })),
    note: 'ops/s counts commands (3 per task). The one-client reference runs the tasks interleaved on one connection: no isolation (no WATCH, a blocking command would stall all).',
  });
  return async () => {
    for (const c of contenders) await c.close();
    await server.stop();
  };
}
