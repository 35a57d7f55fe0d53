// node-redis, the oracle. `redis` is a dev dependency of this package only; its core (`@redis/client`)
// is not a direct dependency, so its command definitions and parser are reached through `redis`'s
// own location (pnpm keeps it beside `redis`).
import { createRequire } from 'node:module';
import * as redis from 'redis';

// Resolved from `redis`'s own location: `@redis/client` has no exports map, so its dist is reachable.
const requireFromRedis = createRequire(require.resolve('redis/package.json')) as (id: string) => unknown;

/** A definition as node-redis holds it (parseCommand + transformReply). */
export interface OracleCommand {
  IS_READ_ONLY?: boolean;
  parseCommand(parser: unknown, ...args: unknown[]): void;
  transformReply?: unknown;
}

/** node-redis's parser: what its definitions push into. */
export interface OracleParser {
  redisArgs: ReadonlyArray<string | Buffer>;
  keys: ReadonlyArray<string | Buffer>;
  preserve: unknown;
}

type OracleModule = Record<string, OracleCommand>;
const moduleDefault = (name: string) => (requireFromRedis(name) as { default: Record<string, unknown> }).default;

export const oracle = {
  redis,
  /** Every command definition of node-redis, by method name (both spellings). */
  commands: (requireFromRedis('@redis/client/dist/lib/commands') as { default: Record<string, OracleCommand> }).default,
  BasicCommandParser: (requireFromRedis('@redis/client/dist/lib/client/parser') as {
    /** `keyPrefix`: node-redis 6's, put before every key its definitions push with `pushKey` & co. */
    BasicCommandParser: new (keyPrefix?: string | Buffer) => OracleParser;
  }).BasicCommandParser,
  version: (requireFromRedis('redis/package.json') as { version: string }).version,
  /**
   * The module namespaces `redis` bundles (its createClient adds them), by namespace: `json`, `ft`,
   * `ts`, and RedisBloom's `bf`, `cf`, `cms`, `topK`, `tDigest`.
   */
  modules: {
    ...(moduleDefault('@redis/bloom') as Record<string, OracleModule>),
    json: moduleDefault('@redis/json') as OracleModule,
    ft: moduleDefault('@redis/search') as OracleModule,
    ts: moduleDefault('@redis/time-series') as OracleModule,
  } as Record<string, OracleModule>,
};
