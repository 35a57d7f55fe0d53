import type { RedisArgument, RequestPolicy, ResponsePolicy } from '@x/modules';
import { CrossSlotError } from './errors';
import { aggregate, type NodeOutcome } from './response-policy';
import { keySlot } from './topology/key-slot';

/** The part of a multi-key command that one slot serves. */
export interface SlotGroup {
  slot: number;
  args: RedisArgument[];
  /** Index, in the caller's key order, of each of this group's keys. */
  positions: number[];
}

// Multi-shard by Redis's tips, but atomic: splitting would break the all-or-nothing semantics.
const NEVER_SPLIT = new Set(['MSETNX']);

/** The slot shared by every key, or undefined when they span slots. */
export function commonSlot(keys: readonly RedisArgument[]): number | undefined {
  const slot = keySlot(keys[0]!);
  for (let i = 1; i < keys.length; i++) if (keySlot(keys[i]!) !== slot) return undefined;
  return slot;
}

/**
 * Splits a `multi_shard` command whose keys span slots (MGET, MSET, DEL, UNLINK, EXISTS, TOUCH) into
 * one command per slot. Each must have the shape `NAME key [values…] key [values…] …`: the argument
 * list after the name is the keys' groups, each the same length. Anything else cannot be split and is
 * refused with a CrossSlotError naming the slots, before anything is sent.
 */
export function splitBySlot(policy: RequestPolicy | undefined, args: readonly RedisArgument[], keys: readonly RedisArgument[]): SlotGroup[] {
  const name = String(args[0]).toUpperCase();
  const slots = keys.map((key) => keySlot(key));
  const step = (args.length - 1) / keys.length;
  const shaped = Number.isInteger(step) && step >= 1 && keys.every((key, i) => args[1 + i * step] === key);
  if (policy !== 'multi_shard' || NEVER_SPLIT.has(name) || !shaped) throw new CrossSlotError(name, [...new Set(slots)]);
  const bySlot = new Map<number, SlotGroup>();
  keys.forEach((_, i) => {
    const slot = slots[i]!;
    let group = bySlot.get(slot);
    if (group === undefined) bySlot.set(slot, (group = { slot, args: [args[0]!], positions: [] }));
    for (let j = 0; j < step; j++) group.args.push(args[1 + i * step + j]!);
    group.positions.push(i);
  });
  return [...bySlot.values()];
}

/**
 * Merges the replies of the split parts: an array reply per key (MGET) back in the caller's key
 * order; anything else as the command's response policy says (a sum of counts for DEL, OK for MSET).
 */
export function mergeSplit(policy: ResponsePolicy | undefined, groups: readonly SlotGroup[], outcomes: readonly NodeOutcome[], keyCount: number): unknown {
  if (policy === undefined) {
    const merged = new Array<unknown>(keyCount);
    outcomes.forEach((outcome, g) => {
      if (!outcome.ok) throw outcome.error;
      const replies = outcome.reply as unknown[];
      groups[g]!.positions.forEach((position, j) => (merged[position] = replies[j]));
    });
    return merged;
  }
  return aggregate(policy, outcomes);
}
