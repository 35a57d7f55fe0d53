import { startCluster, type RedisCluster as TestCluster } from '@x/test-utils';
import { createCluster, keySlot, type RedisClusterType } from '../src';

// A live slot migration while the client is busy: ASK while the slot is half-moved, MOVED after.
jest.setTimeout(60_000);

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

/** Keys that all hash to one slot (a hash tag) and that slot. */
function keysInOneSlot(tag: string, n: number): { keys: string[]; slot: number } {
  const keys = Array.from({ length: n }, (_, i) => `{${tag}}:${i}`);
  return { keys, slot: keySlot(keys[0]!) };
}

it('follows ASK during a migration and MOVED after it, with no error for callers while busy', async () => {
  const { keys, slot } = keysInOneSlot('mig', 200);
  await Promise.all(keys.map((k, i) => cluster.set(k, String(i))));
  const from = servers.slotOwner(slot);
  const to = servers.masters().find((m) => m !== from)!;

  // Keep the client busy on the migrating slot for the whole migration.
  let stop = false;
  let ops = 0;
  const errors: unknown[] = [];
  const busy = (async () => {
    while (!stop && errors.length < 10) {
      const i = ops++ % keys.length;
      try {
        const value = await cluster.get(keys[i]!);
        if (value !== String(i)) errors.push(new Error(`${keys[i]} read ${String(value)}`));
      } catch (error) {
        errors.push(error);
      }
    }
  })();

  const before = { ...cluster.stats };
  const migration = await servers.migrateSlot(slot, from, to, { stopHalfway: true, keysBeforeStop: 100 });
  // Half the keys live on the target now: reading every key must follow ASK for those.
  const halfway = await Promise.all(keys.map((k) => cluster.get(k)));
  halfway.forEach((v, i) => expect(v).toBe(String(i)));
  expect(cluster.stats.ask).toBeGreaterThan(before.ask);
  // ASK leaves the map alone: the slot still routes to the source.
  expect(cluster.getSlotMaster(slot).port).toBe(from.port);

  // A write of a new key in the migrating slot goes to the target via ASK (missing on the source).
  expect(await cluster.set('{mig}:new', 'fresh')).toBe('OK');
  await to.command('ASKING'); // the target serves an importing slot only after ASKING
  expect(await to.command('GET', '{mig}:new')).toBe('fresh');

  const movedBefore = cluster.stats.moved;
  await migration.finish();
  const after = await Promise.all(keys.map((k) => cluster.get(k)));
  after.forEach((v, i) => expect(v).toBe(String(i)));
  expect(cluster.stats.moved).toBeGreaterThan(movedBefore);
  // MOVED patched the slot at once: the map points at the target, and no further MOVED.
  expect(cluster.getSlotMaster(slot).port).toBe(to.port);
  const settled = cluster.stats.moved;
  await Promise.all(keys.map((k) => cluster.get(k)));
  expect(cluster.stats.moved).toBe(settled);

  stop = true;
  await busy;
  expect(errors).toEqual([]);
  expect(ops).toBeGreaterThan(0);
});

it('redirects only the command that got MOVED when commands for one node share a write', async () => {
  const { keys: moving, slot } = keysInOneSlot('pipe', 20);
  const from = servers.slotOwner(slot);
  // Other keys on the same source node, in other slots.
  const staying: string[] = [];
  for (let i = 0; staying.length < 20; i++) {
    const key = `stay:${i}`;
    const s = keySlot(key);
    if (s !== slot && servers.slotOwner(s) === from) staying.push(key);
  }
  await Promise.all([...moving, ...staying].map((k) => cluster.set(k, k)));
  const to = servers.masters().find((m) => m !== from)!;
  await (await servers.migrateSlot(slot, from, to)).finish();
  const movedBefore = cluster.stats.moved;
  // One tick: all 40 GETs go to the source in one write; only the moved slot's 20 come back MOVED.
  const values = await Promise.all([...moving, ...staying].map((k) => cluster.get(k)));
  expect(values).toEqual([...moving, ...staying]);
  expect(cluster.stats.moved - movedBefore).toBe(20);
});

it('scanIterator yields each of 10k keys exactly once while slots migrate under it', async () => {
  const keys = Array.from({ length: 10_000 }, (_, i) => `scanmig:${i}`);
  await Promise.all(keys.map((k) => cluster.set(k, '1')));
  const first = servers.slotOwner(0);
  const last = servers.slotOwner(16383);
  // Slots of the master scanned last, holding keys, that will move to the master scanned first.
  const moving = [...new Set(keys.map((k) => keySlot(k)))].filter((s) => servers.slotOwner(s) === last).slice(0, 40);
  const found: string[] = [];
  let migrated: Promise<void> | undefined;
  for await (const batch of cluster.scanIterator({ MATCH: 'scanmig:*', COUNT: 200 })) {
    found.push(...(batch as string[]));
    migrated ??= servers.moveSlots(moving, first);
  }
  await migrated;
  expect(found.length).toBe(keys.length);
  expect(new Set(found)).toEqual(new Set(keys));
});

/** A tag whose keys hash to `slot`. */
function tagFor(slot: number, prefix: string): string {
  for (let i = 0; ; i++) if (keySlot(`{${prefix}-${i}}`) === slot) return `${prefix}-${i}`;
}

/**
 * Walks `scan(cursor)` over keys in the second master's first slot (fB) and its next owned slot, and
 * moves fB to `to(first master, last master)` once the walk is half-way through the second master.
 */
async function scanAcrossMove(prefix: string, to: (first: string, last: string) => string): Promise<{ keys: string[]; found: Set<string> }> {
  await cluster.refreshTopology();
  // The walk goes master by master in slot order; `b` is the second, its walk begins at slot fB.
  const order = [...new Set(cluster.slots.map((shard) => shard?.master.address))].filter((a) => a !== undefined);
  const b = order[1]!;
  const fB = cluster.slots.findIndex((shard) => shard?.master.address === b);
  const nextOfB = cluster.slots.findIndex((shard, slot) => slot > fB && shard?.master.address === b);
  const tags = [tagFor(fB, prefix), tagFor(nextOfB, prefix)];
  // Enough keys on b that its walk takes many steps.
  const keys = tags.flatMap((tag) => Array.from({ length: 400 }, (_, i) => `{${tag}}:${i}`));
  await Promise.all(keys.map((k) => cluster.set(k, '1')));
  const match = `{${prefix}-*}:*`;

  const found = new Set<string>();
  let cursor = '0';
  // A cursor is `<slot where the master's walk begins>-<the master's cursor>-<its id>`.
  const onB = (c: string): boolean => c.startsWith(`${fB}-`);
  while (!(onB(cursor) && cursor.split('-')[1] !== '0' && found.size >= keys.length / 2)) {
    const step = await cluster.scan(cursor, { MATCH: match, COUNT: onB(cursor) ? 20 : 1_000 });
    for (const key of step.keys) found.add(key);
    cursor = step.cursor;
    expect(cursor).not.toBe('0');
  }
  // The cursor's slot is no longer where any walk begins, and b's cursor means nothing elsewhere.
  const target = to(order[0]!, order[order.length - 1]!);
  await servers.moveSlots([fB], servers.nodes.find((n) => `${n.host}:${n.port}` === target)!);
  await cluster.refreshTopology();
  expect(cluster.slots[fB]!.master.address).toBe(target);
  let steps = 0;
  do {
    const step = await cluster.scan(cursor, { MATCH: match, COUNT: 20 });
    for (const key of step.keys) found.add(key);
    cursor = step.cursor;
  } while (cursor !== '0' && ++steps < 10_000);
  return { keys, found };
}

it('scan(cursor): a cursor whose slot moved to an earlier master walks that master again (b\'s cursor is never sent there)', async () => {
  const { keys, found } = await scanAcrossMove('a6first', (first) => first);
  expect(found).toEqual(new Set(keys));
});

it('scan(cursor): a cursor whose slot moved to a later master goes on with the masters not walked yet', async () => {
  const { keys, found } = await scanAcrossMove('a6last', (_first, last) => last);
  expect(found).toEqual(new Set(keys));
});
