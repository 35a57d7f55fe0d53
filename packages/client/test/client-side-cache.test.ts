import { startRedisServer, waitFor, done, notYet, type RedisServer } from '@x/test-utils';
import {
  BasicClientSideCache,
  BasicPooledClientSideCache,
  ClientSideCacheCommandError,
  createClient,
  createClientPool,
  InvalidOptionError,
  RESP_TYPES,
  type RedisClientType,
} from '../src';
import { nextEvent } from './support/inbox';

// Client-side caching against a real server: reads served from memory, writes through another
// connection (the test-utils raw connection) invalidating them, connection losses dropping them.
let server: RedisServer;
let client: RedisClientType;
let cache: BasicClientSideCache;

beforeAll(async () => {
  server = await startRedisServer();
});

afterAll(async () => {
  await server?.stop();
});

beforeEach(async () => {
  cache = new BasicClientSideCache();
  client = createClient({ socket: { port: server.port, reconnectStrategy: 20 }, clientSideCache: cache });
  client.on('error', () => undefined);
  await client.connect();
});

afterEach(async () => {
  await client?.close().catch(() => undefined);
});

/** How many GETs the server has executed (INFO commandstats). */
async function serverGets(): Promise<number> {
  const info = String(await server.command('INFO', 'commandstats'));
  const match = /cmdstat_get:calls=(\d+)/.exec(info);
  return match === null ? 0 : Number(match[1]);
}

it('refuses a cache with RESP2, and bad cache options, by name', () => {
  expect(() => createClient({ RESP: 2, clientSideCache: {} })).toThrow(InvalidOptionError);
  expect(() => createClient({ RESP: 2, clientSideCache: {} })).toThrow(/clientSideCache/);
  expect(() => createClient({ clientSideCache: { evictPolicy: 'LFU' as 'LRU' } })).toThrow(/clientSideCache\.evictPolicy/);
});

it('serves a repeated GET from memory: the server executes it once', async () => {
  await server.command('SET', 'csc:hit', 'v1');
  const before = await serverGets();
  expect(await client.get('csc:hit')).toBe('v1');
  expect(await client.get('csc:hit')).toBe('v1');
  expect(await client.get('csc:hit')).toBe('v1');
  expect((await serverGets()) - before).toBe(1);
  expect(cache.stats().hitCount).toBe(2);
  expect(client.clientSideCache).toBe(cache);
});

it('drops an entry on its invalidation push: a write through another connection is read next', async () => {
  await server.command('SET', 'csc:inv', 'v1');
  expect(await client.get('csc:inv')).toBe('v1');
  const invalidated = nextEvent(cache, 'invalidate');
  await server.command('SET', 'csc:inv', 'v2');
  expect(String((await invalidated)[0])).toBe('csc:inv');
  expect(await client.get('csc:inv')).toBe('v2');
});

it('invalidates binary (non UTF-8) keys too', async () => {
  const key = Buffer.from([0x63, 0xff, 0xfe, 0x01]);
  await client.set(key, 'v1');
  expect(await client.get(key)).toBe('v1');
  const invalidated = nextEvent(cache, 'invalidate');
  await server.command('SET', key, 'v2');
  await invalidated;
  expect(await client.get(key)).toBe('v2');
});

it('drops everything when the connection is lost: a write made while it was down is read after the reconnect', async () => {
  await server.command('SET', 'csc:drop', 'v1');
  expect(await client.get('csc:drop')).toBe('v1');
  expect(await client.get('csc:drop')).toBe('v1'); // cached
  const reconnecting = nextEvent(client, 'reconnecting');
  await server.command('CLIENT', 'KILL', 'TYPE', 'normal', 'SKIPME', 'yes');
  await reconnecting;
  // The server forgot this connection's tracking with it: no push will ever come for this write.
  await server.command('SET', 'csc:drop', 'v2');
  expect(await client.get('csc:drop')).toBe('v2');
  // Tracking is on again on the new socket: the next change is pushed too.
  const invalidated = nextEvent(cache, 'invalidate');
  await server.command('SET', 'csc:drop', 'v3');
  await invalidated;
  expect(await client.get('csc:drop')).toBe('v3');
});

it('keeps type-mapped reads apart, and a caller changing its reply changes nothing cached', async () => {
  await server.command('HSET', 'csc:map', 'f', 'v');
  const asBuffers = client.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
  const text = await client.hGetAll('csc:map');
  const bytes = await asBuffers.hGetAll('csc:map');
  expect(text).toEqual({ f: 'v' });
  expect(Buffer.isBuffer((bytes as Record<string, unknown>).f)).toBe(true);
  (text as Record<string, string>).f = 'changed';
  expect(await client.hGetAll('csc:map')).toEqual({ f: 'v' });
  expect(Buffer.isBuffer(((await asBuffers.hGetAll('csc:map')) as Record<string, unknown>).f)).toBe(true);
  expect(cache.stats().hitCount).toBe(2);
});

it('does not cache writes, uncacheable reads or reads without keys', async () => {
  await client.set('csc:n', '1');
  await client.incr('csc:n');
  expect(await client.get('csc:n')).toBe('2');
  await client.randomKey();
  await client.dbSize();
  expect(cache.size()).toBe(1);
});

it('refuses CLIENT TRACKING, CLIENT CACHING, SELECT and RESET: the cache owns the connection state', async () => {
  await expect(client.sendCommand(['CLIENT', 'TRACKING', 'OFF'])).rejects.toThrow(ClientSideCacheCommandError);
  await expect(client.sendCommand(['CLIENT', 'CACHING', 'YES'])).rejects.toThrow(ClientSideCacheCommandError);
  await expect(client.sendCommand(['SELECT', '1'])).rejects.toThrow(ClientSideCacheCommandError);
  await expect(client.multi().sendCommand(['RESET']).exec()).rejects.toThrow(ClientSideCacheCommandError);
  expect(await client.ping()).toBe('PONG');
});

it('a cacheable predicate chooses what is cached; one that throws fails that read only', async () => {
  const picky = createClient({
    socket: { port: server.port },
    clientSideCache: {
      cacheable: (_command, keys) => {
        if (String(keys[0]) === 'csc:boom') throw new Error('predicate failed');
        return String(keys[0]).startsWith('csc:user:');
      },
    },
  });
  await picky.connect();
  try {
    await picky.get('csc:user:1');
    await picky.get('csc:other');
    await expect(picky.get('csc:boom')).rejects.toThrow('predicate failed');
    expect(picky.clientSideCache!.size()).toBe(1);
    expect(await picky.ping()).toBe('PONG');
  } finally {
    await picky.close();
  }
});

it('the server flushing everything (FLUSHALL) empties the cache', async () => {
  await server.command('SET', 'csc:flush', 'v1');
  expect(await client.get('csc:flush')).toBe('v1');
  await server.command('FLUSHALL');
  await waitFor('the flush push', async () => (cache.size() === 0 ? done(true) : notYet(`${cache.size()} entries`)), { timeoutMs: 5_000 });
  expect(await client.get('csc:flush')).toBe(null);
});

describe('a pool', () => {
  it('shares one cache between its clients: served from memory, invalidated by a write through another connection', async () => {
    const pool = createClientPool({ socket: { port: server.port } }, { minimum: 2, clientSideCache: { maxEntries: 100 } });
    await pool.connect();
    try {
      const shared = pool.clientSideCache!;
      expect(shared).toBeInstanceOf(BasicPooledClientSideCache);
      await server.command('SET', 'csc:pool', 'v1');
      const before = await serverGets();
      // Concurrent reads spread over both clients: one load, the rest wait for it or hit.
      expect(await Promise.all([pool.get('csc:pool'), pool.get('csc:pool')])).toEqual(['v1', 'v1']);
      expect(await pool.get('csc:pool')).toBe('v1');
      expect(await pool.execute((c) => c.get('csc:pool'))).toBe('v1');
      expect((await serverGets()) - before).toBe(1);
      const invalidated = nextEvent(shared, 'invalidate');
      await server.command('SET', 'csc:pool', 'v2');
      await invalidated;
      expect(await pool.get('csc:pool')).toBe('v2');
    } finally {
      await pool.close();
    }
  });
});

it('reset() drops what was read and turns tracking on again: later writes are still invalidated', async () => {
  await server.command('SET', 'csc:reset', 'v1');
  expect(await client.get('csc:reset')).toBe('v1');
  await client.reset();
  expect(cache.size()).toBe(0);
  expect(await client.get('csc:reset')).toBe('v1');
  expect(await client.get('csc:reset')).toBe('v1'); // cached again, tracked again
  const invalidated = nextEvent(cache, 'invalidate');
  await server.command('SET', 'csc:reset', 'v2');
  await invalidated;
  expect(await client.get('csc:reset')).toBe('v2');
});

it('two clients given one cache object serve only what their own connection read (another database here)', async () => {
  const shared = new BasicClientSideCache();
  const db0 = await createClient({ socket: { port: server.port }, clientSideCache: shared }).connect();
  const db1 = await createClient({ socket: { port: server.port }, database: 1, clientSideCache: shared }).connect();
  try {
    await db0.set('csc:shared', 'zero');
    await db1.set('csc:shared', 'one');
    expect(await db0.get('csc:shared')).toBe('zero');
    expect(await db1.get('csc:shared')).toBe('one');
    expect(await db0.get('csc:shared')).toBe('zero');
    expect(await db1.get('csc:shared')).toBe('one');
  } finally {
    await Promise.all([db0.close(), db1.close()]);
  }
});

it('with a keyPrefix: entries are indexed by the prefixed key the server names in its invalidation', async () => {
  const prefixed = await createClient({ socket: { port: server.port }, keyPrefix: 'app:', clientSideCache: {} }).connect();
  try {
    await server.command('SET', 'app:csc:prefixed', 'v1');
    expect(await prefixed.get('csc:prefixed')).toBe('v1');
    expect(await prefixed.get('csc:prefixed')).toBe('v1');
    expect(prefixed.clientSideCache!.stats().hitCount).toBe(1);
    const invalidated = nextEvent(prefixed.clientSideCache!, 'invalidate');
    await server.command('SET', 'app:csc:prefixed', 'v2');
    expect(String((await invalidated)[0])).toBe('app:csc:prefixed');
    expect(await prefixed.get('csc:prefixed')).toBe('v2');
  } finally {
    await prefixed.close();
  }
});
