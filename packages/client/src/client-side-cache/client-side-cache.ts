import { EventEmitter } from 'node:events';
import type { RedisArgument } from '@x/modules';
import { InvalidOptionError } from '../errors';
import { copyReply, keyIndexOf } from './cache-key';
import { StatsCounter, type CacheStats } from './cache-stats';

/** node-redis's tracking modes. x honours `PLAIN` (`CLIENT TRACKING ON`); the others are refused by name. */
export const CLIENT_SIDE_CACHE_TRACKING_MODES = {
  PLAIN: 'plain',
  OPTIN: 'optin',
  OPTOUT: 'optout',
} as const;

export type ClientSideCacheTrackingMode = (typeof CLIENT_SIDE_CACHE_TRACKING_MODES)[keyof typeof CLIENT_SIDE_CACHE_TRACKING_MODES];

/** node-redis's eviction policies: which entry goes when `maxEntries` is reached. */
export type EvictionPolicy = 'LRU' | 'FIFO';

/** node-redis's `ClientSideCacheConfig` (the options x honours; see `resolveClientSideCache`). */
export interface ClientSideCacheConfig {
  /** Milliseconds an entry lives; 0 (default): until invalidated. */
  ttl?: number;
  /** Most entries kept; 0 (default, as node-redis): no limit but the server's tracking table. */
  maxEntries?: number;
  /** `'LRU'` (default): evict the least recently read; `'FIFO'`: the oldest stored. */
  evictPolicy?: EvictionPolicy;
  /** Count hits, misses, loads and evictions for `stats()` (default true). */
  recordStats?: boolean;
  /**
   * How connections enable tracking: `'plain'` (`CLIENT TRACKING ON`, the default). `'optin'` and
   * `'optout'` throw an InvalidOptionError naming `clientSideCache.trackingMode`: x has not
   * implemented them.
   */
  trackingMode?: ClientSideCacheTrackingMode;
  /**
   * Whether a cacheable read should be cached, by command name and keys (Buffers possibly): e.g.
   * `(command, keys) => String(keys[0]).startsWith('user:')`. A predicate that throws fails that
   * read only.
   */
  cacheable?: (command: string, keys: ReadonlyArray<RedisArgument>) => boolean;
}

/**
 * What an entry was read from: a connection, valid for one socket (`socketEpoch`) while `ready`.
 * The server tracks a key per connection, and a new socket is a new session whose tracking knows
 * nothing of what the old one read — so an entry is only served while the socket that read it,
 * and will hear of its invalidation, is the one the read would go to now.
 */
export interface CacheSource {
  readonly socketEpoch: number;
  readonly state: string;
}

/**
 * @internal Set (to true) on the options a pool gives its clients: they connect to the same server
 * and database with the same options, so an entry read by one may be served to another. A client
 * given a cache any other way serves only what its own connection read (two clients sharing a cache
 * object may talk to different servers or databases: node-redis would mix their entries).
 */
export const SHARED_BY_POOL: unique symbol = Symbol('x.clientSideCache.sharedByPool');

/** One cached reply (or the read loading it). */
class CacheEntry {
  value: unknown = undefined;
  /** The read in flight: concurrent reads of the same key wait for it. */
  loading: Promise<unknown> | undefined;
  /** Cleared by an invalidation, an eviction or a clear: a load in flight then stores nothing. */
  valid = true;
  source: CacheSource | undefined = undefined;
  epoch = 0;
  readonly expiresAt: number;
  /** The Redis keys it depends on, as indexed (see `keyIndexOf`). */
  readonly keys: string[];
  /** What the caller routed it by (a cluster: the slot), for `_dropWhere`. */
  readonly route: number;

  constructor(loading: Promise<unknown>, keys: string[], ttl: number, route: number) {
    this.loading = loading;
    this.keys = keys;
    this.route = route;
    this.expiresAt = ttl === 0 ? 0 : Date.now() + ttl;
  }
}

/** Events of a cache, as node-redis's. */
export interface ClientSideCacheEvents {
  /** A reply was stored under this cache key. */
  'cached-key': [cacheKey: string];
  /** The server (or `invalidate()`) invalidated this Redis key; `null`: everything. */
  invalidate: [key: RedisArgument | null];
  /** An entry expired (`ttl`). */
  'cache-evict': [cacheKey: string];
}

/**
 * node-redis's `BasicClientSideCache`: the replies of cacheable reads (GET, HGETALL, …; see
 * `CACHEABLE_COMMANDS`), keyed by command and arguments, dropped when the server says one of their
 * keys changed (RESP3 `invalidate` pushes from `CLIENT TRACKING ON`), when the connection that read
 * them is lost, and — bounded by `maxEntries` — by LRU or FIFO. Pass one to a client with
 * `createClient({ RESP: 3, clientSideCache: cache })` to reach `stats()`, `invalidate()`, `clear()`
 * and its events; or give the options (`clientSideCache: { maxEntries: 1000 }`) and use
 * `client.clientSideCache`.
 */
export class BasicClientSideCache extends EventEmitter<ClientSideCacheEvents> {
  readonly ttl: number;
  readonly maxEntries: number;
  /** LRU (true) or FIFO eviction. */
  readonly lru: boolean;
  readonly trackingMode = 'plain' as const;
  readonly cacheable: ClientSideCacheConfig['cacheable'];
  /** Entries in eviction order: the first is evicted first (a Map iterates in insertion order). */
  readonly #entries = new Map<string, CacheEntry>();
  /** Redis key (indexed) → the cache keys that depend on it. */
  readonly #byKey = new Map<string, Set<string>>();
  #stats: StatsCounter;

  constructor(config?: ClientSideCacheConfig) {
    super();
    const resolved = resolveCacheConfig(config);
    this.ttl = resolved.ttl;
    this.maxEntries = resolved.maxEntries;
    this.lru = resolved.evictPolicy === 'LRU';
    this.cacheable = resolved.cacheable;
    this.#stats = new StatsCounter(resolved.recordStats);
  }

  /** A snapshot of the counters (all zero with `recordStats: false`). */
  stats(): CacheStats {
    return this.#stats.snapshot();
  }

  /** Entries stored (loads in flight included). */
  size(): number {
    return this.#entries.size;
  }

  /** Drop every entry that depends on `key`; `null` drops everything (as the server's flush push). */
  invalidate(key: RedisArgument | null): void {
    if (key === null) {
      this.#dropAll(true);
      this.#emitSafely('invalidate', null);
      return;
    }
    const index = keyIndexOf(key);
    const cacheKeys = this.#byKey.get(index);
    if (cacheKeys !== undefined) {
      for (const cacheKey of [...cacheKeys]) this.#delete(cacheKey);
    }
    this.#emitSafely('invalidate', key);
  }

  /** Drop every entry; `resetStats` (default true) zeroes the counters too, as node-redis's. */
  clear(resetStats = true): void {
    this.#dropAll(!resetStats);
    if (resetStats) this.#stats = new StatsCounter(this.#stats.enabled);
  }

  /** node-redis's hook for a connection error: drops everything. */
  onError(): void {
    this.clear();
  }

  /** node-redis's hook for a client closing: drops everything. */
  onClose(): void {
    this.clear();
  }

  /**
   * @internal Serve a read from the cache, or run `send` and cache its reply. An entry is served
   * only while the socket that read it is still up (the server tracks keys per connection: another
   * socket would never hear of their changes) and, when given, `servesNow(origin)` says its
   * connection is still where this read would go (a cluster: the slot's master). `originOf`,
   * called when the reply arrives: the connection that answered, or undefined when the reply must
   * not be stored (an ASK hop, a RESP2 connection). `route`: what the caller routes the read by
   * (a cluster: its slot), handed back to `_dropWhere`.
   */
  _read(
    cacheKey: string,
    keys: ReadonlyArray<RedisArgument>,
    servesNow: ((origin: CacheSource) => boolean) | undefined,
    send: () => Promise<unknown>,
    originOf: () => CacheSource | undefined,
    route = -1,
    storable?: (value: unknown) => boolean,
  ): Promise<unknown> {
    const stats = this.#stats;
    const entry = this.#entries.get(cacheKey);
    if (entry !== undefined && this.#usable(cacheKey, entry, servesNow)) {
      const loading = entry.loading;
      if (loading === undefined) {
        stats.hits++;
        // Recency only matters when something is ever evicted for room.
        if (this.lru && this.maxEntries > 0) {
          this.#entries.delete(cacheKey);
          this.#entries.set(cacheKey, entry);
        }
        return Promise.resolve(copyReply(entry.value));
      }
      // The same read is in flight: its reply answers this one too (a failure: send our own).
      stats.misses++;
      return loading.then(copyReply, send);
    }
    stats.misses++;
    const started = performance.now();
    const promise = send();
    const fresh = new CacheEntry(promise, keys.map(keyIndexOf), this.ttl, route);
    this.#insert(cacheKey, fresh);
    return promise.then(
      (value) => {
        stats.loadSuccesses++;
        stats.loadTime += performance.now() - started;
        fresh.loading = undefined;
        // Invalidated while in flight (its key changed, the connection dropped): not stored.
        if (fresh.valid) {
          const origin = storable === undefined || storable(value) ? originOf() : undefined;
          if (origin === undefined) this.#delete(cacheKey);
          else {
            fresh.value = value;
            fresh.source = origin;
            fresh.epoch = origin.socketEpoch;
            this.#emitSafely('cached-key', cacheKey);
          }
        }
        return copyReply(value);
      },
      (error: unknown) => {
        stats.loadFailures++;
        stats.loadTime += performance.now() - started;
        if (fresh.valid) this.#delete(cacheKey);
        throw error;
      },
    );
  }

  /**
   * @internal Drop what was read through `source`: its socket is gone, and the server forgot what
   * it tracked for it. (Reads in flight need nothing: `originOf` tells, when each reply arrives,
   * which socket answered it — a reply on a socket that has since gone is dropped here or fails the
   * liveness check.)
   */
  _dropSource(source: CacheSource): void {
    for (const [cacheKey, entry] of this.#entries) {
      if (entry.source === source) this.#delete(cacheKey);
    }
  }

  /**
   * @internal Drop the stored entries `drop` names by origin and route (a cluster: those whose slot
   * is served elsewhere now). Reads in flight are checked by `originOf` when their reply arrives.
   */
  _dropWhere(drop: (origin: CacheSource, route: number) => boolean): void {
    for (const [cacheKey, entry] of this.#entries) {
      if (entry.source !== undefined && drop(entry.source, entry.route)) this.#delete(cacheKey);
    }
  }

  /** Not expired, its socket still up, and (`servesNow`) where the read would go now. A load in flight: any. */
  #usable(cacheKey: string, entry: CacheEntry, servesNow: ((origin: CacheSource) => boolean) | undefined): boolean {
    if (entry.expiresAt !== 0 && Date.now() >= entry.expiresAt) {
      this.#delete(cacheKey);
      this.#stats.evictions++;
      this.#emitSafely('cache-evict', cacheKey);
      return false;
    }
    if (entry.loading !== undefined) return true;
    const origin = entry.source!;
    if (origin.socketEpoch === entry.epoch && origin.state === 'ready' && (servesNow === undefined || servesNow(origin))) return true;
    this.#delete(cacheKey);
    return false;
  }

  #insert(cacheKey: string, entry: CacheEntry): void {
    if (this.#entries.has(cacheKey)) this.#delete(cacheKey);
    else if (this.maxEntries > 0 && this.#entries.size >= this.maxEntries) {
      const oldest = this.#entries.keys().next();
      if (oldest.done !== true) {
        this.#delete(oldest.value);
        this.#stats.evictions++;
      }
    }
    this.#entries.set(cacheKey, entry);
    for (const key of entry.keys) {
      let set = this.#byKey.get(key);
      if (set === undefined) this.#byKey.set(key, (set = new Set()));
      set.add(cacheKey);
    }
  }

  #delete(cacheKey: string): void {
    const entry = this.#entries.get(cacheKey);
    if (entry === undefined) return;
    entry.valid = false;
    this.#entries.delete(cacheKey);
    for (const key of entry.keys) {
      const set = this.#byKey.get(key);
      if (set === undefined) continue;
      set.delete(cacheKey);
      if (set.size === 0) this.#byKey.delete(key);
    }
  }

  /** Invalidate every entry (loads in flight too: they must not store a reply from before). */
  #dropAll(countEvictions: boolean): void {
    const size = this.#entries.size;
    for (const entry of this.#entries.values()) entry.valid = false;
    this.#entries.clear();
    this.#byKey.clear();
    if (countEvictions) this.#stats.evictions += size;
  }

  /** A listener that throws must not break the read or the push being handled: rethrown on its own. */
  #emitSafely<E extends keyof ClientSideCacheEvents>(event: E, ...args: ClientSideCacheEvents[E]): void {
    if (this.listenerCount(event) === 0) return;
    try {
      (this.emit as (event: string, ...args: unknown[]) => boolean)(event, ...args);
    } catch (error) {
      process.nextTick(() => {
        throw error;
      });
    }
  }
}

/**
 * node-redis's cache for a pool or a cluster: one cache shared by many connections. Each entry
 * remembers the connection that read it, so one connection dropping drops its entries only.
 * `disable()` / `enable()` stop and resume serving from the cache (node-redis's API).
 */
export abstract class PooledClientSideCacheProvider extends BasicClientSideCache {
  #disabled = false;

  disable(): void {
    this.#disabled = true;
  }

  enable(): void {
    this.#disabled = false;
  }

  get disabled(): boolean {
    return this.#disabled;
  }

  /** The pool or cluster closed: drops everything. */
  onPoolClose(): void {
    this.clear();
  }

  override _read(
    cacheKey: string,
    keys: ReadonlyArray<RedisArgument>,
    servesNow: ((origin: CacheSource) => boolean) | undefined,
    send: () => Promise<unknown>,
    originOf: () => CacheSource | undefined,
    route = -1,
    storable?: (value: unknown) => boolean,
  ): Promise<unknown> {
    return this.#disabled ? send() : super._read(cacheKey, keys, servesNow, send, originOf, route, storable);
  }
}

/** node-redis's pooled cache: a member's error or close drops everything without resetting the stats. */
export class BasicPooledClientSideCache extends PooledClientSideCacheProvider {
  override onError(): void {
    this.clear(false);
  }

  override onClose(): void {
    this.clear(false);
  }
}

interface ResolvedCacheConfig {
  ttl: number;
  maxEntries: number;
  evictPolicy: EvictionPolicy;
  recordStats: boolean;
  cacheable: ClientSideCacheConfig['cacheable'];
}

const KNOWN = new Set(['ttl', 'maxEntries', 'evictPolicy', 'recordStats', 'trackingMode', 'cacheable']);
// node-redis options x does not honour: refused by name, never accepted and ignored.
const NOT_HONOURED: Readonly<Record<string, string>> = {
  strict: 'is not supported by x (x has no per-command `cache` mark for it to check)',
};

/** Validates a cache configuration. Throws an InvalidOptionError naming the option (`clientSideCache.ttl`, …). */
export function resolveCacheConfig(config: ClientSideCacheConfig | undefined): ResolvedCacheConfig {
  if (config === undefined) config = {};
  if (typeof config !== 'object' || config === null) throw new InvalidOptionError('clientSideCache', 'must be an object of cache options or a BasicClientSideCache');
  // A node-redis cache provider of another kind (its own handleCache): x runs only its own caches.
  if (config instanceof EventEmitter || typeof (config as { handleCache?: unknown }).handleCache === 'function') {
    throw new InvalidOptionError('clientSideCache', "must be cache options or x's BasicClientSideCache / BasicPooledClientSideCache (a custom ClientSideCacheProvider is not supported)");
  }
  for (const [name, value] of Object.entries(config)) {
    if (value === undefined) continue;
    const refusal = NOT_HONOURED[name];
    if (refusal !== undefined) throw new InvalidOptionError(`clientSideCache.${name}`, refusal);
    if (!KNOWN.has(name)) throw new InvalidOptionError(`clientSideCache.${name}`, 'is not a client-side cache option (ttl, maxEntries, evictPolicy, recordStats, trackingMode, cacheable)');
  }
  const ttl = config.ttl ?? 0;
  if (typeof ttl !== 'number' || !Number.isInteger(ttl) || ttl < 0) throw new InvalidOptionError('clientSideCache.ttl', 'must be an integer ≥ 0 (ms; 0: no expiry)');
  const maxEntries = config.maxEntries ?? 0;
  if (typeof maxEntries !== 'number' || !Number.isInteger(maxEntries) || maxEntries < 0) {
    throw new InvalidOptionError('clientSideCache.maxEntries', 'must be an integer ≥ 0 (0: no limit)');
  }
  const evictPolicy = config.evictPolicy ?? 'LRU';
  if (evictPolicy !== 'LRU' && evictPolicy !== 'FIFO') throw new InvalidOptionError('clientSideCache.evictPolicy', "must be 'LRU' or 'FIFO'");
  const recordStats = config.recordStats ?? true;
  if (typeof recordStats !== 'boolean') throw new InvalidOptionError('clientSideCache.recordStats', 'must be a boolean');
  const trackingMode = (config as { trackingMode?: unknown }).trackingMode ?? 'plain';
  if (trackingMode !== 'plain') {
    throw new InvalidOptionError('clientSideCache.trackingMode', "only 'plain' (CLIENT TRACKING ON) is supported by x; 'optin' and 'optout' are not");
  }
  const cacheable = config.cacheable;
  if (cacheable !== undefined && typeof cacheable !== 'function') throw new InvalidOptionError('clientSideCache.cacheable', 'must be a function');
  return { ttl, maxEntries, evictPolicy, recordStats, cacheable };
}
