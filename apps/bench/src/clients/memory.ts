import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { startCluster } from '@x/test-utils';
import { clusterContenders } from './contenders';

const run = promisify(execFile);

interface ChildResult {
  peakHeapAboveIdle: number;
  peakRssAboveIdle: number;
  rss: number;
}

/** Runs one client's child; a child that fails yields the first line of its error instead. */
async function measure(name: string, nodes: string): Promise<ChildResult | string> {
  try {
    const { stdout } = await run(process.execPath, ['--expose-gc', `${__dirname}/memory-child.js`, name, nodes], { maxBuffer: 1 << 20 });
    return JSON.parse(stdout) as ChildResult;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    return stderr.split('\n').find((line) => line.trim() !== '') ?? String(error);
  }
}

/**
 * Peak heap and resident set per client on the same 3+3 cluster, each client in its own process,
 * over `rounds` interleaved rounds; prints the median per client (of the runs that completed) as a
 * markdown table, with the error of any run that failed.
 */
export async function runMemoryBench(rounds = 3): Promise<void> {
  const cluster = await startCluster({ masters: 3, replicas: 1 });
  try {
    const nodes = cluster.masters().map((m) => ({ host: m.host, port: m.port }));
    const names = clusterContenders(nodes).map((c) => c.name); // names only: nothing connects here
    const samples = new Map<string, ChildResult[]>(names.map((n) => [n, []]));
    const failures = new Map<string, string[]>(names.map((n) => [n, []]));
    for (let round = 0; round < rounds; round++) {
      for (const name of names) {
        const result = await measure(name, JSON.stringify(nodes));
        if (typeof result === 'string') {
          failures.get(name)!.push(result);
          process.stderr.write(`  memory: ${name} failed: ${result}\n`);
        } else {
          samples.get(name)!.push(result);
        }
      }
      process.stderr.write(`  memory: round ${round + 1}/${rounds}\n`);
    }
    const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
    const median = (v: number[]): number => [...v].sort((a, b) => a - b)[v.length >> 1]!;
    const lines = [
      `| client (cluster, burst of 100k + 1000 in flight) | peak JS heap above idle | peak RSS above idle | RSS at end |`,
      '| --- | ---: | ---: | ---: |',
    ];
    for (const name of names) {
      const rows = samples.get(name)!;
      const failed = failures.get(name)!;
      // A run that failed stopped before its peak: its numbers are not shown, the error is.
      const cell = (pick: (r: ChildResult) => number): string => (rows.length === 0 ? '—' : mb(median(rows.map(pick))));
      const note = failed.length === 0 ? '' : ` (failed ${failed.length} of ${rounds} runs: ${failed[0]!.replaceAll('|', '\\|')})`;
      lines.push(`| ${name}${note} | ${cell((r) => r.peakHeapAboveIdle)} | ${cell((r) => r.peakRssAboveIdle)} | ${cell((r) => r.rss)} |`);
    }
    process.stdout.write(lines.join('\n') + `\n\nMedian of ${rounds} rounds, each client in its own process.\n`);
  } finally {
    await cluster.stop();
  }
}
