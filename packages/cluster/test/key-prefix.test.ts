import { sharedCluster } from '@x/test-utils';
import { createCluster, InvalidOptionError, keySlot, type RedisClusterType } from '../src';

// keyPrefix on a cluster: every command is routed by the slot of its prefixed key. The keys here
// are chosen so that the prefixed and the unprefixed name live on different masters: a command
// routed by the unprefixed name would be answered MOVED (and still succeed after the redirect), so
// the cluster's own redirect count must stay 0 and the data must sit on the prefixed key's owner.
const PREFIX = 'kp:';
const shared = sharedCluster();
const rootNodes = () => [{ socket: { host: '127.0.0.1', port: shared.masters()[0]!.port } }];
const ownerOf = (key: string) => shared.slotOwner(keySlot(key));
let cluster: RedisClusterType;

/** A key whose prefixed form is owned by another master than the key itself. */
function keyMovedByPrefix(base: string): string {
  for (let i = 0; ; i++) {
    const key = `${base}:${i}`;
    if (ownerOf(key).port !== ownerOf(PREFIX + key).port) return key;
  }
}

beforeAll(async () => {
  cluster = await createCluster({ rootNodes: rootNodes(), keyPrefix: PREFIX }).connect();
});

afterAll(async () => {
  await cluster?.close();
});

it('routes a command by its prefixed key: no redirect, the data on the prefixed key\'s master', async () => {
  const key = keyMovedByPrefix('kp-route');
  const moved = cluster.stats.moved;
  expect(await cluster.set(key, 'v')).toBe('OK');
  expect(await cluster.get(key)).toBe('v');
  expect(await cluster.incrBy(`${key}:n`, 2)).toBe(2);
  expect(cluster.stats.moved).toBe(moved);
  expect(await ownerOf(PREFIX + key).command('GET', PREFIX + key)).toBe('v');
  expect(await ownerOf(key).command('EXISTS', key)).toBe(0);
});

it('routes transactions, scripts and blocking pops by the prefixed key', async () => {
  const key = keyMovedByPrefix('kp-multi');
  const list = keyMovedByPrefix('kp-list');
  const moved = cluster.stats.moved;
  const ask = cluster.stats.ask;
  expect(await cluster.multi().set(key, '1').incr(key).get(key).exec()).toEqual(['OK', 2, '2']);
  expect(await cluster.eval("return redis.call('GET', KEYS[1])", { keys: [key] })).toBe('2');
  await ownerOf(PREFIX + list).command('RPUSH', PREFIX + list, 'x');
  // The reply names the key as stored: prefixed (as node-redis, which never strips it).
  expect(await cluster.blPop(list, 1)).toEqual({ key: PREFIX + list, element: 'x' });
  expect(cluster.stats.moved).toBe(moved);
  expect(cluster.stats.ask).toBe(ask);
});

it('splits a multi-key command by the slots of the prefixed keys', async () => {
  const keys = Array.from({ length: 30 }, (_, i) => `kp-split:${i}`);
  const owners = new Set(keys.map((k) => ownerOf(PREFIX + k).port));
  expect(owners.size).toBe(3);
  const moved = cluster.stats.moved;
  expect(await cluster.mSet(keys.map((k) => [k, k] as [string, string]))).toBe('OK');
  expect(await cluster.mGet(keys)).toEqual(keys);
  expect(await cluster.del(keys)).toBe(30);
  expect(cluster.stats.moved).toBe(moved);
});

it('checks a transaction\'s keys by their prefixed slots (a hash tag keeps them together)', async () => {
  // '{t}a' and '{t}b' share a slot prefixed or not; the transaction runs.
  expect(await cluster.multi().set('{t}a', '1').set('{t}b', '2').exec()).toEqual(['OK', 'OK']);
  expect(await ownerOf(`${PREFIX}{t}a`).command('MGET', `${PREFIX}{t}a`, `${PREFIX}{t}b`)).toEqual(['1', '2']);
});

it('a node client (nodeClient) has no prefix, as node-redis\'s', async () => {
  const key = 'kp-node';
  const client = await cluster.nodeClient(cluster.getSlotMaster(keySlot(key)));
  await client.set(key, 'raw');
  expect(await ownerOf(key).command('GET', key)).toBe('raw');
});

describe('options', () => {
  it('takes a string or a Buffer; refuses anything else with an InvalidOptionError naming keyPrefix', () => {
    expect(() => createCluster({ rootNodes: rootNodes(), keyPrefix: Buffer.from('b:') })).not.toThrow();
    expect(() => createCluster({ rootNodes: rootNodes(), keyPrefix: 5 as unknown as string })).toThrow(
      expect.objectContaining({ constructor: InvalidOptionError, message: expect.stringContaining('keyPrefix') }),
    );
  });

  it('refuses a keyPrefix in defaults or a root node (it would never apply): a cluster-wide option', () => {
    const inDefaults = () => createCluster({ rootNodes: rootNodes(), defaults: { keyPrefix: 'p:' } as object });
    const inRoot = () => createCluster({ rootNodes: [{ ...rootNodes()[0]!, keyPrefix: 'p:' } as object] });
    expect(inDefaults).toThrow(InvalidOptionError);
    expect(inDefaults).toThrow(/defaults\.keyPrefix/);
    expect(inRoot).toThrow(/rootNodes\[0\]\.keyPrefix/);
  });
});
