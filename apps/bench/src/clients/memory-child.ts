// One client in its own process (heaps of different clients must not mix): connect to the cluster
// given in argv, run the burst of 100k and 1000 in flight, and report the peak heap above the
// idle baseline, sampled every millisecond and right after issuing the burst (its high point).
import { clusterClients } from './contenders';
import { burst, inFlight } from './workloads';

async function main(): Promise<void> {
  const [name, nodesJson] = process.argv.slice(2);
  const nodes = JSON.parse(nodesJson!) as Array<{ host: string; port: number }>;
  const clients = await clusterClients(nodes);
  const client = clients.find((c) => c.name === name)!;
  for (const other of clients) if (other !== client) await other.close();
  await burst(client); // warm up (JIT, connections, buffers)
  const gc = (globalThis as { gc?: () => void }).gc!;
  gc();
  gc();
  const baseline = process.memoryUsage().heapUsed;
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 1);
  const observe = (): void => void (peak = Math.max(peak, process.memoryUsage().heapUsed));
  for (let i = 0; i < 3; i++) {
    await burst(client);
    observe();
    await inFlight(client);
    observe();
  }
  clearInterval(sampler);
  const rss = process.memoryUsage().rss;
  await client.close();
  process.stdout.write(JSON.stringify({ name, peakHeapAboveIdle: peak - baseline, rss }) + '\n');
}

void main();
