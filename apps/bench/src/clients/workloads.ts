import { inspect, isDeepStrictEqual } from 'node:util';
import type { BenchClient } from './bench-client';

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

/**
 * Every contender must give the same replies (deep strict equality, as its adapter returns them) to
 * the commands the workloads send — SET, GET of a short value, of a missing key and of a 100 KB
 * value, MGET of the hash-tagged keys — and read what another contender wrote (the first one
 * writes the mGet keys). Throws naming the contender, the command and both replies.
 */
export async function verifySameReplies(clients: BenchClient[]): Promise<void> {
  const first = clients[0]!;
  for (const key of MGET_KEYS) await first.set(key, key);
  const probes: Array<[string, (c: BenchClient) => Promise<unknown>]> = [
    ['SET k:verify same', (c) => c.set('k:verify', 'same')],
    ['GET k:verify', (c) => c.get('k:verify')],
    ['GET k:verify:missing', (c) => c.get('k:verify:missing')],
    ['SET big:verify <100 KB>', (c) => c.set('big:verify', BIG)],
    ['GET big:verify', (c) => c.get('big:verify')],
    [`MGET ${MGET_KEYS.length} keys`, (c) => c.mGet(MGET_KEYS)],
  ];
  const expected = ['OK', 'same', null, 'OK', BIG.toString(), MGET_KEYS];
  for (const client of clients) {
    for (const [i, [command, probe]] of probes.entries()) {
      const reply = await probe(client);
      if (!isDeepStrictEqual(reply, expected[i])) {
        throw new Error(`${client.name} replied to ${command} with ${preview(reply)}, expected ${preview(expected[i])}`);
      }
    }
  }
}

const preview = (value: unknown): string => {
  const text = inspect(value, { maxArrayLength: 3, maxStringLength: 40, breakLength: Infinity });
  return text.length > 120 ? `${text.slice(0, 120)}…` : text;
};
