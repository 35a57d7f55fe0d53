import { startCluster, waitFor, done, notYet, type RedisCluster as TestCluster } from '@x/test-utils';
import { createCluster, TimeoutError, type RedisClusterType } from '../src';

// A master restarted in place (no replica to fail over to): while it is down and while it answers
// CLUSTERDOWN after coming back, commands are retried and callers see no error (within their timeout). And a node that
// stops answering: the command timeout covers commands already written to it.
jest.setTimeout(120_000);

let servers: TestCluster;
let cluster: RedisClusterType;

beforeAll(async () => {
  servers = await startCluster({ masters: 3, replicas: 0 });
  cluster = await createCluster({ rootNodes: servers.nodes.map((n) => ({ socket: { host: '127.0.0.1', port: n.port } })) }).connect();
});

afterAll(async () => {
  await cluster?.close();
  await servers?.stop();
});

it('retries through a master restart (refused connections, then CLUSTERDOWN): callers see no error', async () => {
  const master = servers.nodes[0]!;
  const keys: string[] = [];
  for (let i = 0; keys.length < 50; i++) if (servers.slotOwner(await servers.keySlot(`restart:${i}`)) === master) keys.push(`restart:${i}`);
  await Promise.all(keys.map((k) => cluster.set(k, k)));
  await master.command('SAVE'); // the restarted node loads its keys from the RDB file
  const retriesBefore = cluster.stats.retries;
  await master.kill('SIGKILL');
  // Wait until the survivors declare the cluster down: from then on they answer CLUSTERDOWN.
  const survivor = servers.nodes[1]!;
  await waitFor('cluster_state:fail', async () => ((await survivor.text('CLUSTER', 'INFO')).includes('cluster_state:fail') ? done(true) : notYet('ok')), { timeoutMs: 20_000 });
  await expect(survivor.command('GET', 'restart:any')).rejects.toMatchObject({ code: 'CLUSTERDOWN' });
  const elsewhere: string[] = [];
  for (let i = 0; elsewhere.length < 20; i++) if (servers.slotOwner(await servers.keySlot(`up:${i}`)) !== master) elsewhere.push(`up:${i}`);
  // Each command's timeout is its deadline, waits included: long enough here for the restart.
  const patient = cluster.withCommandOptions({ timeout: 60_000 });
  const onHealthyNodes = Promise.all(elsewhere.map((k) => patient.set(k, 'y')));
  const pending = Promise.all(keys.map((k) => patient.get(k)));
  const writes = Promise.all(keys.map((k) => patient.set(`${k}:new`, 'x')));
  await master.restart();
  expect(await pending).toEqual(keys);
  expect(await writes).toEqual(keys.map(() => 'OK'));
  expect(await onHealthyNodes).toEqual(elsewhere.map(() => 'OK'));
  expect(cluster.stats.retries).toBeGreaterThan(retriesBefore);
  await servers.waitForStable();
});

it('a frozen node: commands already written to it time out (they may have run); the others are unaffected', async () => {
  const frozen = servers.nodes[1]!;
  let key = 'frozen:0';
  for (let i = 1; servers.slotOwner(await servers.keySlot(key)) !== frozen; i++) key = `frozen:${i}`;
  let other = 'other:0';
  for (let i = 1; servers.slotOwner(await servers.keySlot(other)) === frozen; i++) other = `other:${i}`;
  await frozen.pause();
  try {
    const started = Date.now();
    const error = await cluster.withCommandOptions({ timeout: 300 }).get(key).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).sent).toBe(true);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await cluster.set(other, 'fine')).toBe('OK');
  } finally {
    await frozen.resume();
  }
  await servers.waitForStable();
  expect(await cluster.get(key)).toBeNull();
});
