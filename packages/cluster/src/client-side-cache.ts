import { BasicClientSideCache, BasicPooledClientSideCache, type CommandOptions } from '@x/client';
import { cacheKeyFor, CommandRequest, storableOrigin, type CacheSource } from '@x/client/node-connection';
import type { Command, CommandParser, TransformReply } from '@x/modules';
import type { EngineContext } from './attempt';
import type { RedisClusterOptions } from './options';
import { RequestAttempt } from './run-command';
import type { SlotMap } from './topology/slot-map';
import { mayStandForMissingKey } from './cache-absence';

/** The cluster's one cache (the `clientSideCache` option, checked with the other options), if any. */
export function clusterCacheOf(option: RedisClusterOptions['clientSideCache']): BasicClientSideCache | undefined {
  if (option === undefined) return undefined;
  return option instanceof BasicClientSideCache ? option : new BasicPooledClientSideCache(option);
}

/**
 * Whether `origin` (a node connection) serves `slot` in `map`: its master — or, for reads with
 * `useReplicas`, one of its readers. The server tracks keys per connection, and a node that no
 * longer owns a slot never hears of writes to it: an entry read from such a node must not be served.
 */
function servesSlot(map: SlotMap, slot: number, origin: CacheSource, useReplicas: boolean): boolean {
  const shard = map.shardOf(slot);
  if (shard === undefined) return false;
  if (shard.master.connection === origin) return true;
  return useReplicas && shard.readers.some((entry) => entry.connection === origin);
}

/** What a cached read needs from the cluster. */
export interface CachedReadHost {
  readonly context: EngineContext;
  readonly useReplicas: boolean;
  readonly ready: () => Promise<unknown> | undefined;
}

/**
 * A cacheable one-key read on a cluster with a cache: served from the cache while the entry's node
 * still serves the slot (and its socket is the one that read it), else sent through the attempt
 * engine like any command — and stored only if the node that answered serves the slot (not after
 * an ASK: the importing node answered for one command only). undefined: not cacheable, send it.
 */
export function cachedClusterRead(
  host: CachedReadHost,
  cache: BasicClientSideCache,
  command: Command,
  parser: CommandParser,
  transformReply: TransformReply | undefined,
  options: CommandOptions | undefined,
  slot: number,
): Promise<unknown> | undefined {
  let cacheKey: string | undefined;
  try {
    cacheKey = cacheKeyFor(cache, command, parser, options?.typeMapping);
  } catch (error) {
    // The cache's `cacheable` predicate threw: this read fails, nothing else.
    return Promise.reject(error as Error);
  }
  // Several keys: a missing one can hide inside any reply (see cache-absence.ts): sent, not cached.
  if (cacheKey === undefined || parser.keys.length > 1) return undefined;
  const { context, useReplicas } = host;
  const serves = (origin: CacheSource): boolean => servesSlot(context.topology.slotMap, slot, origin, useReplicas);
  let attempt: RequestAttempt | undefined;
  const send = (): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const request = new CommandRequest(parser.redisArgs, options, resolve, reject).shape(command, transformReply, parser.respVersion, parser.preserve);
      attempt = new RequestAttempt(context, request, slot, command.IS_READ_ONLY === true);
      attempt.start(host.ready());
    });
  const originOf = (): CacheSource | undefined => {
    const target = attempt?.target;
    if (target === undefined || attempt!.asked) return undefined;
    const origin = storableOrigin(target.connection);
    return origin !== undefined && serves(origin) ? origin : undefined;
  };
  // A reply that may mean "no such key" is returned but not kept (cache-absence.ts).
  return cache._read(cacheKey, parser.keys, serves, send, originOf, slot, keepable);
}

const keepable = (reply: unknown): boolean => !mayStandForMissingKey(reply);

/** After a topology change: drop the entries whose node no longer serves their slot (memory; reads check anyway). */
export function dropMovedEntries(cache: BasicClientSideCache, next: SlotMap, useReplicas: boolean): void {
  cache._dropWhere((origin, slot) => slot < 0 || !servesSlot(next, slot, origin, useReplicas));
}

