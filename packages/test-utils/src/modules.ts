import fs from 'node:fs';

/** Where Debian's `redis-redisearch` package puts RediSearch 1.2 (`dpkg -L redis-redisearch`). */
export const REDISEARCH_MODULE_PATH = '/usr/lib/redis/modules/redisearch.so';

/**
 * The RediSearch module to pass as `loadModules`. Throws a clear error when it is not installed:
 * tests that need it fail rather than skip (`scripts/ensure-tools.sh` installs it as root, as CI does).
 */
export function redisearchModule(): string {
  if (!fs.existsSync(REDISEARCH_MODULE_PATH)) {
    throw new Error(
      `RediSearch is not installed (${REDISEARCH_MODULE_PATH} is missing): run bash scripts/ensure-tools.sh as root, or apt-get install redis-redisearch`,
    );
  }
  return REDISEARCH_MODULE_PATH;
}
