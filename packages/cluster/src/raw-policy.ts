import { COMMANDS } from '@x/client/node-connection';
import type { Command, RedisArgument } from '@x/modules';

// `cluster.sendCommand(firstKey, isReadonly, args)` follows the same request policy as the typed
// method for the same command, as node-redis 6.2+ does: a raw cross-slot MGET is split by slot, a raw
// DBSIZE or KEYS goes to every shard and its replies are combined. The command is recognised by its
// name (and, for a container command such as SCRIPT or CONFIG, its subcommand) among the built-in
// definitions; only those whose routing is more than "the node of the first key" are returned.

/** Container commands whose subcommand decides the routing (SCRIPT LOAD, CONFIG SET, FUNCTION DELETE…). */
const CONTAINERS = new Set(['CONFIG', 'FUNCTION', 'LATENCY', 'MEMORY', 'SCRIPT', 'SLOWLOG']);

/**
 * Commands about this connection's own writes on one node: WAIT (and WAITAOF) count the replicas that
 * acknowledged the writes the connection sent to that node. Sent with a `firstKey`, they go to that
 * key's node — the one the caller wrote to — and are not fanned out (node-redis fans them out
 * whatever the key: a shard written nothing, or with no reachable replica, answers 0 after the
 * timeout, and the minimum is 0). Without a `firstKey`, they fan out as the typed `wait()` does.
 */
const CONNECTION_BOUND = new Set(['WAIT', 'WAITAOF']);

/** Multi-key commands whose keys come with a value each (`MSET k v k v`): the keys are every other argument. */
const KEY_VALUE_PAIRS = new Set(['MSET', 'MSETNX']);

const definitions = COMMANDS as unknown as Record<string, Command | undefined>;

/** What a command name says about routing, worked out once per spelling (sendCommand is a hot-ish path). */
interface NameInfo {
  /** The definition with a routing policy, or null (the common case). */
  readonly definition: Command | null;
  readonly upper: string;
  /** A container command: its subcommand decides. */
  readonly container: boolean;
  /** WAIT, WAITAOF: a `firstKey` keeps them on that key's node. */
  readonly connectionBound: boolean;
}

/** By the name as the caller spelt it. Bounded: raw names beyond it are worked out each time. */
const names = new Map<string, NameInfo>();
const MAX_NAMES = 1_000;

function routed(name: string): Command | null {
  const definition = Object.hasOwn(definitions, name) ? definitions[name] : undefined;
  return definition !== undefined && definition.REQUEST_POLICY !== undefined ? definition : null;
}

function infoOf(name: string): NameInfo {
  let info = names.get(name);
  if (info === undefined) {
    const upper = name.toUpperCase();
    info = { definition: routed(upper), upper, container: CONTAINERS.has(upper), connectionBound: CONNECTION_BOUND.has(upper) };
    if (names.size < MAX_NAMES) names.set(name, info);
  }
  return info;
}

/**
 * The built-in definition of a raw command when it has a request policy (multi_shard, all_shards,
 * all_nodes, special); undefined for every other command, which goes by its first key as before.
 */
export function rawPolicyDefinition(args: ReadonlyArray<RedisArgument>, firstKey?: RedisArgument): Command | undefined {
  const first = args[0];
  if (first === undefined) return undefined;
  const info = infoOf(typeof first === 'string' ? first : String(first));
  if (info.definition !== null) return firstKey !== undefined && info.connectionBound ? undefined : info.definition;
  if (!info.container || args[1] === undefined) return undefined;
  return routed(`${info.upper}_${String(args[1]).toUpperCase()}`) ?? undefined;
}

/** The keys of a raw multi-key command (MGET, DEL…: every argument after the name; MSET: every other). */
export function rawKeys(definition: Command, args: ReadonlyArray<RedisArgument>): RedisArgument[] {
  if (definition.REQUEST_POLICY !== 'multi_shard') return [];
  const step = KEY_VALUE_PAIRS.has(String(args[0]).toUpperCase()) ? 2 : 1;
  const keys: RedisArgument[] = [];
  for (let i = 1; i < args.length; i += step) keys.push(args[i]!);
  return keys;
}
