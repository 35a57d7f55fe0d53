/** The latency events Redis samples (`LATENCY HISTORY`, `GRAPH`, `RESET`); any other name is sent as given. */
export type LatencyEvent =
  | 'active-defrag-cycle'
  | 'aof-fstat'
  | 'aof-fsync-always'
  | 'aof-stat'
  | 'aof-rewrite-diff-write'
  | 'aof-rename'
  | 'aof-write'
  | 'aof-write-active-child'
  | 'aof-write-alone'
  | 'aof-write-pending-fsync'
  | 'command'
  | 'expire-cycle'
  | 'eviction-cycle'
  | 'eviction-del'
  | 'eviction-lazyfree'
  | 'fast-command'
  | 'fork'
  | 'rdb-unlink-temp-file'
  | 'while-blocked-cron'
  | (string & Record<never, never>);

/** The latency events by node-redis's constant names (`LATENCY_EVENTS.FORK` is `'fork'`). */
export const LATENCY_EVENTS = {
  ACTIVE_DEFRAG_CYCLE: 'active-defrag-cycle',
  AOF_FSTAT: 'aof-fstat',
  AOF_FSYNC_ALWAYS: 'aof-fsync-always',
  AOF_STAT: 'aof-stat',
  AOF_REWRITE_DIFF_WRITE: 'aof-rewrite-diff-write',
  AOF_RENAME: 'aof-rename',
  AOF_WRITE: 'aof-write',
  AOF_WRITE_ACTIVE_CHILD: 'aof-write-active-child',
  AOF_WRITE_ALONE: 'aof-write-alone',
  AOF_WRITE_PENDING_FSYNC: 'aof-write-pending-fsync',
  COMMAND: 'command',
  EXPIRE_CYCLE: 'expire-cycle',
  EVICTION_CYCLE: 'eviction-cycle',
  EVICTION_DEL: 'eviction-del',
  EVICTION_LAZYFREE: 'eviction-lazyfree',
  FAST_COMMAND: 'fast-command',
  FORK: 'fork',
  RDB_UNLINK_TEMP_FILE: 'rdb-unlink-temp-file',
  WHILE_BLOCKED_CRON: 'while-blocked-cron',
} as const;

/** Rest parameters that may also be given as one array (x's earlier form): one flat list. */
export function flatArguments<T>(values: ReadonlyArray<T | ReadonlyArray<T>>): Array<T> {
  const out: Array<T> = [];
  for (const value of values) {
    if (Array.isArray(value)) out.push(...(value as ReadonlyArray<T>));
    else out.push(value as T);
  }
  return out;
}
