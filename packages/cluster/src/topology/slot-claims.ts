import { TopologyReplyError } from '../errors';
import { SLOT_COUNT } from './key-slot';

/**
 * The slots a topology reply has handed out so far, so a reply that lists a slot twice is refused
 * before anything is built from it. A real node never does (each slot has one owner in its view);
 * a hostile or broken one could send a million overlapping ranges, which filled one by one into
 * the slot map would cost ranges × slots. Here each slot is looked at once: claiming stops at the
 * first slot already taken, so the work is bounded by the reply's length plus 16384.
 */
export class SlotClaims {
  readonly #taken = new Uint8Array(SLOT_COUNT);
  readonly #command: string;
  /** Slots examined (for tests: never more than 16384 + one per range). */
  visited = 0;

  constructor(command: string) {
    this.#command = command;
  }

  /** Claim `[start, end]` (inclusive, each already in 0…16383); throws on a reversed range or an overlap. */
  claim(start: number, end: number): void {
    if (end < start) throw new TopologyReplyError(`${this.#command}: reversed slot range ${start}-${end}`);
    const taken = this.#taken;
    for (let slot = start; slot <= end; slot++) {
      this.visited++;
      if (taken[slot] !== 0) throw new TopologyReplyError(`${this.#command}: slot ${slot} is listed twice (overlapping ranges)`);
      taken[slot] = 1;
    }
  }
}

/** A reply with more ranges than there are slots must repeat some: refused before it is read. */
export function checkRangeCount(count: number, command: string): void {
  if (count > SLOT_COUNT) throw new TopologyReplyError(`${command}: ${count} slot ranges, more than the ${SLOT_COUNT} slots`);
}
