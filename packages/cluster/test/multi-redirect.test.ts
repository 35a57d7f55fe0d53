import { startCluster, type RedisCluster as TestCluster } from '@x/test-utils';
import { createCluster, keySlot, MultiErrorReply, ReplyError, type RedisClusterType } from '../src';

// Transactions while slots move under the client: MOVED and ASK re-run the whole transaction on the
// node named. Its own cluster: the slots really move.
jest.setTimeout(90_000);

let servers: TestCluster;
let cluster: RedisClusterType;

beforeAll(async () => {
  servers = await startCluster({ masters: 3, replicas: 1 });
  cluster = await createCluster({
    rootNodes: [{ socket: { host: '127.0.0.1', port: servers.masters()[0]!.port } }],
    // Only redirects update the client's map here: the tests move slots behind its back.
    topologyRefreshInterval: 0,
    // Room for a transaction that backs off (TRYAGAIN) until a migration finishes.
    maxCommandRedirections: 30,
  }).connect();
});

afterAll(async () => {
  await cluster?.close();
  await servers?.stop();
});

function otherMaster(slot: number): ReturnType<TestCluster['slotOwner']> {
  const from = servers.slotOwner(slot);
  return servers.masters().find((m) => m !== from)!;
}

it('MOVED: the whole transaction runs again on the new owner, once', async () => {
  const tag = '{moved}';
  const slot = keySlot(tag);
  await cluster.set(`${tag}a`, 'before');
  const from = servers.slotOwner(slot);
  const to = otherMaster(slot);
  expect(cluster.getSlotMaster(slot).port).toBe(from.port);
  await (await servers.migrateSlot(slot, from, to)).finish();

  const moved = cluster.stats.moved;
  // The client still routes the slot to `from`: MOVED on the first queued command aborts it there.
  const replies = await cluster.multi().incr(`${tag}n`).get(`${tag}a`).set(`${tag}a`, 'after').exec();
  expect(replies).toEqual([1, 'before', 'OK']);
  expect(cluster.stats.moved).toBe(moved + 1);
  expect(cluster.getSlotMaster(slot).port).toBe(to.port);
  // It ran once, on the new owner (an INCR run twice would read 2).
  expect(await to.command('GET', `${tag}n`)).toBe('1');
  expect(await to.command('GET', `${tag}a`)).toBe('after');
});

it('ASK: the transaction runs on the importing node after ASKING, whole, and the map stays', async () => {
  const tag = '{ask}';
  const slot = keySlot(tag);
  await cluster.mSet([
    [`${tag}0`, 'zero'],
    [`${tag}1`, 'one'],
  ]);
  const from = servers.slotOwner(slot);
  const to = otherMaster(slot);
  const migration = await servers.migrateSlot(slot, from, to, { stopHalfway: true, keysBeforeStop: 1 });
  try {
    expect(migration.movedKeys).toHaveLength(1);
    const migrated = migration.movedKeys[0]!;
    const stayed = migration.remainingKeys[0]!;
    const value = (key: string) => (key.endsWith('0') ? 'zero' : 'one');

    // A key already on the target: the source answers ASK, the target runs it after ASKING.
    const ask = cluster.stats.ask;
    expect(await cluster.multi().append(migrated, '!').get(migrated).exec()).toEqual([value(migrated).length + 1, `${value(migrated)}!`]);
    expect(cluster.stats.ask).toBe(ask + 1);
    // A new key (on neither): the same.
    expect(await cluster.multi().set(`${tag}new`, 'n').get(`${tag}new`).exec()).toEqual(['OK', 'n']);
    expect(cluster.stats.ask).toBe(ask + 2);
    // A key still on the source: no redirect.
    expect(await cluster.multi().get(stayed).exec()).toEqual([value(stayed)]);
    expect(cluster.stats.ask).toBe(ask + 2);
    // ASK leaves the map alone.
    expect(cluster.getSlotMaster(slot).port).toBe(from.port);
    expect(await to.command('ASKING').then(() => to.command('GET', `${tag}new`))).toBe('n');

    // Keys on both sides: no node can serve both mid-migration (the target answers EXEC with
    // TRYAGAIN), so it backs off and retries — until the migration is over, then it runs once.
    const retries = cluster.stats.retries;
    const both = cluster.multi().get(migrated).get(stayed).incr(`${tag}count`).exec();
    const finished = migration.finish();
    expect(await both).toEqual([`${value(migrated)}!`, value(stayed), 1]);
    await finished;
    expect(cluster.stats.retries).toBeGreaterThan(retries);
    expect(await to.command('GET', `${tag}count`)).toBe('1');
  } finally {
    await migration.finish();
  }
});

it('an error that is not retried rejects as itself after a redirect, not as MaxRedirectionsError', async () => {
  // One redirect allowed: an ASK, then the command's own error on the target.
  const strict = await createCluster({
    rootNodes: [{ socket: { host: '127.0.0.1', port: servers.masters()[0]!.port } }],
    topologyRefreshInterval: 0,
    maxCommandRedirections: 1,
  }).connect();
  const tag = '{final}';
  const slot = keySlot(tag);
  const key = `${tag}string`;
  await cluster.set(key, 'not a list');
  const from = servers.slotOwner(slot);
  const migration = await servers.migrateSlot(slot, from, otherMaster(slot), { stopHalfway: true, keysBeforeStop: 1 });
  try {
    expect(migration.movedKeys).toEqual([key]);
    const ask = strict.stats.ask;
    // A command: ASK to the target, where LPUSH on a string is WRONGTYPE.
    const wrongType = await strict.lPush(key, 'x').catch((e: unknown) => e);
    expect(wrongType).toBeInstanceOf(ReplyError);
    expect((wrongType as ReplyError).code).toBe('WRONGTYPE');
    // A transaction: ASK aborts it on the source, it runs again on the target, where its LPUSH fails.
    const runTime = await strict.multi().lPush(key, 'x').exec().catch((e: unknown) => e);
    expect(runTime).toBeInstanceOf(MultiErrorReply);
    expect((runTime as MultiErrorReply).errorIndexes).toEqual([0]);
    expect(strict.stats.ask).toBe(ask + 2);
  } finally {
    await migration.finish();
    await strict.close();
  }
});
