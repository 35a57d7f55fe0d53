// One client in its own process (heaps of different clients must not mix): connect only that client
// to the cluster given in argv, run the burst of 100k and 1000 in flight, and report the peak JS
// heap and the peak resident set above the idle baseline, sampled every millisecond and right after
// issuing the burst (its high point). The resident set counts what lives outside the JS heap too
// (GLIDE's Rust core keeps its queues and buffers there).
import { clusterContenders } from './contenders';
import { burst, inFlight } from './workloads';

async function main(): Promise<void> {
  const [name, nodesJson] = process.argv.slice(2);
  const nodes = JSON.parse(nodesJson!) as Array<{ host: string; port: number }>;
  const factory = clusterContenders(nodes).find((c) => c.name === name);
  if (factory === undefined) throw new Error(`No cluster contender named ${String(name)}`);
  const client = await factory.connect();
  await burst(client); // warm up (JIT, connections, buffers)
  const gc = (globalThis as { gc?: () => void }).gc!;
  gc();
  gc();
  const idle = process.memoryUsage();
  let peakHeap = idle.heapUsed;
  let peakRss = idle.rss;
  const observe = (): void => {
    const now = process.memoryUsage();
    peakHeap = Math.max(peakHeap, now.heapUsed);
    peakRss = Math.max(peakRss, now.rss);
  };
  const sampler = setInterval(observe, 1);
  for (let i = 0; i < 3; i++) {
    await burst(client);
    observe();
    await inFlight(client);
    observe();
  }
  clearInterval(sampler);
  const rss = process.memoryUsage().rss;
  await client.close();
  process.stdout.write(JSON.stringify({ name, peakHeapAboveIdle: peakHeap - idle.heapUsed, peakRssAboveIdle: peakRss - idle.rss, rss }) + '\n');
}

// On failure (e.g. a command timing out under load) exit at once: the client is still connected,
// and a close() that waits for its pending commands to drain could keep this process alive.
main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
