import { startCluster, type RedisCluster as TestCluster, type ClusterNode as TestNode } from '@x/test-utils';
import { createCluster, keySlot, type RedisClusterType } from '../src';
import { disconnected, expectDeadlineNamingTheShard, expectFailedFast, timed } from './support/master-outage';

// Failovers while the client works: graceful (CLUSTER FAILOVER), a killed master, a master frozen
// with SIGSTOP past its failover. Each test fails over a different shard of one 3+3 cluster, whose
// cluster-node-timeout is 2000 ms (failover-default-node-timeout.test.ts: Redis's default, 15000).
jest.setTimeout(120_000);

let servers: TestCluster;
let cluster: RedisClusterType;
/** The same cluster with `onMasterDown: 'fail'`. */
let failFast: RedisClusterType;
const errors: unknown[] = [];

beforeAll(async () => {
  servers = await startCluster({ masters: 3, replicas: 1 });
  cluster = createCluster({
    rootNodes: servers.masters().map((m) => ({ socket: { host: '127.0.0.1', port: m.port } })),
    topologyRefreshInterval: 1_000,
  });
  cluster.on('error', (e) => errors.push(e));
  await cluster.connect();
  failFast = await createCluster({
    rootNodes: servers.masters().map((m) => ({ socket: { host: '127.0.0.1', port: m.port } })),
    topologyRefreshInterval: 1_000,
    onMasterDown: 'fail',
  }).connect();
});

afterAll(async () => {
  await cluster?.close();
  await failFast?.close();
  await servers?.stop();
});

/** `n` keys owned by `master` (by slot), distinct per test through `prefix`. */
function keysOn(master: TestNode, prefix: string, n: number): string[] {
  const keys: string[] = [];
  for (let i = 0; keys.length < n; i++) {
    const key = `${prefix}:${i}`;
    if (servers.slotOwner(keySlot(key)) === master) keys.push(key);
  }
  return keys;
}

/** Write keys and wait until a replica has them (WAIT 1), so a failover cannot lose them. */
async function writeReplicated(keys: string[]): Promise<void> {
  await Promise.all(keys.map((k) => cluster.set(k, `v:${k}`)));
  for (const k of keys.slice(-1)) expect(await cluster.sendCommand(k, false, ['WAIT', '1', '5000'])).toBe(1);
}

async function readAll(keys: string[]): Promise<void> {
  const values = await Promise.all(keys.map((k) => cluster.get(k)));
  values.forEach((v, i) => expect(v).toBe(`v:${keys[i]}`));
}

it('rides through a graceful failover: callers see no error, every replicated key reads back', async () => {
  const master = servers.masters()[0]!;
  const keys = keysOn(master, 'graceful', 300);
  await writeReplicated(keys);
  const failures: unknown[] = [];
  let stop = false;
  let ops = 0;
  const busy = (async () => {
    while (!stop) {
      const key = keys[ops++ % keys.length]!;
      await cluster.get(key).then((v) => v === `v:${key}` || failures.push(`${key}=${String(v)}`), (e: unknown) => failures.push(e));
    }
  })();
  const replica = servers.replicasOf(master)[0]!;
  await servers.failover(replica);
  await readAll(keys);
  stop = true;
  await busy;
  expect(failures).toEqual([]);
  expect(cluster.getSlotMaster(keySlot(keys[0]!)).port).toBe(replica.port);
});

it('rides through a killed master: reads, new writes and fan-outs succeed once its replica took over', async () => {
  const master = servers.masters()[1]!;
  const keys = keysOn(master, 'killed', 200);
  await writeReplicated(keys);
  const seen = Promise.all([disconnected(cluster, master.port), disconnected(failFast, master.port)]);
  await master.kill();
  // Once the client has seen the connection drop: a write it put on the socket before that (the kill
  // and the FIN can be noticed in either order) may have run as far as it can know, and is rejected
  // as such — the next test covers that. What is issued now is never sent to the dead node.
  await seen;
  // Issued while the master is dead and before the failover: retried until the replica serves — within
  // their timeout, their whole deadline (long enough here for a failover on a loaded machine).
  const patient = cluster.withCommandOptions({ timeout: 30_000 });
  const reads = Promise.all(keys.map((k) => patient.get(k)));
  const writes = Promise.all(keys.slice(0, 20).map((k) => patient.set(`${k}:after`, 'x')));
  // Sent to every shard (DBSIZE, KEYS) or every node (SCRIPT LOAD): the dead shard's part rides through too.
  const size = patient.dbSize();
  const found = patient.keys('killed:*');
  const sha = patient.scriptLoad('return 1');
  // A timeout shorter than the outage: the read rejects at its deadline, naming the shard.
  const short = timed(cluster.withCommandOptions({ timeout: 300 }).get(keys[0]!));
  // onMasterDown 'fail': at once.
  const fast = timed(failFast.get(keys[0]!));
  await servers.waitForFailover(master);
  const values = await reads;
  values.forEach((v, i) => expect(v).toBe(`v:${keys[i]}`));
  expect(await writes).toEqual(Array(20).fill('OK'));
  expect(await size).toBeGreaterThanOrEqual(keys.length);
  // (KEYS runs beside the writes above: their keys may or may not be in it yet.)
  expect(new Set((await found).filter((k) => !k.endsWith(':after')))).toEqual(new Set(keys));
  expect(await sha).toMatch(/^[0-9a-f]{40}$/);
  expectDeadlineNamingTheShard(await short, 300);
  expectFailedFast(await fast, master.port);
  expect(cluster.stats.retries).toBeGreaterThan(0);
  // Once the replica serves, the fail-fast client reads too (its refresh found the new master).
  expect(await failFast.withCommandOptions({ timeout: 10_000 }).get(keys[1]!).catch(async () => {
    await failFast.refreshTopology();
    return failFast.get(keys[1]!);
  })).toBe(`v:${keys[1]}`);
  await master.restart();
  await servers.waitForStable();
});

it('a master killed with commands in flight: writes are rejected as may-have-run, reads are retried', async () => {
  await servers.waitForStable();
  const master = servers.masters().find((m) => m.state === 'running' && servers.replicasOf(m).length > 0)!;
  const keys = keysOn(master, 'inflight', 50);
  await writeReplicated(keys);
  await master.pause(); // so the commands below are surely written and unanswered when it dies
  const writes = keys.map((k) => cluster.set(k, 'new').then(() => 'acknowledged', (e: unknown) => e));
  // Retried within their deadline: long enough for the failover on a loaded machine.
  const reads = Promise.all(keys.map((k) => cluster.withCommandOptions({ timeout: 30_000 }).get(k)));
  await new Promise((r) => setImmediate(r)); // the writes leave in this tick's flush
  await master.kill();
  for (const outcome of await Promise.all(writes)) {
    expect(outcome).toBeInstanceOf(Error);
    expect((outcome as { sent?: boolean }).sent).toBe(true);
    expect((outcome as Error).message).toMatch(/may have run/);
  }
  await servers.waitForFailover(master);
  // The reads were retried on the promoted replica.
  expect(await reads).toEqual(keys.map((k) => `v:${k}`));
  await master.restart();
  await servers.waitForStable();
});

it('never acknowledges a write that a master frozen past its failover will discard', async () => {
  await servers.waitForStable();
  const master = servers.masters().find((m) => m.state === 'running' && servers.replicasOf(m).length > 0)!;
  const keys = keysOn(master, 'frozen', 2_000);
  await writeReplicated(keys.slice(0, 10));
  const acknowledged: string[] = [];
  const rejected: unknown[] = [];
  let stop = false;
  let next = 0;
  // Unique key per write: a write is acknowledged exactly when its SET resolved with OK.
  const writer = async (): Promise<void> => {
    while (!stop && next < keys.length) {
      const key = keys[next++]!;
      await cluster.set(key, `v:${key}`).then(() => acknowledged.push(key), (e: unknown) => rejected.push(e));
    }
  };
  const writers = Promise.all(Array.from({ length: 20 }, writer));
  await waitUntil(() => acknowledged.length > 100);
  await master.pause();
  await servers.waitForFailover(master);
  await master.resume();
  await servers.waitForStable();
  stop = true;
  await writers;
  expect(rejected.length + acknowledged.length).toBe(next);
  // Every acknowledged write is on the cluster now (the frozen master's unreplicated ones are gone).
  const values = await Promise.all(acknowledged.map((k) => cluster.get(k)));
  const lost = acknowledged.filter((k, i) => values[i] !== `v:${k}`);
  expect(lost).toEqual([]);
  // Writes that were in flight on the frozen master were rejected with a reason, not acknowledged.
  for (const e of rejected) expect(String((e as Error).message)).toMatch(/may have run|timed out|failover/);
});

async function waitUntil(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 10));
  }
}

it('scanIterator survives a master killed mid-scan: every key once', async () => {
  await servers.waitForStable();
  const keys = Array.from({ length: 3_000 }, (_, i) => `scanfo:${i}`);
  await Promise.all(keys.map((k) => cluster.set(k, '1')));
  for (const master of servers.masters()) await master.command('WAIT', '1', '5000');
  const last = servers.slotOwner(16383);
  const found: string[] = [];
  let killed: Promise<unknown> | undefined;
  for await (const batch of cluster.scanIterator({ MATCH: 'scanfo:*', COUNT: 100 })) {
    found.push(...(batch as string[]));
    killed ??= last.kill().then(() => servers.waitForFailover(last));
  }
  await killed;
  expect(found.length).toBe(keys.length);
  expect(new Set(found)).toEqual(new Set(keys));
});

it('scan(cursor) across a failover: the new master is walked from the start, not with its old master\'s cursor', async () => {
  await servers.waitForStable();
  await cluster.refreshTopology();
  const master = servers.masters().find((m) => m.state === 'running' && servers.replicasOf(m).length > 0)!;
  const keys = keysOn(master, 'scanstep', 600);
  await writeReplicated(keys);
  // A cursor is `<slot where the master's walk begins>-<the master's cursor>-<its id>`.
  const first = cluster.slots.findIndex((shard) => shard?.master.port === master.port);
  const onMaster = (c: string): boolean => c.startsWith(`${first}-`) || (c === '0' && first === 0);
  const found = new Set<string>();
  let cursor = '0';
  while (!(onMaster(cursor) && cursor.split('-')[1] !== '0' && found.size >= keys.length / 2)) {
    const step = await cluster.scan(cursor, { MATCH: 'scanstep:*', COUNT: onMaster(cursor) ? 20 : 1_000 });
    for (const key of step.keys) found.add(key);
    cursor = step.cursor;
    expect(cursor).not.toBe('0');
  }
  // Same slots, another node: the old master's cursor means nothing to it (its own hash seed).
  const replica = servers.replicasOf(master)[0]!;
  await servers.failover(replica);
  await cluster.refreshTopology();
  expect(cluster.getSlotMaster(first).port).toBe(replica.port);
  let steps = 0;
  do {
    const step = await cluster.scan(cursor, { MATCH: 'scanstep:*', COUNT: 20 });
    for (const key of step.keys) found.add(key);
    cursor = step.cursor;
  } while (cursor !== '0' && ++steps < 10_000);
  expect(found).toEqual(new Set(keys));
});
