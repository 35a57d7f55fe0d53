import type { RunOptions } from './types';

/**
 * Reads `--rounds=N`, `--sample-ms=N`, `--gc` and positional filters from argv; `BENCH_ROUNDS`,
 * `BENCH_SAMPLE_MS` and `BENCH_GC=1` from the environment. A bare `--` (as pnpm passes it) is ignored.
 */
export function parseRunOptions(argv: readonly string[], env: NodeJS.ProcessEnv): RunOptions {
  let rounds = positive(env['BENCH_ROUNDS'], 'BENCH_ROUNDS') ?? 5;
  let sampleMs = positive(env['BENCH_SAMPLE_MS'], 'BENCH_SAMPLE_MS') ?? 300;
  const filters: string[] = [];
  let gc = env['BENCH_GC'] === '1';
  for (const arg of argv) {
    if (arg === '--') continue;
    if (arg === '--gc') {
      gc = true;
      continue;
    }
    const [flag, value] = arg.split('=', 2);
    if (flag === '--rounds') rounds = positive(value, '--rounds') ?? rounds;
    else if (flag === '--sample-ms') sampleMs = positive(value, '--sample-ms') ?? sampleMs;
    else if (arg.startsWith('--')) throw new TypeError(`Unknown option ${arg} (known: --rounds=N, --sample-ms=N, --gc, then case filters)`);
    else filters.push(arg);
  }
  return { rounds, sampleMs, filters, gc };
}

function positive(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new TypeError(`${name} must be a positive integer, got ${value}`);
  return n;
}
