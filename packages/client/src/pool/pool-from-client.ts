import type { RedisFunctions, RedisModules, RedisScripts, RespVersions, TypeMapping } from '@x/modules';
import type { RedisClient, RedisClientType } from '../client';
import { newClientPool, type RedisClientPoolType } from './client-pool';
import type { RedisPoolOptions } from './pool-options';

/**
 * `client.createPool(options)`: a pool whose clients have this client's options (its configuration's
 * modules, functions and scripts too); each is opened with `client.duplicate()`. The client itself
 * is not part of the pool.
 */
export function createPoolFromClient<
  M extends RedisModules,
  F extends RedisFunctions,
  S extends RedisScripts,
  RESP extends RespVersions,
  TYPE_MAPPING extends TypeMapping,
>(client: RedisClient<M, F, S, RESP, TYPE_MAPPING>, options?: Partial<RedisPoolOptions>): RedisClientPoolType<M, F, S, RESP, TYPE_MAPPING> {
  const template = client._self;
  return newClientPool(template.options, options, () => template.duplicate() as unknown as RedisClientType<M, F, S, RESP, TYPE_MAPPING>);
}
