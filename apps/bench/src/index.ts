import { runRegistered } from './harness';
import { registerCodecCases } from './codec';
import { registerClientCases, registerClusterCases } from './clients';
import { runMemoryBench } from './clients/memory';
import { runFailoverBench } from './failover';
import { registerPoolCases } from './clients/pool';
import { registerBlockingCases } from './clients/blocking';
import { registerCacheCases } from './clients/cache';
import { registerKeySlotCases } from './keyslot';
import { subscribeTracingIfAsked } from './trace-subscriber';

// Each group registers its cases; `pnpm bench -- <filter>` picks by group or case name. The client
// and cluster groups start their own redis-server processes, so they are set up only when selected.
// `memory` (peak heap per cluster client, each in its own process) and `failover` (a master killed under
// load, with two node timeouts) run only when asked for by name.
async function main(argv: string[]): Promise<void> {
  const filters = argv.filter((a) => !a.startsWith('--'));
  const wants = (group: string): boolean => filters.length === 0 || filters.some((f) => group.includes(f) || f.startsWith(`${group}:`));
  if (filters.includes('memory')) {
    await runMemoryBench();
    return;
  }
  if (filters.includes('failover')) {
    await runFailoverBench();
    return;
  }
  if (subscribeTracingIfAsked()) process.stdout.write('BENCH_TRACE=1: a no-op subscriber listens on node-redis:command, :batch and :connect\n');
  registerCodecCases();
  registerKeySlotCases();
  const teardowns: Array<() => Promise<void>> = [];
  try {
    if (wants('client')) teardowns.push(await registerClientCases());
    if (wants('cluster')) teardowns.push(await registerClusterCases());
    if (wants('pool')) teardowns.push(await registerPoolCases());
    if (wants('blocking')) teardowns.push(await registerBlockingCases());
    if (wants('cache')) teardowns.push(await registerCacheCases());
    await runRegistered(argv);
  } finally {
    // Every teardown runs (clients closed, servers stopped) even if an earlier one fails; a failure
    // is reported and fails the run without hiding an error the cases threw.
    for (const teardown of teardowns) await teardown().catch(report);
  }
}

function report(error: unknown): void {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
}

main(process.argv.slice(2)).catch(report);
