import { ClientClosedError, COMMANDS, type CommandOptions } from '@x/client';
import type { Command, CommandParser, RedisArgument, TransformReply } from '@x/modules';
import { runCommand, type RunContext } from './command-runner';
import { aggregate, randomNonNull, type NodeOutcome } from './response-policy';
import { commonSlot, mergeSplit, splitBySlot } from './split-keys';
import { keySlot } from './topology/key-slot';
import { clusterScanStep } from './cluster-scan';

type Transform = TransformReply | undefined;

/**
 * Runs a command whose routing is more than "the node of its first key", from Redis's own command
 * tips (`COMMAND INFO`):
 * - keys in several slots: a `multi_shard` command (MGET, MSET, DEL, UNLINK, EXISTS, TOUCH) is split
 *   into one command per slot — all sent in the same tick, so each node gets its share in one write —
 *   and the replies merged in the caller's order (or summed); any other is refused with a
 *   CrossSlotError before anything is sent;
 * - `all_shards` / `all_nodes` (DBSIZE, KEYS, FLUSHALL, SCRIPT LOAD, FUNCTION LOAD, CONFIG SET, PING…):
 *   sent to every master / every node, the replies combined as the response policy says;
 * - RANDOMKEY: every master, and one of the keys they found, at random (null only if all are empty);
 * - a `special` response (INFO, MEMORY STATS…): one random master, as a single node would answer.
 */
export function runWithPolicy(
  context: RunContext,
  command: Command,
  parser: CommandParser,
  transform: Transform,
  options: CommandOptions | undefined,
): Promise<unknown> {
  const keys = parser.keys;
  const args = parser.redisArgs;
  const readonly = command.IS_READ_ONLY === true;
  if (keys.length > 1) {
    const slot = commonSlot(keys);
    if (slot !== undefined) return runOne(context, slot, readonly, args, options, transform, parser.preserve);
    let groups;
    try {
      groups = splitBySlot(command.REQUEST_POLICY, args, keys);
    } catch (error) {
      return Promise.reject(error);
    }
    const parts = groups.map((group) => settle(runOne(context, group.slot, readonly, group.args, options, undefined, undefined)));
    return Promise.all(parts).then((outcomes) =>
      finish(mergeSplit(command.RESPONSE_POLICY, groups, outcomes, keys.length), transform, parser.preserve, options),
    );
  }
  const policy = command.REQUEST_POLICY;
  // The built-in definitions, by identity: a module command that happens to send SCAN is not walked.
  if (command === COMMANDS.SCAN) {
    return clusterScanStep(context, String(args[1]), args.slice(2), options).then((reply) => finish(reply, transform, parser.preserve, options));
  }
  if (command === COMMANDS.RANDOMKEY) {
    return fanOut(context, false, args, options).then((outcomes) => finish(randomNonNull(outcomes), transform, parser.preserve, options));
  }
  if ((policy === 'all_shards' || policy === 'all_nodes') && command.RESPONSE_POLICY !== 'special') {
    return fanOut(context, policy === 'all_nodes', args, options).then((outcomes) =>
      finish(aggregate(command.RESPONSE_POLICY, outcomes), transform, parser.preserve, options),
    );
  }
  const first = keys[0];
  return runOne(context, first === undefined ? undefined : keySlot(first), readonly, args, options, transform, parser.preserve);
}

function runOne(
  context: RunContext,
  slot: number | undefined,
  readonly: boolean,
  args: readonly RedisArgument[],
  options: CommandOptions | undefined,
  transform: Transform,
  preserve: unknown,
): Promise<unknown> {
  return runCommand(context, { slot, readonly, anyNode: false, args, options, transform, preserve, script: undefined });
}

/** Every master (or, for `all_nodes`, every online node) at once. */
function fanOut(context: RunContext, allNodes: boolean, args: readonly RedisArgument[], options: CommandOptions | undefined): Promise<NodeOutcome[]> {
  const map = context.topology.slotMap;
  const nodes = allNodes ? [...map.nodes.values()] : map.masters;
  // A replica Redis 7.0 calls "loading" only because its replication offset is still 0 can run
  // SCRIPT LOAD or CONFIG SET; leaving it out would leave it without the script.
  const targets = nodes.filter((n) => n.health !== 'failed').map((n) => context.topology.registry.ensure(n));
  if (targets.length === 0) return Promise.reject(new ClientClosedError('The cluster has no online node to send the command to'));
  return Promise.all(targets.map((entry) => settle(entry.send(args, options))));
}

function settle(promise: Promise<unknown>): Promise<NodeOutcome> {
  return promise.then(
    (reply) => ({ ok: true as const, reply }),
    (error: unknown) => ({ ok: false as const, error: error as Error }),
  );
}

/** The command's own transformReply, on the combined reply. */
function finish(reply: unknown, transform: Transform, preserve: unknown, options: CommandOptions | undefined): unknown {
  return transform === undefined ? reply : transform(reply, preserve, options?.typeMapping);
}
