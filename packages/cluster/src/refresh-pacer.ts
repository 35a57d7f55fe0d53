/**
 * How soon a topology refresh may run. Three kinds of request:
 * - `now`: the caller asked for it (`refreshTopology()`): at once;
 * - `soon`: evidence of a change (a MOVED) or the user's periodic interval: no sooner than
 *   {@link MIN_INTERVAL_MS} after the last read started;
 * - `paced`: a guess (a node stalls or dropped, a command waits for its shard): the interval doubles
 *   with each read that found the cluster unchanged, up to {@link MAX_INTERVAL_MS}, plus up to 25 %
 *   of jitter so a fleet of clients does not read in step.
 * A read that finds the cluster changed resets the backoff. So a node that stalls for 25 s costs a
 * dozen reads, not 250 (one read at most every 500 ms, and fewer and fewer while nothing changes).
 */
export type RefreshUrgency = 'now' | 'soon' | 'paced';

/** At most two reads a second, whatever asks for them (except the user). */
export const MIN_INTERVAL_MS = 500;
/** While nothing changes, reads slow down to one every 2–2.5 s: a failover is still seen within that. */
export const MAX_INTERVAL_MS = 2_000;
const JITTER = 0.25;

/** The order of urgencies: the more urgent of two requests wins. */
export function moreUrgent(a: RefreshUrgency | undefined, b: RefreshUrgency): RefreshUrgency {
  if (a === 'now' || b === 'now') return 'now';
  if (a === 'soon' || b === 'soon') return 'soon';
  return 'paced';
}

/** The pacing state of one cluster's refreshes (pure: time and randomness come in as arguments). */
export class RefreshPacer {
  #lastStart = Number.NEGATIVE_INFINITY;
  /** Reads in a row that found the cluster as it was. */
  #unchanged = 0;
  /** This round's jitter factor (drawn once per read, so repeated requests agree on a time). */
  #jitter = 1;
  readonly #random: () => number;

  constructor(random: () => number = Math.random) {
    this.#random = random;
  }

  /** Reads in a row that found nothing changed (for tests and stats). */
  get unchangedStreak(): number {
    return this.#unchanged;
  }

  /** The earliest time (`performance.now()` scale) a read of this urgency may start. */
  earliest(urgency: RefreshUrgency): number {
    if (urgency === 'now') return Number.NEGATIVE_INFINITY;
    if (urgency === 'soon') return this.#lastStart + MIN_INTERVAL_MS;
    return this.#lastStart + this.interval();
  }

  /** The current paced interval in ms, jitter included. */
  interval(): number {
    return Math.min(MIN_INTERVAL_MS * 2 ** this.#unchanged, MAX_INTERVAL_MS) * this.#jitter;
  }

  started(now: number): void {
    this.#lastStart = now;
  }

  /** A read ended: `changed` when it found a cluster other than the last one seen (a failed read did not). */
  finished(changed: boolean): void {
    this.#unchanged = changed ? 0 : Math.min(this.#unchanged + 1, 16);
    this.#jitter = 1 + this.#random() * JITTER;
  }

  /** Evidence the cluster changed (a MOVED): the next paced read is not backed off. */
  noteChange(): void {
    this.#unchanged = 0;
  }
}
