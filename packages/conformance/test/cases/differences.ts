// Differences x keeps on purpose, shared by the case files: each with its reason and a check of what
// x does instead.
import type { Case, Outcome } from '../support/cases';

function rejected(outcome: Outcome, who: string): Error {
  if (outcome.ok) throw new Error(`${who} resolved with ${JSON.stringify(outcome.value)}; expected a CROSSSLOT rejection`);
  return outcome.error;
}

/**
 * Keys in several slots for a command that cannot be split: node-redis sends it and the server
 * answers `CROSSSLOT …`; x refuses it before sending anything, with a `CrossSlotError` whose message
 * also starts with `CROSSSLOT` (and whose `code` is `'CROSSSLOT'`), naming the slots.
 */
export const crossSlotRefusedBeforeSending: NonNullable<Case['difference']> = {
  reason: 'x refuses keys in several slots before sending (CrossSlotError, message "CROSSSLOT …"); node-redis sends and gets the server\'s CROSSSLOT error',
  targets: ['cluster'],
  check(x, nr) {
    const xe = rejected(x, 'x') as Error & { code?: string };
    expect(xe.constructor.name).toBe('CrossSlotError');
    expect(xe.code).toBe('CROSSSLOT');
    expect(xe.message).toMatch(/^CROSSSLOT /);
    expect(nr.ok ? '' : nr.error.message).toMatch(/^CROSSSLOT /);
  },
};

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
