import { done, notYet, startCluster, waitFor, type ClusterNode as TestNode, type RedisCluster as TestCluster } from '@x/test-utils';
import { createCluster, keySlot, type RedisClusterType } from '../src';

// A blocking command on a dedicated connection still follows the cluster: the server lets a
// blocked client go with MOVED when its slot leaves the node, and with UNBLOCKED when the node
// becomes a replica; the attempt engine sends it on to where the slot is served now.
jest.setTimeout(120_000);

let servers: TestCluster;
let cluster: RedisClusterType;

beforeAll(async () => {
  servers = await startCluster({ masters: 3, replicas: 1 });
  cluster = await createCluster({ rootNodes: [{ socket: { host: '127.0.0.1', port: servers.masters()[0]!.port } }] }).connect();
});

afterAll(async () => {
  await cluster?.close();
  await servers?.stop();
});

function blocked(node: TestNode, n: number): Promise<void> {
  return waitFor(`${n} blocked clients on ${node.port}`, async () => {
    const now = Number((await node.info('clients'))['blocked_clients']);
    return now === n ? done(undefined) : notYet(`${now} blocked`);
  }, { timeoutMs: 20_000 });
}

it('a blocked BLPOP follows MOVED when its slot migrates to another master', async () => {
  const key = '{blk-move}:list';
  const slot = keySlot(key);
  const from = servers.slotOwner(slot);
  const to = servers.masters().find((m) => m !== from)!;
  const movedBefore = cluster.stats.moved;
  const pop = cluster.blPop(key, 0);
  await blocked(from, 1);

  await servers.moveSlots([slot], to);
  // The source unblocks it with MOVED (its cron looks at blocked clients); it blocks on the target now.
  await blocked(to, 1);
  await blocked(from, 0);
  expect(cluster.stats.moved).toBeGreaterThan(movedBefore);
  // Meanwhile the target's shared connection serves other commands.
  expect(await cluster.set('{blk-move}:plain', '1')).toBe('OK');

  await cluster.rPush(key, 'moved');
  expect(await pop).toEqual({ key, element: 'moved' });
});

it('a blocked BLPOP rides a failover: its master becomes a replica, the command goes on to the new master', async () => {
  const key = '{blk-failover}:list';
  const slot = keySlot(key);
  const master = servers.slotOwner(slot);
  const replica = servers.replicasOf(master)[0]!;
  const pop = cluster.blPop(key, 0);
  await blocked(master, 1);

  await servers.failover(replica);
  await blocked(replica, 1);
  await cluster.rPush(key, 'after-failover');
  expect(await pop).toEqual({ key, element: 'after-failover' });
  expect(cluster.getSlotMaster(slot).port).toBe(replica.port);
});

it('XREAD BLOCK follows a migration too, and still sees the entry added after', async () => {
  const key = '{blk-stream}:s';
  const slot = keySlot(key);
  const from = servers.slotOwner(slot);
  const to = servers.masters().find((m) => m !== from)!;
  await cluster.xAdd(key, '*', { first: '1' });
  const read = cluster.xRead({ key, id: '$' }, { BLOCK: 0 });
  await blocked(from, 1);
  await servers.moveSlots([slot], to);
  await blocked(to, 1);
  const id = await cluster.xAdd(key, '*', { second: '2' });
  const reply = await read;
  expect(JSON.parse(JSON.stringify(reply))).toEqual([{ name: key, messages: [{ id, message: { second: '2' } }] }]);
});

it('a BLPOP on a key of a slot half-migrated follows ASK, blocks on the target, and is served there', async () => {
  const key = '{blk-ask}:list';
  const slot = keySlot(key);
  const from = servers.slotOwner(slot);
  const to = servers.masters().find((m) => m !== from)!;
  const migration = await servers.migrateSlot(slot, from, to, { stopHalfway: true });
  try {
    const askBefore = cluster.stats.ask;
    // The list does not exist on the source: it answers ASK, and the BLPOP blocks on the target (after ASKING).
    const pop = cluster.blPop(key, 0);
    await blocked(to, 1);
    expect(cluster.stats.ask).toBeGreaterThan(askBefore);
    expect(Number((await from.info('clients'))['blocked_clients'])).toBe(0);
    await migration.finish();
    await cluster.rPush(key, 'asked');
    expect(await pop).toEqual({ key, element: 'asked' });
  } finally {
    if (!migration.finished) await migration.finish();
  }
});
