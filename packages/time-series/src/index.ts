// @x/time-series: RedisTimeSeries's commands as definitions in node-redis v5's format — the `ts` namespace
// node-redis's `redis` package bundles, which `@x/cluster`'s createClient/createCluster/createClientPool
// add by default. It imports nothing at run time; @x/modules only gives the definitions their types.
import type { RedisCommands } from '@x/modules';

/** The module: every TS.* command under both of node-redis's spellings. */
export const ts = {
} as const satisfies RedisCommands;

export default ts;
