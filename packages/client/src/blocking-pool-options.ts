import { InvalidOptionError } from './errors';

/**
 * Dedicated connections for the commands that wait for data on the server (BLPOP, BRPOP, BLMOVE,
 * BRPOPLPUSH, BLMPOP, BZPOPMIN, BZPOPMAX, BZMPOP, XREAD/XREADGROUP with BLOCK), so that they never
 * hold up the other commands of the shared connection. `false` sends them on the shared connection,
 * as node-redis does.
 */
export interface BlockingPoolOptions {
  /**
   * Most dedicated connections open at once to one server (a cluster: to each node). Beyond that,
   * blocking commands wait for one in order (FIFO), their timeout and abort signal applying to the
   * wait. Default 16.
   */
  maximum?: number;
  /** A dedicated connection idle this long (ms) is closed. Default 3000 (node-redis's pool `cleanupDelay`). */
  cleanupDelay?: number;
}

export interface ResolvedBlockingPoolOptions {
  maximum: number;
  cleanupDelay: number;
}

export const DEFAULT_BLOCKING_POOL: Readonly<ResolvedBlockingPoolOptions> = Object.freeze({ maximum: 16, cleanupDelay: 3_000 });

/** Checks the `blockingPool` option (named `name` in errors); undefined when it is `false` (off). */
export function resolveBlockingPoolOptions(value: unknown, name = 'blockingPool'): ResolvedBlockingPoolOptions | undefined {
  if (value === undefined || value === true) return DEFAULT_BLOCKING_POOL;
  if (value === false) return undefined;
  if (typeof value !== 'object' || value === null) throw new InvalidOptionError(name, 'must be false or an object { maximum, cleanupDelay }');
  const { maximum, cleanupDelay, ...rest } = value as BlockingPoolOptions;
  const unknown = Object.keys(rest)[0];
  if (unknown !== undefined) throw new InvalidOptionError(`${name}.${unknown}`, 'is not an option of blockingPool (maximum, cleanupDelay)');
  const resolved = { maximum: maximum ?? DEFAULT_BLOCKING_POOL.maximum, cleanupDelay: cleanupDelay ?? DEFAULT_BLOCKING_POOL.cleanupDelay };
  if (!Number.isInteger(resolved.maximum) || resolved.maximum < 1 || resolved.maximum > 10_000) {
    throw new InvalidOptionError(`${name}.maximum`, 'must be an integer from 1 to 10000');
  }
  if (!Number.isInteger(resolved.cleanupDelay) || resolved.cleanupDelay < 0 || resolved.cleanupDelay > 2 ** 31 - 1) {
    throw new InvalidOptionError(`${name}.cleanupDelay`, 'must be an integer ≥ 0 (ms)');
  }
  return resolved;
}
