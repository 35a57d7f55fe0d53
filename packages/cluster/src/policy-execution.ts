import type { CommandOptions } from '@x/client';
import { COMMANDS, CommandRequest, transformFor } from '@x/client/node-connection';
import type { Command, CommandParser, RedisArgument, TransformReply } from '@x/modules';
import type { EngineContext } from './attempt';
import { clusterScanStep } from './cluster-scan';
import { NoOnlineNodeError } from './errors';
import { aggregate, randomNonNull, type NodeOutcome } from './response-policy';
import { runRequest, type RouteOptions } from './run-command';
import { commonSlot, mergeSplit, splitBySlot } from './split-keys';
import { keySlot } from './topology/key-slot';

/**
 * Runs a command whose routing is more than "the node of its first key", from Redis's own command
 * tips (`COMMAND INFO`). Every part goes through the attempt engine, so each rides through a
 * failover or a reshard as a single command does:
 * - keys in several slots: a `multi_shard` command (MGET, MSET, DEL, UNLINK, EXISTS, TOUCH) is split
 *   into one command per slot — all sent in the same tick, so each node gets its share in one write —
 *   and the replies merged in the caller's order (or summed); any other is refused with a
 *   CrossSlotError before anything is sent;
 * - `all_shards` / `all_nodes` (DBSIZE, KEYS, FLUSHALL, SCRIPT LOAD, FUNCTION LOAD, CONFIG SET, PING…):
 *   one part per shard, routed by a slot the shard owns (so a master that fails over mid-command
 *   hands its part to its successor), plus — `all_nodes` — one per replica; the replies combined as
 *   the response policy says;
 * - RANDOMKEY: every master (a part per shard, as above), and one of the keys they found, at random
 *   (null only if all are empty);
 * - a `special` response (INFO, MEMORY STATS…): one random master, as a single node would answer.
 *
 * `raw`: the command came from `sendCommand` (its definition found by name, raw-policy.ts): the same
 * routing, with the caller's `isReadonly`, and the replies combined but not transformed.
 */
export function runWithPolicy(
  context: EngineContext,
  command: Command,
  parser: CommandParser,
  transform: TransformReply | undefined,
  options: CommandOptions | undefined,
  raw?: { readonly: boolean },
): Promise<unknown> {
  const keys = parser.keys;
  const args = parser.redisArgs;
  const readonly = raw === undefined ? command.IS_READ_ONLY === true : raw.readonly;
  // A raw command (sendCommand) is routed by its definition's policy but its reply is not transformed.
  const shaped = raw === undefined ? (reply: unknown): unknown => finish(context, command, parser, transform, options, reply) : (reply: unknown): unknown => reply;
  if (keys.length > 1) {
    const slot = commonSlot(keys);
    if (slot !== undefined) return part(context, args, options, slot, readonly).then(shaped);
    let groups;
    try {
      groups = splitBySlot(command.REQUEST_POLICY, args, keys);
    } catch (error) {
      return Promise.reject(error);
    }
    const parts = groups.map((group) => settle(part(context, group.args, options, group.slot, readonly)));
    return Promise.all(parts).then((outcomes) => shaped(mergeSplit(command.RESPONSE_POLICY, groups, outcomes, keys.length)));
  }
  const policy = command.REQUEST_POLICY;
  // The built-in definitions, by identity: a module command that happens to send SCAN is not walked.
  if (command === COMMANDS.SCAN) return clusterScanStep(context, String(args[1]), args.slice(2), options).then(shaped);
  if (command === COMMANDS.RANDOMKEY) return fanOut(context, false, args, options, readonly).then((outcomes) => shaped(randomNonNull(outcomes)));
  if ((policy === 'all_shards' || policy === 'all_nodes') && command.RESPONSE_POLICY !== 'special') {
    return fanOut(context, policy === 'all_nodes', args, options, readonly).then((outcomes) => shaped(aggregate(command.RESPONSE_POLICY, outcomes)));
  }
  const first = keys[0];
  return part(context, args, options, first === undefined ? undefined : keySlot(first), readonly).then(shaped);
}

const MASTERS_ONLY: RouteOptions = Object.freeze({ mastersOnly: true });

/** One part (or the whole) of a command, as the engine runs any: the raw reply. */
function part(
  context: EngineContext,
  args: readonly RedisArgument[],
  options: CommandOptions | undefined,
  slot: number | undefined,
  readonly: boolean,
  route?: RouteOptions,
): Promise<unknown> {
  return new Promise((resolve, reject) => runRequest(context, new CommandRequest(args, options, resolve, reject), slot, readonly, route));
}

/**
 * One part per shard, routed by its first slot; a master without slots (it serves nothing, but
 * FLUSHALL, SCRIPT LOAD… are for it too) and, for `all_nodes`, every replica get a part of their own
 * sent to that node only. A replica Redis 7.0 calls "loading" only because its replication offset is
 * still 0 can run SCRIPT LOAD or CONFIG SET: only failed nodes are left out.
 */
function fanOut(context: EngineContext, allNodes: boolean, args: readonly RedisArgument[], options: CommandOptions | undefined, readonly: boolean): Promise<NodeOutcome[]> {
  const map = context.topology.slotMap;
  const registry = context.topology.registry;
  const firstSlots = map.firstSlots;
  const parts: Array<Promise<NodeOutcome>> = [];
  for (const shard of map.shards) {
    const slot = firstSlots.get(shard);
    if (slot !== undefined) parts.push(settle(part(context, args, options, slot, readonly, MASTERS_ONLY)));
    else if (shard.info.master.health !== 'failed') parts.push(settle(part(context, args, options, undefined, readonly, { pinned: shard.master })));
    if (!allNodes) continue;
    for (const replica of shard.info.replicas) {
      const entry = registry.get(replica.address);
      if (entry !== undefined) parts.push(settle(part(context, args, options, undefined, readonly, { pinned: entry })));
    }
  }
  if (parts.length === 0) return Promise.reject(new NoOnlineNodeError('to send the command to'));
  return Promise.all(parts);
}

function settle(promise: Promise<unknown>): Promise<NodeOutcome> {
  return promise.then(
    (reply) => ({ ok: true as const, reply }),
    (error: unknown) => ({ ok: false as const, error: error as Error }),
  );
}

/**
 * The command's own transformReply on the combined reply — picked for the protocol the nodes
 * negotiated, by the same rule as a single command's.
 */
function finish(
  context: EngineContext,
  command: Command,
  parser: CommandParser,
  transform: TransformReply | undefined,
  options: CommandOptions | undefined,
  reply: unknown,
): unknown {
  const resp = context.topology.slotMap.onlineMasters[0]?.connection.resp ?? parser.respVersion;
  const chosen = transformFor({ definition: command, transform, shapeResp: parser.respVersion, preserve: parser.preserve }, resp);
  return chosen === undefined ? reply : chosen(reply, parser.preserve, options?.typeMapping);
}
