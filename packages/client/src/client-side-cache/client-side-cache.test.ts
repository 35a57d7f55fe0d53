import { InvalidOptionError } from '../errors';
import { cacheKeyOf, copyReply, keyIndexOf } from './cache-key';
import { CacheStats } from './cache-stats';
import { BasicClientSideCache, BasicPooledClientSideCache, type CacheSource } from './client-side-cache';

const live: CacheSource = { socketEpoch: 1, state: 'ready' };

/** A read of `key` through `cache` whose server reply is `value` (counts the sends). */
function reader(cache: BasicClientSideCache, origin: CacheSource = live) {
  const sent: string[] = [];
  const read = (key: string, value: unknown = `v:${key}`): Promise<unknown> =>
    cache._read(cacheKeyOf(0, ['GET', key]), [key], undefined, () => (sent.push(key), Promise.resolve(value)), () => origin);
  return { read, sent };
}

describe('BasicClientSideCache', () => {
  it('serves a second read from memory and counts a miss, a load and a hit', async () => {
    const cache = new BasicClientSideCache();
    const { read, sent } = reader(cache);
    expect(await read('a')).toBe('v:a');
    expect(await read('a')).toBe('v:a');
    expect(sent).toEqual(['a']);
    const stats = cache.stats();
    expect(stats).toBeInstanceOf(CacheStats);
    expect([stats.hitCount, stats.missCount, stats.loadSuccessCount, stats.evictionCount]).toEqual([1, 1, 1, 0]);
    expect(stats.hitRate()).toBe(0.5);
    expect(cache.size()).toBe(1);
  });

  it('invalidate(key) drops every entry that depends on the key, and emits invalidate', async () => {
    const cache = new BasicClientSideCache();
    const { read, sent } = reader(cache);
    await read('a');
    await read('b');
    const seen: unknown[] = [];
    cache.on('invalidate', (key) => seen.push(key));
    cache.invalidate(Buffer.from('a'));
    await read('a');
    await read('b');
    expect(sent).toEqual(['a', 'b', 'a']);
    expect(seen).toEqual([Buffer.from('a')]);
  });

  it('a read in flight when its key is invalidated is returned but not stored', async () => {
    const cache = new BasicClientSideCache();
    let release!: (v: string) => void;
    const first = cache._read(cacheKeyOf(0, ['GET', 'k']), ['k'], undefined, () => new Promise((r) => (release = r)), () => live);
    cache.invalidate('k');
    release('old');
    expect(await first).toBe('old');
    expect(cache.size()).toBe(0);
  });

  it('concurrent reads of one key send once', async () => {
    const cache = new BasicClientSideCache();
    const { read, sent } = reader(cache);
    expect(await Promise.all([read('k'), read('k'), read('k')])).toEqual(['v:k', 'v:k', 'v:k']);
    expect(sent).toEqual(['k']);
  });

  it('an entry whose socket is gone (another epoch, not ready) is not served', async () => {
    const cache = new BasicClientSideCache();
    const origin = { socketEpoch: 1, state: 'ready' };
    const { read, sent } = reader(cache, origin);
    await read('k');
    origin.socketEpoch = 2;
    await read('k');
    origin.state = 'reconnecting';
    await read('k');
    expect(sent).toEqual(['k', 'k', 'k']);
  });

  it('maxEntries with LRU evicts the least recently read; with FIFO the oldest stored', async () => {
    const lru = new BasicClientSideCache({ maxEntries: 2 });
    const l = reader(lru);
    await l.read('a');
    await l.read('b');
    await l.read('a'); // a is now the most recently read
    await l.read('c'); // evicts b
    await l.read('a');
    await l.read('b');
    expect(l.sent).toEqual(['a', 'b', 'c', 'b']);
    expect(lru.size()).toBe(2);
    expect(lru.stats().evictionCount).toBe(2);

    const fifo = new BasicClientSideCache({ maxEntries: 2, evictPolicy: 'FIFO' });
    const f = reader(fifo);
    await f.read('a');
    await f.read('b');
    await f.read('a');
    await f.read('c'); // evicts a, the oldest stored
    await f.read('b');
    await f.read('a');
    expect(f.sent).toEqual(['a', 'b', 'c', 'a']);
  });

  it('ttl expires an entry (counted as an eviction, cache-evict emitted)', async () => {
    const now = jest.spyOn(Date, 'now').mockReturnValue(1_000);
    try {
      const cache = new BasicClientSideCache({ ttl: 100 });
      const { read, sent } = reader(cache);
      const evicted: string[] = [];
      cache.on('cache-evict', (key) => evicted.push(key));
      await read('k');
      now.mockReturnValue(1_099);
      await read('k');
      now.mockReturnValue(1_100);
      await read('k');
      expect(sent).toEqual(['k', 'k']);
      expect(evicted).toHaveLength(1);
      expect(cache.stats().evictionCount).toBe(1);
    } finally {
      now.mockRestore();
    }
  });

  it('a failed load stores nothing and counts a load failure', async () => {
    const cache = new BasicClientSideCache();
    await expect(cache._read('x', ['k'], undefined, () => Promise.reject(new Error('boom')), () => live)).rejects.toThrow('boom');
    expect(cache.size()).toBe(0);
    expect(cache.stats().loadFailureCount).toBe(1);
  });

  it('clear() empties and resets the stats; invalidate(null) empties and keeps them; recordStats: false counts nothing', async () => {
    const cache = new BasicClientSideCache();
    const { read } = reader(cache);
    await read('a');
    await read('a');
    cache.invalidate(null);
    expect(cache.size()).toBe(0);
    expect(cache.stats().hitCount).toBe(1);
    await read('a');
    cache.clear();
    expect(cache.size()).toBe(0);
    expect(cache.stats()).toEqual(CacheStats.empty());
    const silent = new BasicClientSideCache({ recordStats: false });
    const s = reader(silent);
    await s.read('a');
    await s.read('a');
    expect(silent.stats().requestCount()).toBe(0);
  });

  it('a pooled cache, disabled, sends every read; enabled again, serves', async () => {
    const cache = new BasicPooledClientSideCache();
    const { read, sent } = reader(cache);
    await read('a');
    cache.disable();
    await read('a');
    cache.enable();
    await read('a');
    expect(sent).toEqual(['a', 'a']);
  });

  it('refuses bad options by name', () => {
    expect(() => new BasicClientSideCache({ evictPolicy: 'LFU' as 'LRU' })).toThrow(InvalidOptionError);
    expect(() => new BasicClientSideCache({ maxEntries: -1 })).toThrow(/clientSideCache\.maxEntries/);
    expect(() => new BasicClientSideCache({ ttl: 1.5 })).toThrow(/clientSideCache\.ttl/);
    expect(() => new BasicClientSideCache({ trackingMode: 'optin' })).toThrow(/clientSideCache\.trackingMode/);
    expect(() => new BasicClientSideCache({ trackingMode: 'optout' })).toThrow(/clientSideCache\.trackingMode/);
    expect(new BasicClientSideCache({ trackingMode: 'plain' }).trackingMode).toBe('plain');
    expect(() => new BasicClientSideCache({ strict: true } as object)).toThrow(/clientSideCache\.strict/);
    expect(() => new BasicClientSideCache({ nope: 1 } as object)).toThrow(/clientSideCache\.nope/);
    // node-redis's own cache object (or any custom provider) is refused as a whole, by name.
    const foreign = { handleCache: () => undefined, trackingOn: () => [] };
    expect(() => new BasicClientSideCache(foreign as object)).toThrow(expect.objectContaining({ option: 'clientSideCache' }));
  });
});

describe('cache keys and copies', () => {
  it('keeps argument lists apart that a plain join would merge, and Buffers apart from strings', () => {
    expect(cacheKeyOf(0, ['GET', 'a b'])).not.toBe(cacheKeyOf(0, ['GET', 'a', 'b']));
    expect(cacheKeyOf(0, ['GET', Buffer.from('a')])).not.toBe(cacheKeyOf(0, ['GET', 'a']));
    expect(cacheKeyOf(0, ['GET', Buffer.from([0xff])])).not.toBe(cacheKeyOf(0, ['GET', Buffer.from([0xfe])]));
    expect(cacheKeyOf(1, ['GET', 'a'])).not.toBe(cacheKeyOf(0, ['GET', 'a']));
  });

  it('indexes a key as the push names it (UTF-8 decoded bytes)', () => {
    expect(keyIndexOf(Buffer.from('ké'))).toBe(keyIndexOf('ké'));
    expect(keyIndexOf(Buffer.from([0xff, 0x61]))).toBe(Buffer.from([0xff, 0x61]).toString('utf8'));
  });

  it('copies containers and Buffers, keeps immutable values as they are', () => {
    const reply = { a: ['x', Buffer.from('y')], m: new Map([['k', 1]]) };
    const copy = copyReply(reply);
    expect(copy).toEqual(reply);
    expect(copy.a).not.toBe(reply.a);
    expect(copy.a[1]).not.toBe(reply.a[1]);
    expect(Buffer.isBuffer(copy.a[1])).toBe(true);
    expect(copy.m).not.toBe(reply.m);
    const s = 'str';
    expect(copyReply(s)).toBe(s);
  });
});
