// The module namespaces node-redis's `redis` package adds to every client, pool and cluster it
// creates — `json`, `ft`, `ts`, `bf`, `cf`, `cms`, `topK`, `tDigest` — so that code written for
// `redis` finds them after the import changes to `@x/cluster`. @x/client's own createClient, like
// `@redis/client`'s, adds none.
import { bf, cf, cms, tDigest, topK } from '@x/bloom';
import { json } from '@x/json';
import { ft } from '@x/query-engine';
import { ts } from '@x/time-series';

/** The bundled modules, by namespace; a module the caller passes under the same name replaces one. */
export const DEFAULT_MODULES = { bf, cf, cms, topK, tDigest, json, ft, ts } as const;

/** node-redis's name for the type of the bundled modules. */
export type RedisDefaultModules = typeof DEFAULT_MODULES;

// The merged modules per caller's modules object: the same object each time, so the class with the
// module methods is built once per modules object (@x/modules caches it by identity), not per client.
const merged = new WeakMap<object, object>();

function modulesWith(own: object | undefined): object {
  if (own === undefined) return DEFAULT_MODULES;
  let modules = merged.get(own);
  if (modules === undefined) merged.set(own, (modules = { ...DEFAULT_MODULES, ...own }));
  return modules;
}

/**
 * `options` with the bundled modules under the caller's own (a caller's `ft` — @x/search's RediSearch
 * 1.2, say — wins over the bundled one). A new object: the caller's is not changed.
 */
export function withDefaultModules<T extends { modules?: object } | undefined>(options: T): T & { modules: RedisDefaultModules } {
  return { ...options, modules: modulesWith(options?.modules) } as T & { modules: RedisDefaultModules };
}
