import type { RedisFunctions, RedisModules, RedisScripts, RespVersions, TypeMapping } from '@x/modules';

/**
 * The pool's clients' type, by the pool's type parameters: `RedisClientType<M, F, S, RESP, TYPE_MAPPING>`.
 * Declared empty here and filled in by client.ts (module augmentation), so the pool needs nothing
 * from client.ts — which builds pools (`client.createPool()`) — and no import cycle ties them.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars
export interface PoolMemberTypes<M extends RedisModules, F extends RedisFunctions, S extends RedisScripts, RESP extends RespVersions, TYPE_MAPPING extends TypeMapping> {}

/** A pool's client of these type parameters. */
export type PoolMember<M extends RedisModules, F extends RedisFunctions, S extends RedisScripts, RESP extends RespVersions, TYPE_MAPPING extends TypeMapping> =
  PoolMemberTypes<M, F, S, RESP, TYPE_MAPPING> extends { client: infer CLIENT } ? CLIENT : never;

/** A client of the pool, whatever its type parameters: what the scheduler and the executors call. */
export type PoolClient = PoolMember<RedisModules, RedisFunctions, RedisScripts, RespVersions, TypeMapping>;
