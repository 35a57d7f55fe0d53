/**
 * A small benchmark harness: register named cases, each with several contenders doing the same
 * work; run them in interleaved rounds (A, B, C, A, B, C...) after a discarded warm-up round; print
 * the median throughput per contender and its ratio to ours as a markdown table (a contender whose
 * run throws is shown as failed, with the error, and the others still run). Synchronous cases
 * are ranked by throughput per CPU-second (robust on a shared machine: time spent descheduled is
 * not counted; GC threads are), async ones by wall clock; the other clock's median is shown beside it.
 *
 * ```ts
 * import { registerCase, runRegistered } from './harness';
 * registerCase({
 *   group: 'client', name: 'GET 100 B', unit: 'ops/s', work: 1000,
 *   contenders: [
 *     { name: '@x/client', run: () => pipeline(ours) },      // may return a promise
 *     { name: 'ioredis', run: () => pipeline(ioredis) },
 *   ],
 *   verify: () => { ... },                                   // once, before measuring
 * });
 * await runRegistered(process.argv.slice(2));               // `pnpm bench -- client --rounds=7`
 * ```
 * Options: `--rounds=N` / `BENCH_ROUNDS` (default 5), `--sample-ms=N` / `BENCH_SAMPLE_MS` (default
 * 300), `--gc` / `BENCH_GC=1` (force a GC before each sample; needs node `--expose-gc`; off by
 * default, see `sample()` in runner.ts for why), positional filters matching a case's group or name.
 */
import os from 'node:os';
import { parseRunOptions } from './options';
import { markdownTable } from './report';
import { runCase, selectCases } from './runner';
import type { BenchCase, CaseResult } from './types';

export type { BenchCase, CaseResult, Clock, Contender, ContenderResult, RunOptions } from './types';
export { parseRunOptions } from './options';
export { markdownTable } from './report';
export { median, runCase, selectCases } from './runner';

const registry: BenchCase[] = [];

/** Adds a case to the registry (names must be unique). */
export function registerCase(bench: BenchCase): void {
  if (registry.some((c) => c.name === bench.name)) throw new Error(`Duplicate bench case "${bench.name}"`);
  if (bench.contenders.length === 0) throw new Error(`Bench case "${bench.name}" has no contenders`);
  registry.push(bench);
}

/** Runs the registered cases selected by `argv` and prints the table to stdout (progress to stderr). */
export async function runRegistered(argv: readonly string[]): Promise<CaseResult[]> {
  const options = parseRunOptions(argv, process.env);
  const cases = selectCases(registry, options.filters);
  if (cases.length === 0) throw new Error(`No bench case matches ${options.filters.join(', ')}`);
  const log = (line: string): void => void process.stderr.write(line + '\n');
  log(`node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} x${os.cpus().length}, ${options.rounds} rounds of ~${options.sampleMs} ms, ${options.gc ? 'forced GC before each sample' : 'no forced GC'}`);
  if (options.gc && !('gc' in globalThis)) throw new Error('--gc needs node --expose-gc');
  const results: CaseResult[] = [];
  for (const bench of cases) results.push(await runCase(bench, options, log));
  process.stdout.write(markdownTable(results, options.rounds) + '\n');
  return results;
}
