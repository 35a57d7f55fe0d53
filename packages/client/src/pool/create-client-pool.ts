import type { KnownExtensions, RedisFunctions, RedisModules, RedisScripts, RespVersions, TypeMapping } from '@x/modules';
import { createClient } from '../client';
import { InvalidOptionError } from '../errors';
import type { RedisClientOptions } from '../options';
import { newClientPool, RedisClientPool, type RedisClientPoolType } from './client-pool';
import type { RedisPoolOptions } from './pool-options';

/**
 * Create a pool of clients to one server (not yet connected), as node-redis's `createClientPool`:
 * ```ts
 * const pool = await createClientPool({ url: 'redis://127.0.0.1:6379' }, { minimum: 2, maximum: 10 })
 *   .on('error', console.error)
 *   .connect();
 * await pool.set('key', 'value');
 * await pool.execute(async (client) => { await client.watch('key'); … });
 * ```
 * Invalid client or pool options throw an InvalidOptionError naming the option.
 */
export function createClientPool<
  M extends RedisModules,
  F extends RedisFunctions,
  S extends RedisScripts,
  RESP extends RespVersions = 3,
  TYPE_MAPPING extends TypeMapping = Record<never, never>,
>(
  clientOptions?: RedisClientOptions<M, F, S, RESP, TYPE_MAPPING>,
  options?: Partial<RedisPoolOptions>,
): RedisClientPoolType<KnownExtensions<M>, KnownExtensions<F>, KnownExtensions<S>, RESP, TYPE_MAPPING> {
  // A pool's client runs one command at a time: a blocking one holds that client, and stalls nothing.
  const blockingPool = clientOptions?.blockingPool;
  if (blockingPool !== undefined && blockingPool !== false) {
    throw new InvalidOptionError('blockingPool', "does not apply to a pool's clients: each runs one command at a time, a blocking one included (size the pool with maximum)");
  }
  // The pool applies the keyPrefix itself (see RedisClientPool._keyPrefix): its clients get none.
  const memberOptions = { ...clientOptions, keyPrefix: undefined, blockingPool: false } as RedisClientOptions<M, F, S, RESP, TYPE_MAPPING>;
  return newClientPool(clientOptions, options, (overrides) =>
    createClient(overrides === undefined ? memberOptions : ({ ...memberOptions, ...overrides } as typeof clientOptions)),
  ) as unknown as RedisClientPoolType<
    KnownExtensions<M>,
    KnownExtensions<F>,
    KnownExtensions<S>,
    RESP,
    TYPE_MAPPING
  >;
}

// node-redis's static `RedisClientPool.create` (declared on the class).
RedisClientPool.create = createClientPool;
