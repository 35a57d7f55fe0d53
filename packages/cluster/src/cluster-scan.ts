import type { CommandOptions } from '@x/client';
import { scanArguments } from '@x/client/node-connection';
import type { RedisArgument } from '@x/modules';
import { pause, retryDelay, type EngineContext } from './attempt';
import { classify } from './classify';
import { ScanIncompleteError, SlotUncoveredError } from './errors';
import type { NodeEntry } from './node-registry';
import { runOnNode } from './run-command';
import type { ClusterNode } from './topology/slot-map';

/** SCAN's options. */
export interface ClusterScanOptions {
  MATCH?: string;
  COUNT?: number;
  TYPE?: string;
}

/**
 * How long a scan keeps waiting for slots to get an owner again (a failover) or to stop moving, before
 * it fails rather than end silently incomplete.
 */
const SETTLE_TIMEOUT_MS = 30_000;

/**
 * Every key of the cluster, each once, in batches: one SCAN walk over every master.
 *
 * Keys can move while the walk runs (a slot migration, a failover). So each pass scans the masters
 * that own slots not yet covered; a master's slots count as covered only if it owned them from the
 * start to the end of its walk and no slot was mid-migration (CLUSTER NODES shows `[slot->-id]`); the
 * others are scanned again in the next pass, after the topology is read again. Keys already yielded
 * are remembered and never yielded twice — the price of "exactly once" is a Set of the yielded keys,
 * for the length of the iteration.
 *
 * Only failures another pass can get past (a node gone mid-walk, a failover: what `classify` retries)
 * leave slots for the next pass; any other (NOPERM, a timeout) ends the iteration with that error. A
 * scan still incomplete after {@link SETTLE_TIMEOUT_MS} fails with the last such failure as `cause`.
 */
export async function* clusterScanIterator(
  context: EngineContext,
  options: ClusterScanOptions,
  commandOptions: CommandOptions | undefined,
): AsyncGenerator<RedisArgument[], void, undefined> {
  const topology = context.topology;
  const seen = new Set<string>();
  const covered = new Array<string | undefined>(topology.slotMap.slots.length).fill(undefined);
  let deadline = Infinity;
  let lastError: Error | undefined;
  for (let pass = 0; ; pass++) {
    if (pass > 0) {
      deadline = Math.min(deadline, performance.now() + SETTLE_TIMEOUT_MS);
      await pause(topology, retryDelay(pass), true, deadline);
    }
    const { owners, ownerless } = ownersToScan(context, covered);
    if (owners.length === 0 && ownerless === 0) return;
    if (performance.now() > deadline) throw new ScanIncompleteError(uncoveredSlots(covered), SETTLE_TIMEOUT_MS, lastError);
    for (const master of owners) {
      const before = ownedSlots(context, master.address);
      const entry = topology.registry.ensure(master);
      let migrating: Set<number>;
      try {
        for await (const keys of scanNode(context, entry, options, commandOptions)) {
          const fresh = keys.filter((key) => {
            const id = typeof key === 'string' ? key : `\u0000${key.toString('latin1')}`;
            if (seen.has(id)) return false;
            seen.add(id);
            return true;
          });
          if (fresh.length > 0) yield fresh;
        }
        // Unknown is not "nothing migrating": a failed CLUSTER NODES leaves the slots uncovered too.
        migrating = await migratingSlots(context, entry);
      } catch (error) {
        if (context.isClosed() || classify(error, true).action === 'fail') throw error;
        // The node went away mid-walk (failover, restart): its slots stay uncovered for the next pass.
        lastError = error as Error;
        continue;
      }
      for (const slot of before) {
        if (topology.slotMap.shardOf(slot)?.master.address === master.address && !migrating.has(slot)) covered[slot] = master.address;
      }
    }
  }
}

/**
 * The masters that own slots not yet covered by a scan of that very master, in slot order, and how
 * many uncovered slots have no online owner right now (a failover in progress: wait for it).
 */
function ownersToScan(context: EngineContext, covered: ReadonlyArray<string | undefined>): { owners: ClusterNode[]; ownerless: number } {
  const owners: ClusterNode[] = [];
  const chosen = new Set<string>();
  let ownerless = 0;
  context.topology.slotMap.slots.forEach((shard, slot) => {
    if (shard === undefined) {
      if (covered[slot] === undefined) ownerless++;
      return;
    }
    const address = shard.master.address;
    if (covered[slot] === address || chosen.has(address)) return;
    chosen.add(address);
    owners.push(shard.info.master);
  });
  return { owners, ownerless };
}

function uncoveredSlots(covered: ReadonlyArray<string | undefined>): number {
  return covered.filter((address) => address === undefined).length;
}

function ownedSlots(context: EngineContext, address: string): number[] {
  const slots: number[] = [];
  context.topology.slotMap.slots.forEach((shard, slot) => {
    if (shard?.master.address === address) slots.push(slot);
  });
  return slots;
}

/** One node's SCAN walk, batch by batch. */
async function* scanNode(
  context: EngineContext,
  entry: NodeEntry,
  options: ClusterScanOptions,
  commandOptions: CommandOptions | undefined,
): AsyncGenerator<RedisArgument[], void, undefined> {
  let cursor = '0';
  do {
    const [next, keys] = (await runOnNode(context, entry, scanArguments(cursor, options), commandOptions)) as [RedisArgument, RedisArgument[]];
    cursor = String(next);
    yield keys;
  } while (cursor !== '0');
}

/** Slots this node is migrating or importing right now (its own CLUSTER NODES line). */
async function migratingSlots(context: EngineContext, entry: NodeEntry): Promise<Set<number>> {
  const slots = new Set<number>();
  const nodes = String(await runOnNode(context, entry, ['CLUSTER', 'NODES']));
  const myself = nodes.split('\n').find((line) => line.includes('myself'));
  for (const match of myself?.matchAll(/\[(\d+)-[<>]-/g) ?? []) slots.add(Number(match[1]));
  return slots;
}

/**
 * node-redis 6's `cluster.scan(cursor, options)`: one SCAN step whose cursor walks every master, in
 * the order of their first slots. The cursor is `<first slot of the master>-<that master's
 * cursor>-<its node id>` ('0' to start, '0' when done), so it survives topology refreshes: the slot
 * says how far the walk got, the id which node the master's cursor belongs to (a SCAN cursor means
 * nothing to another node: each hashes keys with its own random seed).
 *
 * When the master whose walk begins at the cursor's slot is no longer that node (the slot was moved,
 * the master failed over), its cursor is not used: the walk starts again, at '0', from the earliest
 * (in slot order) of the slot's owner now and the first master whose walk begins after the slot — so
 * neither the keys that moved with the slot nor the masters not walked yet are skipped. Keys already
 * returned may then be returned again. A slot with no master right now (a failover) is a
 * SlotUncoveredError: retry the same cursor.
 */
export async function clusterScanStep(
  context: EngineContext,
  cursor: string,
  extraArgs: readonly RedisArgument[],
  commandOptions: CommandOptions | undefined,
): Promise<[string, RedisArgument[]]> {
  // A slot without a master (a failover) is waited for, within the command's timeout, as any command waits.
  const timeout = commandOptions?.timeout ?? context.defaultTimeout;
  const until = performance.now() + (timeout > 0 ? timeout : context.defaultTimeout);
  for (let attempt = 1; ; attempt++) {
    try {
      return await scanStep(context, cursor, extraArgs, commandOptions);
    } catch (error) {
      if (!(error instanceof SlotUncoveredError) || context.onMasterDown === 'fail' || performance.now() >= until || context.isClosed()) throw error;
      context.stats.retries++;
      await pause(context.topology, retryDelay(attempt), true, until);
    }
  }
}

async function scanStep(
  context: EngineContext,
  cursor: string,
  extraArgs: readonly RedisArgument[],
  commandOptions: CommandOptions | undefined,
): Promise<[string, RedisArgument[]]> {
  const slots = context.topology.slotMap.slots;
  const masters = mastersBySlot(context);
  let index = 0;
  let nodeCursor = '0';
  if (cursor === '0') {
    if (masters.length === 0) throw new SlotUncoveredError(0);
  } else {
    const position = parseClusterCursor(cursor, slots.length);
    const owner = slots[position.slot]?.info.master;
    if (owner === undefined) throw new SlotUncoveredError(position.slot);
    index = masters.findIndex((m) => m.node.address === owner.address);
    if (masters[index]!.firstSlot === position.slot && owner.id === position.nodeId) {
      nodeCursor = position.nodeCursor;
    } else {
      const later = masters.findIndex((m) => m.firstSlot > position.slot);
      if (later !== -1 && later < index) index = later;
    }
  }
  const { node, firstSlot } = masters[index]!;
  const [next, keys] = (await runOnNode(context, context.topology.registry.ensure(node), ['SCAN', nodeCursor, ...extraArgs], commandOptions)) as [
    RedisArgument,
    RedisArgument[],
  ];
  const nextCursor = String(next);
  if (nextCursor !== '0') return [`${firstSlot}-${nextCursor}-${node.id}`, keys];
  const following = masters[index + 1];
  return [following === undefined ? '0' : `${following.firstSlot}-0-${following.node.id}`, keys];
}

/** `<slot>-<node cursor>-<node id>`; the id may itself hold dashes (an id made of a host name). */
function parseClusterCursor(cursor: string, slotCount: number): { slot: number; nodeCursor: string; nodeId: string } {
  const [slotText, nodeCursor] = cursor.split('-', 2);
  const slot = Number(slotText);
  const nodeId = cursor.slice((slotText?.length ?? 0) + (nodeCursor?.length ?? 0) + 2);
  if (slotText === '' || !Number.isInteger(slot) || slot < 0 || slot >= slotCount || nodeCursor === undefined || !/^\d+$/.test(nodeCursor) || nodeId === '') {
    throw new TypeError(`SCAN: invalid cluster cursor ${cursor}`);
  }
  return { slot, nodeCursor, nodeId };
}

function mastersBySlot(context: EngineContext): Array<{ node: ClusterNode; firstSlot: number }> {
  const result: Array<{ node: ClusterNode; firstSlot: number }> = [];
  const seen = new Set<string>();
  context.topology.slotMap.slots.forEach((shard, slot) => {
    if (shard === undefined || seen.has(shard.master.address)) return;
    seen.add(shard.master.address);
    result.push({ node: shard.info.master, firstSlot: slot });
  });
  return result;
}
