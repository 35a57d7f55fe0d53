// @x/bloom: RedisBloom's commands as definitions in node-redis v5's format — the `bf`, `cf`, `cms`,
// `topK` and `tDigest` namespaces node-redis's `redis` package bundles, which `@x/cluster`'s
// createClient/createCluster/createClientPool add by default. It imports nothing at run time.
import type { RedisCommands } from '@x/modules';

/** BF.* (Bloom filter). */
export const bf = {
} as const satisfies RedisCommands;

/** CF.* (Cuckoo filter). */
export const cf = {
} as const satisfies RedisCommands;

/** CMS.* (Count-min sketch). */
export const cms = {
} as const satisfies RedisCommands;

/** TOPK.* (Top-K). */
export const topK = {
} as const satisfies RedisCommands;

/** TDIGEST.* (t-digest). */
export const tDigest = {
} as const satisfies RedisCommands;

/** The modules, as node-redis's `@redis/bloom` default export holds them: one namespace each. */
const bloom = { bf, cf, cms, topK, tDigest };
export default bloom;
