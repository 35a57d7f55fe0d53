/** One implementation measured in a case (ours, or a peer library). */
export interface Contender {
  /** Shown in the table, e.g. `'@x/resp'`, `'redis-parser 3.0.0'`. */
  name: string;
  /** One iteration of the work. May return a promise (awaited per iteration). */
  run: () => unknown;
  /** When set, the contender is listed with this reason instead of being measured. */
  skip?: string;
}

/** A named measurement with several contenders doing the same work. */
export interface BenchCase {
  /** Group for selecting from the command line (`pnpm bench -- codec`). */
  group: string;
  /** Unique name, shown in the table. */
  name: string;
  /**
   * What one iteration does, in `unit`s: operations (`'ops/s'`, e.g. replies decoded) or bytes
   * (`'MB/s'`).
   */
  work: number;
  unit: 'ops/s' | 'MB/s';
  /** Everyone's ratio is computed against this contender (default: the first). */
  baseline?: string;
  contenders: Contender[];
  /** Runs once before measuring, e.g. to check every contender produces the same result. */
  verify?: () => unknown;
  /** A line under the table. */
  note?: string;
}

/** How a run is configured (command line, then environment, then defaults). */
export interface RunOptions {
  /** Measured rounds, each running every contender once (interleaved). At least 5 by default. */
  rounds: number;
  /** Target duration of one sample (one contender, one round), in milliseconds. */
  sampleMs: number;
  /** Case filters: a case runs if its group or name contains any of these (all run when empty). */
  filters: string[];
  /** Force a full GC (and an untimed settling run) before each sample. Needs node --expose-gc. */
  gc: boolean;
}

/**
 * Which clock a throughput is computed from. `'cpu'`: this process's CPU time (user + system, all
 * threads, so GC helper threads count) — unaffected by being descheduled on a shared machine, the
 * headline for synchronous work. `'wall'`: elapsed time — the headline when a contender is async
 * (waiting on I/O is then part of the work).
 */
export type Clock = 'cpu' | 'wall';

/** The measurements of one contender in one case. */
export interface ContenderResult {
  name: string;
  /** Headline throughput per measured round, in the case's unit (clock: `clock`). Empty when skipped. */
  samples: number[];
  median: number;
  /** The clock of `samples`/`median`. */
  clock: Clock;
  /** Wall-clock throughput per round (same as `samples` when `clock` is `'wall'`). */
  wallSamples: number[];
  wallMedian: number;
  /**
   * Throughput per CPU-second of this process per round (same as `samples` when `clock` is
   * `'cpu'`). For a client it is its cost: all its threads count (a native core's too), the
   * server's do not; unlike wall time it barely moves when the machine is shared.
   */
  cpuSamples: number[];
  cpuMedian: number;
  skip?: string;
  /** Set when the contender's run threw or rejected: the first line of the error; no samples then. */
  failed?: string;
}

export interface CaseResult {
  bench: BenchCase;
  results: ContenderResult[];
}
