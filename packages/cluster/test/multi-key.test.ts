import { sharedCluster } from '@x/test-utils';
import { createCluster, CrossSlotError, keySlot, type RedisClusterType } from '../src';

// Multi-key commands split by slot and merged; all-shards commands fanned out and aggregated per
// Redis's own command tips. On the shared 3+3 cluster (keys under this file's own prefix).
const shared = sharedCluster();
let cluster: RedisClusterType;

beforeAll(async () => {
  cluster = await createCluster({ rootNodes: [{ socket: { host: '127.0.0.1', port: shared.masters()[0]!.port } }] }).connect();
});

afterAll(async () => {
  await cluster?.close();
});

/** `n` keys spread so that every master owns some. */
function spreadKeys(prefix: string, n: number): string[] {
  const keys = Array.from({ length: n }, (_, i) => `${prefix}:${i}`);
  const owners = new Set(keys.map((k) => shared.slotOwner(keySlot(k)).port));
  expect(owners.size).toBe(3);
  return keys;
}

async function calls(command: string): Promise<number> {
  let total = 0;
  for (const master of shared.masters()) {
    const line = (await master.info('commandstats'))[`cmdstat_${command}`];
    if (line !== undefined) total += Number(/calls=(\d+)/.exec(line)![1]);
  }
  return total;
}

it('MSET and MGET split by slot over all masters, replies in the caller\'s order', async () => {
  const keys = spreadKeys('mk:a', 60);
  expect(await cluster.mSet(keys.map((k) => [k, `v-${k}`] as [string, string]))).toBe('OK');
  const values = await cluster.mGet([...keys, 'mk:missing']);
  expect(values).toEqual([...keys.map((k) => `v-${k}`), null]);
});

it('sends one command per slot, not one per key', async () => {
  const tagged = ['{mk1}a', '{mk1}b', '{mk1}c', '{mk2}a', '{mk2}b'];
  await cluster.mSet(tagged.map((k) => [k, k] as [string, string]));
  const before = await calls('mget');
  expect(await cluster.mGet(tagged)).toEqual(tagged);
  expect((await calls('mget')) - before).toBe(2);
});

it('DEL, UNLINK, EXISTS and TOUCH sum their counts across slots', async () => {
  const keys = spreadKeys('mk:b', 30);
  await Promise.all(keys.map((k) => cluster.set(k, '1')));
  expect(await cluster.exists([...keys, 'mk:none'])).toBe(30);
  expect(await cluster.touch(keys)).toBe(30);
  expect(await cluster.del(keys.slice(0, 10))).toBe(10);
  expect(await cluster.unlink(keys)).toBe(20);
  expect(await cluster.exists(keys)).toBe(0);
});

it('DEL, EXISTS, MGET, TOUCH and UNLINK of one key take the ordinary single-command path', async () => {
  const key = 'mk:one';
  await cluster.set(key, 'v');
  expect(await cluster.exists(key)).toBe(1);
  expect(await cluster.mGet([key])).toEqual(['v']);
  expect(await cluster.touch(key)).toBe(1);
  expect(await cluster.del(key)).toBe(1);
  await cluster.set(key, 'v');
  expect(await cluster.unlink([key])).toBe(1);
  expect(await cluster.exists([key])).toBe(0);
});

it('refuses a command that cannot be split, before sending anything, naming the slots', async () => {
  const before = await calls('sinterstore');
  const error = await cluster.sendCommand(undefined, false, ['PING']).then(() =>
    cluster.sInter(['mk:set:1', 'mk:set:2']).catch((e: unknown) => e),
  );
  // sInter is not multi_shard: keys in two slots are a CROSSSLOT refused locally.
  expect(error).toBeInstanceOf(CrossSlotError);
  expect((error as CrossSlotError).slots.sort()).toEqual([keySlot('mk:set:1'), keySlot('mk:set:2')].sort());
  expect(await calls('sinterstore')).toBe(before);
  expect(await calls('sinter')).toBe(0);
});

it('DBSIZE is the sum of the masters\' DBSIZE; KEYS is the union; PING answers PONG', async () => {
  const keys = spreadKeys('mk:c', 40);
  await Promise.all(keys.map((k) => cluster.set(k, '1')));
  let expected = 0;
  for (const master of shared.masters()) expected += await master.integer('DBSIZE');
  expect(await cluster.dbSize()).toBe(expected);
  const found = await cluster.keys('mk:c:*');
  expect(found.sort()).toEqual([...keys].sort());
  expect(await cluster.ping()).toBe('PONG');
});

it('SCRIPT LOAD reaches every node (replicas too) and SCRIPT EXISTS is true only when all have it', async () => {
  const sha = await cluster.scriptLoad('return "mk-script"');
  for (const node of shared.nodes) expect(await node.command('SCRIPT', 'EXISTS', sha)).toEqual([1]);
  expect(await cluster.scriptExists([sha, '0'.repeat(40)])).toEqual([1, 0]);
});

it('scanIterator returns every key exactly once; scan(cursor) walks every master', async () => {
  const keys = spreadKeys('mk:scan', 2_000);
  await Promise.all(keys.map((k) => cluster.set(k, '1')));
  const found: string[] = [];
  for await (const batch of cluster.scanIterator({ MATCH: 'mk:scan:*', COUNT: 100 })) found.push(...(batch as string[]));
  expect(found.length).toBe(keys.length);
  expect(new Set(found)).toEqual(new Set(keys));
  const stepped = new Set<string>();
  let cursor = '0';
  let steps = 0;
  do {
    const reply = await cluster.scan(cursor, { MATCH: 'mk:scan:*', COUNT: 500 });
    cursor = reply.cursor;
    for (const k of reply.keys) stepped.add(k);
    steps++;
  } while (cursor !== '0' && steps < 10_000);
  expect(stepped).toEqual(new Set(keys));
});
