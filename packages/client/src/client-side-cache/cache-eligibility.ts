import { RESP_TYPES, type Command, type CommandParser, type RedisArgument, type TypeMapping } from '@x/modules';
import { decodeFlagsOf } from '../decode-flags';
import { ClientSideCacheCommandError } from '../errors';
import { cacheKeyOf } from './cache-key';
import { CACHEABLE_COMMANDS } from './cacheable-commands';
import type { BasicClientSideCache } from './client-side-cache';

// The RESP types a decode profile decides for (decode-flags.ts): a type mapping choosing for
// another type (ARRAY, BOOLEAN, NULL, …) may shape replies in ways the profile does not capture,
// so such a read is sent, never cached.
const PROFILED_TYPES = new Set<number>([
  RESP_TYPES.BLOB_STRING,
  RESP_TYPES.SIMPLE_STRING,
  RESP_TYPES.VERBATIM_STRING,
  RESP_TYPES.NUMBER,
  RESP_TYPES.BIG_NUMBER,
  RESP_TYPES.DOUBLE,
  RESP_TYPES.MAP,
  RESP_TYPES.SET,
]);

const namespaces = new WeakMap<TypeMapping, number | null>();

/**
 * Which cache a reply under this type mapping goes to: its decode profile (the one integer that
 * holds every decoding choice), so `withTypeMapping({ [BLOB_STRING]: Buffer })` reads are cached
 * apart from string ones, and two equal mappings share entries. undefined: not cacheable.
 */
export function cacheNamespace(typeMapping: TypeMapping | undefined): number | undefined {
  if (typeMapping === undefined) return decodeFlagsOf(undefined);
  let namespace = namespaces.get(typeMapping);
  if (namespace === undefined) {
    namespace = decodeFlagsOf(typeMapping);
    for (const type of Object.keys(typeMapping)) {
      if (!PROFILED_TYPES.has(Number(type)) && (typeMapping as Record<string, unknown>)[type] !== undefined) namespace = null;
    }
    namespaces.set(typeMapping, namespace);
  }
  return namespace === null ? undefined : namespace;
}

/** A definition's verdict, kept with the command name it was given for (one definition, one name, as a rule). */
const verdicts = new WeakMap<Command, { name: string; eligible: boolean }>();

function eligibleCommand(command: Command, name: string): boolean {
  const known = verdicts.get(command);
  if (known !== undefined && known.name === name) return known.eligible;
  const eligible = command.CACHEABLE ?? (CACHEABLE_COMMANDS.has(name) || CACHEABLE_COMMANDS.has(name.toUpperCase()));
  verdicts.set(command, { name, eligible });
  return eligible;
}

/**
 * The cache key of a read if it is to be cached: a cacheable command (its definition's
 * `CACHEABLE`, else node-redis's list) with keys, under a type mapping the cache can tell apart,
 * that the cache's `cacheable` predicate (if any) accepts. Throws what that predicate throws.
 */
export function cacheKeyFor(
  cache: BasicClientSideCache,
  command: Command,
  parser: CommandParser,
  typeMapping: TypeMapping | undefined,
): string | undefined {
  const name = parser.redisArgs[0];
  if (typeof name !== 'string' || parser.keys.length === 0) return undefined;
  if (!eligibleCommand(command, name)) return undefined;
  const namespace = cacheNamespace(typeMapping);
  if (namespace === undefined) return undefined;
  const predicate = cache.cacheable;
  if (predicate !== undefined && !predicate(name, parser.keys)) return undefined;
  return cacheKeyOf(namespace, parser.redisArgs);
}

/**
 * With a cache, the client owns the connection's tracking state: `CLIENT TRACKING` could stop the
 * invalidations and `CLIENT CACHING` attach to the wrong read (node-redis refuses both too); and
 * the cache keys do not hold the database, so `SELECT` would serve one database's entries in
 * another — x refuses it (use the `database` option); a raw `RESET` turns tracking off behind the
 * cache's back (`client.reset()` handles it: it turns tracking on again and drops what was read).
 */
export function cacheManagedRefusal(args: ReadonlyArray<RedisArgument>): ClientSideCacheCommandError | undefined {
  const first = args[0];
  if (typeof first === 'string') {
    // Only SELECT, RESET and CLIENT are refused: skip the upper-casing for every other length.
    if (first.length !== 5 && first.length !== 6) return undefined;
  } else if (!(first instanceof Uint8Array)) return undefined;
  const name = String(first).toUpperCase();
  if (name === 'SELECT' || name === 'RESET') return new ClientSideCacheCommandError(name);
  if (name !== 'CLIENT' || args.length < 2) return undefined;
  const sub = String(args[1]).toUpperCase();
  return sub === 'TRACKING' || sub === 'CACHING' ? new ClientSideCacheCommandError(`CLIENT ${sub}`) : undefined;
}

/** Hands a RESP3 `invalidate` push to the cache; false for any other push. */
export function applyInvalidation(cache: BasicClientSideCache, push: unknown[]): boolean {
  const kind = push[0];
  if (kind !== 'invalidate' && !(Buffer.isBuffer(kind) && kind.toString() === 'invalidate')) return false;
  const keys = push[1];
  if (Array.isArray(keys)) for (const key of keys as RedisArgument[]) cache.invalidate(key);
  else cache.invalidate(null);
  return true;
}
