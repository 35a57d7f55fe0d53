// Differences x keeps on purpose, shared by the case files: each with its reason and a check of what
// x does instead (keys in several slots: support/cross-slot.ts).
import type { Case } from '../support/cases';

/**
 * SCAN on a cluster: x's cursor says where its walk stopped (`<slot>-<cursor>-<node id>`: the masters
 * in slot order, resumable across a reshard), node-redis encodes its own; each step may return other
 * keys. Both walk every master: generic.test.ts compares the keys of whole walks.
 */
export const clusterScanCursor: NonNullable<Case['difference']> = {
  reason: "x's cluster SCAN cursor names the slot and node where the walk stopped; node-redis encodes its own cursor (whole walks compared in generic.test.ts)",
  targets: ['cluster'],
  check(x) {
    if (!x.ok) throw x.error;
    const reply = x.value as { cursor: unknown; keys: unknown };
    expect(typeof reply.cursor).toBe('string');
    expect(reply.cursor === '0' || /^\d+-\d+-[0-9a-f]{40}$/.test(reply.cursor as string)).toBe(true);
    expect(Array.isArray(reply.keys)).toBe(true);
  },
};
