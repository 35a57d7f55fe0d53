import { performance } from 'node:perf_hooks';
import type { BenchCase, CaseResult, Contender, ContenderResult, RunOptions } from './types';

/** Garbage collection between samples when node runs with --expose-gc, so one sample's garbage is not billed to the next. */
const gc = (globalThis as { gc?: () => void }).gc;

/** Runs `iterations` iterations; returns the elapsed milliseconds. */
async function sample(contender: Contender, iterations: number, isAsync: boolean): Promise<number> {
  gc?.();
  const run = contender.run;
  const start = performance.now();
  if (isAsync) {
    for (let i = 0; i < iterations; i++) await run();
  } else {
    for (let i = 0; i < iterations; i++) run();
  }
  return performance.now() - start;
}

interface Plan {
  contender: Contender;
  iterations: number;
  isAsync: boolean;
  samples: number[];
}

/** How many iterations fill about `sampleMs`: double until a run takes 1/4 of it, then scale. */
async function calibrate(contender: Contender, sampleMs: number): Promise<Plan> {
  const first = contender.run();
  const isAsync = typeof (first as { then?: unknown } | undefined)?.then === 'function';
  if (isAsync) await first;
  let iterations = 1;
  for (;;) {
    const elapsed = await sample(contender, iterations, isAsync);
    if (elapsed >= sampleMs / 4 || iterations >= 1 << 24) {
      return { contender, isAsync, samples: [], iterations: Math.max(1, Math.round((iterations * sampleMs) / Math.max(elapsed, 0.001))) };
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
 * so machine noise (other processes, thermal drift) hits every contender alike.
 */
export async function runCase(bench: BenchCase, options: RunOptions, log: (line: string) => void = () => undefined): Promise<CaseResult> {
  if (bench.verify !== undefined) await bench.verify();
  const plans: Plan[] = [];
  for (const contender of bench.contenders) {
    if (contender.skip !== undefined) continue;
    plans.push(await calibrate(contender, options.sampleMs));
  }
  // Warm-up round, discarded.
  for (const plan of plans) await sample(plan.contender, plan.iterations, plan.isAsync);
  for (let round = 0; round < options.rounds; round++) {
    for (let k = 0; k < plans.length; k++) {
      const plan = plans[(round + k) % plans.length] as Plan;
      const elapsed = await sample(plan.contender, plan.iterations, plan.isAsync);
      const units = bench.unit === 'MB/s' ? bench.work / 1e6 : bench.work;
      plan.samples.push((plan.iterations * units) / (elapsed / 1000));
    }
    log(`  ${bench.name}: round ${round + 1}/${options.rounds}`);
  }
  const results: ContenderResult[] = bench.contenders.map((contender) => {
    const plan = plans.find((p) => p.contender === contender);
    const samples = plan?.samples ?? [];
    return { name: contender.name, samples, median: median(samples), ...(contender.skip !== undefined ? { skip: contender.skip } : {}) };
  });
  return { bench, results };
}

/** The cases the filters select (all when there are none). */
export function selectCases(cases: readonly BenchCase[], filters: readonly string[]): BenchCase[] {
  if (filters.length === 0) return [...cases];
  return cases.filter((c) => filters.some((f) => c.group.includes(f) || c.name.includes(f)));
}
