// createClient and createClientPool as node-redis's `redis` package offers them: @x/client's, with
// the bundled module namespaces (default-modules.ts) added. They replace @x/client's in this
// package's exports, so `import { createClient } from '@x/cluster'` is `redis`'s drop-in.
import {
  createClient as createBareClient,
  createClientPool as createBareClientPool,
  type RedisClientOptions,
  type RedisClientPoolType,
  type RedisClientType,
  type RedisPoolOptions,
} from '@x/client';
import type { KnownExtensions, RedisFunctions, RedisModules, RedisScripts, RespVersions, TypeMapping } from '@x/modules';
import { withDefaultModules, type RedisDefaultModules } from './default-modules';

/**
 * A client to one server (not yet connected), with the bundled modules (`client.json.get(…)`,
 * `client.ft.search(…)`, …) beside the caller's own:
 * ```ts
 * const client = await createClient({ url: 'redis://127.0.0.1:6379' }).on('error', console.error).connect();
 * ```
 */
export function createClient<
  M extends RedisModules,
  F extends RedisFunctions,
  S extends RedisScripts,
  RESP extends RespVersions = 3,
  TYPE_MAPPING extends TypeMapping = Record<never, never>,
>(
  options?: RedisClientOptions<M, F, S, RESP, TYPE_MAPPING>,
): RedisClientType<RedisDefaultModules & KnownExtensions<M>, KnownExtensions<F>, KnownExtensions<S>, RESP, TYPE_MAPPING> {
  return createBareClient(withDefaultModules(options)) as unknown as RedisClientType<RedisDefaultModules & KnownExtensions<M>, KnownExtensions<F>, KnownExtensions<S>, RESP, TYPE_MAPPING>;
}

/** A pool of clients to one server (not yet connected), with the bundled modules beside the caller's own. */
export function createClientPool<
  M extends RedisModules,
  F extends RedisFunctions,
  S extends RedisScripts,
  RESP extends RespVersions = 3,
  TYPE_MAPPING extends TypeMapping = Record<never, never>,
>(
  clientOptions?: RedisClientOptions<M, F, S, RESP, TYPE_MAPPING>,
  options?: Partial<RedisPoolOptions>,
): RedisClientPoolType<RedisDefaultModules & KnownExtensions<M>, KnownExtensions<F>, KnownExtensions<S>, RESP, TYPE_MAPPING> {
  return createBareClientPool(withDefaultModules(clientOptions), options) as unknown as RedisClientPoolType<RedisDefaultModules & KnownExtensions<M>, KnownExtensions<F>, KnownExtensions<S>, RESP, TYPE_MAPPING>;
}
