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

/**
 * Peak heap and resident set per client on the same 3+3 cluster, each client in its own process,
 * over `rounds` interleaved rounds; prints the median per client as a markdown table.
 */
export async function runMemoryBench(rounds = 3): Promise<void> {
  const cluster = await startCluster({ masters: 3, replicas: 1 });
  try {
    const nodes = cluster.masters().map((m) => ({ host: m.host, port: m.port }));
    const names = clusterContenders(nodes).map((c) => c.name); // names only: nothing connects here
    const samples = new Map<string, ChildResult[]>(names.map((n) => [n, []]));
    for (let round = 0; round < rounds; round++) {
      for (const name of names) {
        const { stdout } = await run(process.execPath, ['--expose-gc', `${__dirname}/memory-child.js`, name, JSON.stringify(nodes)], { maxBuffer: 1 << 20 });
        samples.get(name)!.push(JSON.parse(stdout) as ChildResult);
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
      const cell = (pick: (r: ChildResult) => number): string => mb(median(rows.map(pick)));
      lines.push(`| ${name} | ${cell((r) => r.peakHeapAboveIdle)} | ${cell((r) => r.peakRssAboveIdle)} | ${cell((r) => r.rss)} |`);
    }
    process.stdout.write(lines.join('\n') + `\n\nMedian of ${rounds} rounds, each client in its own process.\n`);
  } finally {
    await cluster.stop();
  }
}
