// Profiling target: `node --cpu-prof dist/clients/profile-child.js '<nodes json>'` runs the cluster's
// 1000-in-flight workload for a few seconds so the profile shows where the client's CPU goes.
import { createCluster } from '@x/cluster';
import { IN_FLIGHT_TOTAL, inFlight } from './workloads';

async function main(): Promise<void> {
  const nodes = JSON.parse(process.argv[2]!) as Array<{ host: string; port: number }>;
  const cluster = await createCluster({ rootNodes: nodes.map((socket) => ({ socket })) }).connect();
  const client = { name: 'x', set: (k: string, v: string | Buffer) => cluster.set(k, v), get: (k: string) => cluster.get(k), mGet: (k: string[]) => cluster.mGet(k), close: () => cluster.close() };
  const started = performance.now();
  let commands = 0;
  while (performance.now() - started < 5_000) {
    await inFlight(client);
    commands += IN_FLIGHT_TOTAL;
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage();
  process.stdout.write(`${Math.round(commands / seconds)} ops/s, ${(((cpu.user + cpu.system) / commands)).toFixed(2)} µs CPU per command\n`);
  await cluster.close();
}

void main();
