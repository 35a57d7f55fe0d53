// Keys in several slots, on a cluster: node-redis sends the command to the first key's node and the
// server refuses it (CROSSSLOT); x's cluster refuses it before sending anything, with a CrossSlotError
// (its message starts CROSSSLOT as the server's; its code is x's own, ERR_CROSS_SLOT) naming the slots. Both refuse, nothing is written; x without the round trip.
import type { Case, Outcome } from './cases';

export const CROSS_SLOT_DIFFERENCE: NonNullable<Case['difference']> = {
  reason:
    "keys in several slots on a cluster: x's cluster refuses the call before sending anything (CrossSlotError: message CROSSSLOT…, code ERR_CROSS_SLOT — x's codes never take a server's — documented in @x/cluster's README); node-redis sends it and the server refuses it with CROSSSLOT",
  targets: ['cluster'],
  check: (x: Outcome, nr: Outcome) => {
    expect(nr.ok).toBe(false);
    expect(x.ok).toBe(false);
    if (x.ok || nr.ok) return;
    expect(nr.error.message).toMatch(/^CROSSSLOT /);
    expect(x.error.constructor.name).toBe('CrossSlotError');
    expect(x.error.message).toMatch(/^CROSSSLOT /);
    expect((x.error as Error & { code?: string }).code).toBe('ERR_CROSS_SLOT');
  },
};
