import { startCluster, waitFor, done, notYet, type RedisCluster as TestCluster } from '@x/test-utils';
import { keyMasterSender, scanHashValues } from '@x/client/node-connection';
import { createCluster } from '../src';

// useReplicas spreads reads over the replicas (proven by their INFO commandstats); writes stay on
// masters. minimizeConnections connects only where commands go (proven by CLIENT LIST).
jest.setTimeout(120_000);

let servers: TestCluster;

beforeAll(async () => {
  // A replication ping every second, so Redis 7.0 soon reports the replicas online (it calls a
  // replica "loading" while its replication offset is 0).
  servers = await startCluster({ masters: 3, replicas: 1, config: { 'repl-ping-replica-period': 1 } });
  const first = servers.masters()[0]!;
  await waitFor('replicas reported online', async () => {
    const shards = JSON.stringify(await first.command('CLUSTER', 'SHARDS'));
    return shards.includes('"loading"') ? notYet('a replica is loading') : done(true);
  }, { timeoutMs: 30_000, intervalMs: 200 });
});

afterAll(async () => {
  await servers?.stop();
});

async function commandCalls(port: number, command: string): Promise<number> {
  const node = servers.nodes.find((n) => n.port === port)!;
  const stats = await node.info('commandstats');
  const line = stats[`cmdstat_${command}`];
  return line === undefined ? 0 : Number(/calls=(\d+)/.exec(line)![1]);
}

it('with useReplicas, reads are served by replicas as well as masters; writes only by masters', async () => {
  const cluster = await createCluster({
    rootNodes: [{ socket: { host: '127.0.0.1', port: servers.nodes[0]!.port } }],
    useReplicas: true,
  }).connect();
  const keys = Array.from({ length: 600 }, (_, i) => `ro:${i}`);
  await Promise.all(keys.map((k) => cluster.set(k, k)));
  const before = await Promise.all(servers.replicas().map((r) => commandCalls(r.port, 'get')));
  const setsOnReplicas = await Promise.all(servers.replicas().map((r) => commandCalls(r.port, 'set')));
  expect(await Promise.all(keys.map((k) => cluster.get(k)))).toEqual(keys);
  const after = await Promise.all(servers.replicas().map((r) => commandCalls(r.port, 'get')));
  // Every replica served part of the reads.
  after.forEach((calls, i) => expect(calls - before[i]!).toBeGreaterThan(50));
  // No SET was sent to a replica (the replicas only apply the replication stream, not counted as calls of ours).
  expect(await Promise.all(servers.replicas().map((r) => commandCalls(r.port, 'set')))).toEqual(setsOnReplicas);
  await cluster.close();
});

it('without useReplicas, replicas serve nothing', async () => {
  const cluster = await createCluster({ rootNodes: [{ socket: { host: '127.0.0.1', port: servers.nodes[0]!.port } }] }).connect();
  const before = await Promise.all(servers.replicas().map((r) => commandCalls(r.port, 'get')));
  await Promise.all(Array.from({ length: 300 }, (_, i) => cluster.get(`ro:${i}`)));
  expect(await Promise.all(servers.replicas().map((r) => commandCalls(r.port, 'get')))).toEqual(before);
  await cluster.close();
});

it("with useReplicas, a hash's value iterator still scans on the key's master (a cursor is that node's)", async () => {
  const cluster = await createCluster({
    rootNodes: [{ socket: { host: '127.0.0.1', port: servers.nodes[0]!.port } }],
    useReplicas: true,
  }).connect();
  try {
    const fields = Array.from({ length: 1000 }, (_, i) => `f${i}`);
    await cluster.sendCommand('scan:hv', false, ['HSET', 'scan:hv', ...fields.flatMap((f) => [f, `v-${f}`])]);
    const master = servers.slotOwner(await servers.keySlot('scan:hv'));
    const onMasterBefore = await commandCalls(master.port, 'hscan');
    const onReplicasBefore = await Promise.all(servers.replicas().map((r) => commandCalls(r.port, 'hscan')));
    const seen = new Set<unknown>();
    let steps = 0;
    for await (const values of scanHashValues(keyMasterSender(cluster, 'scan:hv'), 'scan:hv', { COUNT: 100 })) {
      steps++;
      for (const value of values) seen.add(value);
      if (steps > 1000) throw new Error('the scan does not end');
    }
    expect(seen).toEqual(new Set(fields.map((f) => `v-${f}`)));
    expect(await commandCalls(master.port, 'hscan')).toBe(onMasterBefore + steps);
    expect(await Promise.all(servers.replicas().map((r) => commandCalls(r.port, 'hscan')))).toEqual(onReplicasBefore);
  } finally {
    await cluster.close();
  }
});

async function ourConnections(name: string): Promise<number[]> {
  return Promise.all(
    servers.nodes.map(async (node) => ((await node.text('CLIENT', 'LIST')).match(new RegExp(`name=${name} `, 'g')) ?? []).length),
  );
}

it('with minimizeConnections, connect() opens no node connection; a command opens only its node\'s', async () => {
  const name = 'minimize-probe';
  const cluster = await createCluster({
    rootNodes: [{ socket: { host: '127.0.0.1', port: servers.nodes[0]!.port } }],
    defaults: { name },
    minimizeConnections: true,
  }).connect();
  // The discovery connection to the root node is closed once the topology is read.
  await waitFor('no connection of ours left', async () => {
    const counts = await ourConnections(name);
    return counts.every((c) => c === 0) ? done(true) : notYet(counts.join(','));
  }, { timeoutMs: 5_000, intervalMs: 20 });
  await cluster.set('minimize:key', 'v');
  const counts = await ourConnections(name);
  expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
  expect(counts[servers.nodes.indexOf(servers.slotOwner(await servers.keySlot('minimize:key')))]).toBe(1);
  await cluster.close();
});

it('without minimizeConnections, connect() opens one connection per master', async () => {
  const name = 'eager-probe';
  const cluster = await createCluster({
    rootNodes: [{ socket: { host: '127.0.0.1', port: servers.nodes[0]!.port } }],
    defaults: { name },
  }).connect();
  const counts = await ourConnections(name);
  servers.nodes.forEach((node, i) => expect(counts[i]).toBe(node.role === 'master' ? 1 : 0));
  await cluster.close();
});

it('flushAll empties every master (and so every replica)', async () => {
  const cluster = await createCluster({ rootNodes: [{ socket: { host: '127.0.0.1', port: servers.nodes[0]!.port } }] }).connect();
  await Promise.all(Array.from({ length: 300 }, (_, i) => cluster.set(`flush:${i}`, 'x')));
  for (const master of servers.masters()) expect(await master.integer('DBSIZE')).toBeGreaterThan(0);
  expect(await cluster.flushAll()).toBe('OK');
  for (const master of servers.masters()) expect(await master.integer('DBSIZE')).toBe(0);
  expect(await cluster.dbSize()).toBe(0);
  await cluster.close();
});
