// @x/bloom: RedisBloom's commands as definitions in node-redis v5's format — the `bf`, `cf`, `cms`,
// `topK` and `tDigest` namespaces node-redis's `redis` package bundles, which `@x/cluster`'s
// createClient/createCluster/createClientPool add by default. From @x/modules it takes, at run time, only the
// RESP2 double reader every transform shares.
import { bf } from './bf';
import { cf } from './cf';
import { cms } from './cms';
import { tDigest } from './t-digest';
import { topK } from './top-k';

export { bf, cf, cms, topK, tDigest };

/** The modules, as node-redis's `@redis/bloom` default export holds them: one namespace each. */
const bloom = { bf, cf, cms, topK, tDigest };
export default bloom;
