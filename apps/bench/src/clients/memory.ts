import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { startCluster } from '@x/test-utils';

const run = promisify(execFile);
const NAMES = ['@x/cluster', 'ioredis 6.0.0 (autopipelining)', 'node-redis 6.3.1', 'node-redis 6.3.1 (no timeout)'];

/**
 * Peak heap per client on the same 3+3 cluster, each client in its own process, over `rounds`
 * interleaved rounds; prints the median per client as a markdown table.
 */
export async function runMemoryBench(rounds = 3): Promise<void> {
  const cluster = await startCluster({ masters: 3, replicas: 1 });
  try {
    const nodes = JSON.stringify(cluster.masters().map((m) => ({ host: m.host, port: m.port })));
    const samples = new Map<string, number[]>(NAMES.map((n) => [n, []]));
    const rss = new Map<string, number[]>(NAMES.map((n) => [n, []]));
    for (let round = 0; round < rounds; round++) {
      for (const name of NAMES) {
        const { stdout } = await run(process.execPath, ['--expose-gc', `${__dirname}/memory-child.js`, name, nodes], { maxBuffer: 1 << 20 });
        const result = JSON.parse(stdout) as { peakHeapAboveIdle: number; rss: number };
        samples.get(name)!.push(result.peakHeapAboveIdle);
        rss.get(name)!.push(result.rss);
      }
      process.stderr.write(`  memory: round ${round + 1}/${rounds}\n`);
    }
    const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
    const median = (v: number[]): number => [...v].sort((a, b) => a - b)[v.length >> 1]!;
    const lines = ['| client (cluster, burst of 100k + 1000 in flight) | peak heap above idle (median) | RSS at end (median) |', '| --- | ---: | ---: |'];
    for (const name of NAMES) lines.push(`| ${name} | ${mb(median(samples.get(name)!))} | ${mb(median(rss.get(name)!))} |`);
    process.stdout.write(lines.join('\n') + '\n');
  } finally {
    await cluster.stop();
  }
}
