import { performance } from 'node:perf_hooks';
import type { BenchCase, CaseResult, Clock, Contender, ContenderResult, RunOptions } from './types';

/** `global.gc` when node runs with --expose-gc. */
const gc = (globalThis as { gc?: () => void }).gc;

/**
 * Runs `iterations` timed iterations; returns the elapsed wall and CPU milliseconds.
 *
 * No forced GC by default: a forced full GC leaves V8's heap and external-memory limits cold, and a
 * contender that allocates large external strings then needs ~20 passes to get back to its steady
 * state (4 x 1 MB bulks: 15-25 ms vs 4 ms CPU per pass for the same decoder; the others were not
 * affected) — real applications do not force GCs. Garbage left by one contender may be collected
 * during the next one's sample; rotating the order each round spreads that evenly. `--gc` forces a
 * GC plus an untimed settling run (as many iterations again) before each sample instead.
 */
async function sample(contender: Contender, iterations: number, isAsync: boolean, forceGc: boolean): Promise<{ wall: number; cpu: number }> {
  const run = contender.run;
  if (forceGc && gc !== undefined) {
    gc();
    if (isAsync) {
      for (let i = 0; i < iterations; i++) await run();
    } else {
      for (let i = 0; i < iterations; i++) run();
    }
  }
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  if (isAsync) {
    for (let i = 0; i < iterations; i++) await run();
  } else {
    for (let i = 0; i < iterations; i++) run();
  }
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

interface Plan {
  contender: Contender;
  iterations: number;
  isAsync: boolean;
  cpuSamples: number[];
  wallSamples: number[];
  /** Why this contender stopped being measured (its run threw or rejected). */
  failed?: string;
}

const reason = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).split('\n')[0]!;

/** How many iterations fill about `sampleMs`: double until a run takes 1/4 of it, then scale. */
async function calibrate(contender: Contender, sampleMs: number, forceGc: boolean): Promise<Plan> {
  const first = contender.run();
  const isAsync = typeof (first as { then?: unknown } | undefined)?.then === 'function';
  if (isAsync) await first;
  let iterations = 1;
  for (;;) {
    const elapsed = (await sample(contender, iterations, isAsync, forceGc)).wall;
    if (elapsed >= sampleMs / 4 || iterations >= 1 << 24) {
      const planned = Math.max(1, Math.round((iterations * sampleMs) / Math.max(elapsed, 0.001)));
      return { contender, isAsync, cpuSamples: [], wallSamples: [], iterations: planned };
    }
    iterations *= 2;
  }
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Measures one case: a discarded warm-up round (which also calibrates iterations per sample), then
 * `rounds` interleaved rounds — every contender once per round, the starting contender rotating —
 * so machine noise (other processes, thermal drift) hits every contender alike. Each sample records
 * wall and CPU time; see {@link Clock} for which one is the headline.
 */
export async function runCase(bench: BenchCase, options: RunOptions, log: (line: string) => void = () => undefined): Promise<CaseResult> {
  if (bench.verify !== undefined) await bench.verify();
  // A contender whose run throws (e.g. a command timing out under load) is reported as failed and
  // left out of the following rounds; the others are still measured.
  const plans: Plan[] = [];
  const failed = new Map<Contender, string>();
  for (const contender of bench.contenders) {
    if (contender.skip !== undefined) continue;
    try {
      plans.push(await calibrate(contender, options.sampleMs, options.gc));
    } catch (error) {
      failed.set(contender, reason(error));
      log(`  ${bench.name}: ${contender.name} failed: ${reason(error)}`);
    }
  }
  const measure = async (plan: Plan): Promise<{ wall: number; cpu: number } | undefined> => {
    if (plan.failed !== undefined) return undefined;
    try {
      return await sample(plan.contender, plan.iterations, plan.isAsync, options.gc);
    } catch (error) {
      plan.failed = reason(error);
      failed.set(plan.contender, plan.failed);
      log(`  ${bench.name}: ${plan.contender.name} failed: ${plan.failed}`);
      return undefined;
    }
  };
  // Warm-up round, discarded.
  for (const plan of plans) await measure(plan);
  for (let round = 0; round < options.rounds; round++) {
    for (let k = 0; k < plans.length; k++) {
      const plan = plans[(round + k) % plans.length] as Plan;
      const measured = await measure(plan);
      if (measured === undefined) continue;
      const units = (plan.iterations * (bench.unit === 'MB/s' ? bench.work / 1e6 : bench.work));
      plan.wallSamples.push(units / (measured.wall / 1000));
      plan.cpuSamples.push(units / (Math.max(measured.cpu, 0.001) / 1000));
    }
    log(`  ${bench.name}: round ${round + 1}/${options.rounds}`);
  }
  // CPU time is the headline unless some contender is async (then its I/O wait is the work).
  const clock: Clock = plans.some((p) => p.isAsync) ? 'wall' : 'cpu';
  const results: ContenderResult[] = bench.contenders.map((contender) => {
    const plan = plans.find((p) => p.contender === contender);
    const failure = failed.get(contender);
    // A failed contender's completed rounds are not shown: they would be a median of the rounds it
    // survived, not of the case.
    const wallSamples = failure === undefined ? (plan?.wallSamples ?? []) : [];
    const cpuSamples = failure === undefined ? (plan?.cpuSamples ?? []) : [];
    const samples = clock === 'cpu' ? cpuSamples : wallSamples;
    return {
      ...(failure !== undefined ? { failed: failure } : {}),
      name: contender.name,
      samples,
      median: median(samples),
      clock,
      wallSamples,
      wallMedian: median(wallSamples),
      cpuSamples,
      cpuMedian: median(cpuSamples),
      ...(contender.skip !== undefined ? { skip: contender.skip } : {}),
    };
  });
  return { bench, results };
}

/** The cases the filters select (all when there are none). */
export function selectCases(cases: readonly BenchCase[], filters: readonly string[]): BenchCase[] {
  if (filters.length === 0) return [...cases];
  return cases.filter((c) => filters.some((f) => c.group.includes(f) || c.name.includes(f)));
}
