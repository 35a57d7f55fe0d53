import type { BenchClient } from './contenders';

// The workloads of the client and cluster benchmarks. Each is one iteration of a bench case; its
// `work` is the number of commands it runs. Keys spread over every slot (`k:<n>`), except mGet's,
// which share a hash tag (a cross-slot MGET is refused by Redis, and not every peer splits it).

export const SEQUENTIAL = 200;
export const IN_FLIGHT = 1_000;
export const IN_FLIGHT_TOTAL = 20_000;
export const BURST = 100_000;
export const BIG_VALUE_COMMANDS = 200;
export const MGET_CALLS = 2_000;

const keyOf = (i: number): string => `k:${i % 10_000}`;

/** One command at a time: latency-bound. */
export async function sequential(client: BenchClient): Promise<void> {
  for (let i = 0; i < SEQUENTIAL; i++) await (i & 1 ? client.get(keyOf(i)) : client.set(keyOf(i), 'v'));
}

/** 1000 workers, each awaiting its reply before sending the next: pipelining under steady load. */
export async function inFlight(client: BenchClient): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < IN_FLIGHT_TOTAL) {
      const i = next++;
      await (i & 1 ? client.get(keyOf(i)) : client.set(keyOf(i), 'v'));
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
}

/** 100k commands issued without awaiting, then awaited together. */
export async function burst(client: BenchClient): Promise<void> {
  const pending: Array<Promise<unknown>> = new Array(BURST);
  for (let i = 0; i < BURST; i++) pending[i] = client.set(keyOf(i), 'v');
  await Promise.all(pending);
}

const BIG = Buffer.alloc(100 * 1024, 'x');

/** 100 KB values, written and read back, 16 in flight. */
export async function bigValues(client: BenchClient): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < BIG_VALUE_COMMANDS) {
      const i = next++;
      await (i & 1 ? client.get(`big:${i % 50}`) : client.set(`big:${i % 50}`, BIG));
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
}

export const MGET_KEYS = Array.from({ length: 100 }, (_, i) => `{mget}:${i}`);

/** MGET of 100 keys sharing a hash tag, 100 in flight. */
export async function mGet100(client: BenchClient): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < MGET_CALLS) {
      next++;
      await client.mGet(MGET_KEYS);
    }
  };
  await Promise.all(Array.from({ length: 100 }, worker));
}

/** Every contender must read back what the others wrote (same server, same keys). */
export async function verifySameReplies(clients: BenchClient[]): Promise<void> {
  await clients[0]!.set('k:verify', 'same');
  for (const client of clients) {
    const value = await client.get('k:verify');
    if (String(value) !== 'same') throw new Error(`${client.name} read ${String(value)}`);
  }
  for (const key of MGET_KEYS) await clients[0]!.set(key, key);
  for (const client of clients) {
    const values = (await client.mGet(MGET_KEYS)) as unknown[];
    if (values.length !== 100 || String(values[99]) !== MGET_KEYS[99]) throw new Error(`${client.name} mGet mismatch`);
  }
}
