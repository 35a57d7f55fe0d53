import type { ClientSideCacheConfig, PooledClientSideCacheProvider } from '../client-side-cache/client-side-cache';
import { InvalidOptionError } from '../errors';
import { refuseUnhonouredOptions, UNHONOURED_POOL_OPTIONS } from '../unhonoured-options';

/** The pool's own options (node-redis's `RedisPoolOptions`); every one is optional. */
export interface RedisPoolOptions {
  /** Clients opened by `connect()` and kept when idle (default 1). */
  minimum: number;
  /** Most clients open at once, connecting ones included (default 100; at least `minimum` and 1). */
  maximum: number;
  /**
   * Milliseconds a task may wait for a client before it fails with a `PoolAcquireTimeoutError`
   * (a `TimeoutError`, never sent); 0 waits without limit (default 3000).
   */
  acquireTimeout: number;
  /**
   * Milliseconds without a task finishing after which idle clients above `minimum` are closed
   * (default 3000).
   */
  cleanupDelay: number;
  /**
   * node-redis's client-side cache shared by the pool's clients (RESP3): cache options, or a
   * `BasicPooledClientSideCache` you made. Every client tracks what it reads; an entry is served by
   * any client while the connection that read it is up.
   */
  clientSideCache?: ClientSideCacheConfig | PooledClientSideCacheProvider;
}

/** The options after defaults. */
export interface ResolvedPoolOptions {
  readonly minimum: number;
  readonly maximum: number;
  readonly acquireTimeout: number;
  readonly cleanupDelay: number;
}

const DEFAULTS: ResolvedPoolOptions = { minimum: 1, maximum: 100, acquireTimeout: 3_000, cleanupDelay: 3_000 };

// Options that are not the scheduler's (checked by the pool itself).
const NOT_SCHEDULING = new Set(['clientSideCache']);

const MAX_TIMER = 2 ** 31 - 1;

/** Validates the pool options and fills in the defaults. Throws an InvalidOptionError naming the option. */
export function resolvePoolOptions(options: Partial<RedisPoolOptions> | undefined): ResolvedPoolOptions {
  if (options === undefined) return DEFAULTS;
  if (typeof options !== 'object' || options === null) throw new InvalidOptionError('options', 'must be an object');
  // Options node-redis's pool has that x cannot honour yet: refused by name, never accepted and ignored.
  refuseUnhonouredOptions(options, UNHONOURED_POOL_OPTIONS);
  for (const [name, value] of Object.entries(options)) {
    if (value === undefined) continue;
    if (NOT_SCHEDULING.has(name)) continue;
    if (!(name in DEFAULTS)) throw new InvalidOptionError(name, 'is not a pool option (minimum, maximum, acquireTimeout, cleanupDelay, clientSideCache)');
  }
  const minimum = options.minimum ?? DEFAULTS.minimum;
  checkInteger('minimum', minimum, 0, Number.MAX_SAFE_INTEGER);
  const maximum = options.maximum ?? Math.max(DEFAULTS.maximum, minimum);
  checkInteger('maximum', maximum, Math.max(1, minimum), Number.MAX_SAFE_INTEGER);
  const acquireTimeout = options.acquireTimeout ?? DEFAULTS.acquireTimeout;
  checkInteger('acquireTimeout', acquireTimeout, 0, MAX_TIMER);
  const cleanupDelay = options.cleanupDelay ?? DEFAULTS.cleanupDelay;
  checkInteger('cleanupDelay', cleanupDelay, 0, MAX_TIMER);
  return { minimum, maximum, acquireTimeout, cleanupDelay };
}

function checkInteger(option: string, value: unknown, min: number, max: number): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    const got = typeof value === 'number' ? String(value) : typeof value;
    throw new InvalidOptionError(option, `must be an integer from ${min} to ${max}, got ${got}`);
  }
}
