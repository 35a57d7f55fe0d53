import type { RedisCluster as TestCluster, ClusterNode as TestNode } from '@x/test-utils';
import { keySlot, ShardUnavailableError, TimeoutError, type RedisClusterType } from '../../src';

/** `n` keys owned by `master` (by slot), distinct per test through `prefix`. */
export function keysOn(servers: TestCluster, master: TestNode, prefix: string, n: number): string[] {
  const keys: string[] = [];
  for (let i = 0; keys.length < n; i++) {
    const key = `${prefix}:${i}`;
    if (servers.slotOwner(keySlot(key)) === master) keys.push(key);
  }
  return keys;
}

/** Write keys and wait until a replica has them (WAIT 1), so a failover cannot lose them. */
export async function writeReplicated(cluster: RedisClusterType, keys: string[]): Promise<void> {
  await Promise.all(keys.map((k) => cluster.set(k, `v:${k}`)));
  for (const k of keys.slice(-1)) await cluster.sendCommand(k, false, ['WAIT', '1', '5000']);
}

/** Resolves once `cluster` saw its connection to `port` drop. */
export function disconnected(cluster: RedisClusterType, port: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const onDisconnect = (node: { port: number }): void => {
      if (node.port !== port) return;
      cluster.off('node-disconnect', onDisconnect);
      resolve();
    };
    cluster.on('node-disconnect', onDisconnect);
  });
}

/** How a command ended, and when (ms after it was issued). */
export interface Ending {
  ok: boolean;
  value?: unknown;
  error?: Error;
  ms: number;
}

export function timed(promise: Promise<unknown>): Promise<Ending> {
  const started = performance.now();
  return promise.then(
    (value) => ({ ok: true, value, ms: performance.now() - started }),
    (error: unknown) => ({ ok: false, error: error as Error, ms: performance.now() - started }),
  );
}

/** A read that waited for the shard until its deadline: a TimeoutError that names the shard without a master. */
export function expectDeadlineNamingTheShard(ending: Ending, timeout: number): void {
  expect(ending.ok).toBe(false);
  expect(ending.error).toBeInstanceOf(TimeoutError);
  expect(ending.error!.message).toMatch(new RegExp(`timed out after ${timeout} ms`));
  expect(ending.error!.message).toMatch(/has no (reachable )?master/);
  expect(ending.error!.cause).toBeInstanceOf(ShardUnavailableError);
  // It waited out its deadline: not less, and not a multiple of it (room for a loaded machine).
  expect(ending.ms).toBeGreaterThanOrEqual(timeout - 10);
  expect(ending.ms).toBeLessThan(timeout + 2_500);
}

/** A read with `onMasterDown: 'fail'`: a ShardUnavailableError at once. */
export function expectFailedFast(ending: Ending, port: number): void {
  expect(ending.ok).toBe(false);
  expect(ending.error).toBeInstanceOf(ShardUnavailableError);
  expect((ending.error as ShardUnavailableError).address).toBe(`127.0.0.1:${port}`);
  expect(ending.error!.message).toMatch(/has no reachable master/);
  expect(ending.ms).toBeLessThan(1_000);
}
