// `pnpm demo`: an embedded local Redis Cluster (3 masters, 3 replicas, from redis-server on the
// PATH), the clustering docs example, then the client riding through a live slot migration and a
// failover while it counts operations. Everything is torn down at the end, also on Ctrl-C.
import { createCluster, keySlot, type RedisClusterType } from '@x/cluster';
import { startCluster, type RedisCluster as LocalCluster } from '@x/test-utils';
import { bold, fmt, green, heading, ms, red, say, table, yellow } from './output';
import { Workload } from './workload';

async function main(): Promise<void> {
  heading('Starting a local Redis Cluster');
  const local = await startCluster({ masters: 3, replicas: 1 });
  process.once('SIGINT', () => void local.stop().then(() => process.exit(130)));
  try {
    say(`3 masters + 3 replicas on ${local.nodes.map((n) => n.port).join(', ')}`);
    await docsExample(local);
    await ridingThroughChanges(local);
  } finally {
    await local.stop();
    say('local cluster stopped');
  }
}

async function docsExample(local: LocalCluster): Promise<void> {
  heading('The clustering docs example');
  const url = `redis://127.0.0.1:${local.masters()[0]!.port}`;
  const cluster = await createCluster({ rootNodes: [{ url }] })
    .on('error', (err) => console.log('Redis Cluster Error', err))
    .connect();
  await cluster.set('key', 'value');
  const value = await cluster.get('key');
  await cluster.close();
  say(`cluster.set('key', 'value') · cluster.get('key') → ${green(JSON.stringify(value))}`);
  say(`'key' is in slot ${keySlot('key')}, served by ${local.slotOwner(keySlot('key')).port}`);
}

async function ridingThroughChanges(local: LocalCluster): Promise<void> {
  heading('Riding through a live slot migration and a failover');
  const cluster: RedisClusterType = createCluster({
    rootNodes: local.masters().map((m) => ({ url: `redis://127.0.0.1:${m.port}` })),
  });
  cluster.on('node-disconnect', (n) => say(yellow(`node ${n.address} disconnected`)));
  cluster.on('node-ready', (n) => say(`node ${n.address} ready`));
  await cluster.connect();
  const workload = new Workload(cluster);
  workload.start();
  await until(() => workload.ops > 20_000);
  say(`workload running: 50 workers, SET + GET each · ${fmt(workload.ops)} commands so far`);

  // 1. Migrate 200 slots that hold keys from one master to another, slot by slot.
  const [from, to] = [local.masters()[0]!, local.masters()[1]!];
  const slots = [...new Set([...workload.acknowledged.keys()].map((k) => keySlot(k)))]
    .filter((slot) => local.slotOwner(slot) === from)
    .slice(0, 100);
  const before = { ...cluster.stats };
  let ops = workload.ops;
  let started = performance.now();
  say(`migrating ${slots.length} slots (with their keys) from ${from.port} to ${to.port}, one by one…`);
  // The first slot stops half-way for a moment, so the workload meets ASK as well as MOVED.
  const [first, ...rest] = slots;
  const halfway = await local.migrateSlot(first!, from, to, { stopHalfway: true });
  await until(() => cluster.stats.ask > before.ask || performance.now() - started > 2_000);
  await halfway.finish();
  await local.moveSlots(rest, to);
  report('migration', workload, ops, started, [
    ['MOVED followed', fmt(cluster.stats.moved - before.moved)],
    ['ASK followed', fmt(cluster.stats.ask - before.ask)],
  ]);

  // 2. Kill a master; its replica takes over after cluster-node-timeout.
  const victim = local.masters()[2]!;
  const victimSlots = [...Array(16384).keys()].filter((s) => local.slotOwner(s) === victim);
  workload.watch(victimSlots);
  ops = workload.ops;
  const retries = cluster.stats.retries;
  started = performance.now();
  say(`killing master ${victim.port} (SIGKILL) — its replica must take over…`);
  await victim.kill();
  const promoted = await local.waitForFailover(victim);
  say(`replica ${promoted.port} is the master now`);
  await until(() => workload.ops > ops + 20_000);
  const { longestGap, slowestCommand } = workload.outage;
  report('failover', workload, ops, started, [
    ['retries after the kill', fmt(cluster.stats.retries - retries)],
    ['outage for the client (killed shard)', ms(longestGap)],
    ['slowest single command', ms(slowestCommand)],
  ]);

  await workload.stop();
  cluster.removeAllListeners('node-disconnect').removeAllListeners('node-ready');
  await victim.restart();
  await local.waitForStable();
  say(`old master ${victim.port} rejoined as a replica`);

  heading('Checking every acknowledged write');
  const entries = [...workload.acknowledged.entries()];
  const values = await Promise.all(entries.map(([k]) => cluster.get(k)));
  const lost = entries.filter(([, v], i) => values[i] !== v).length;
  table([
    ['commands completed', fmt(workload.ops)],
    ['acknowledged writes checked', fmt(entries.length)],
    ['acknowledged writes lost', lost === 0 ? green('0') : red(fmt(lost))],
    ['commands that failed', workload.errors.length === 0 ? green('0') : yellow(fmt(workload.errors.length))],
  ]);
  if (workload.errors.length > 0) {
    say(dimReasons(workload.errors));
  }
  await cluster.close();
}

function report(what: string, workload: Workload, opsBefore: number, started: number, extra: Array<[string, string]>): void {
  const seconds = (performance.now() - started) / 1000;
  say(`${bold(what)} done in ${seconds.toFixed(1)} s`);
  table([
    ['commands during it', fmt(workload.ops - opsBefore)],
    ['throughput', `${fmt(Math.round((workload.ops - opsBefore) / seconds))} ops/s`],
    ...extra,
    ['errors seen by callers so far', fmt(workload.errors.length)],
  ]);
}

/** Why commands failed, grouped (a killed master may take writes in flight with it: "may have run"). */
function dimReasons(errors: Error[]): string {
  const counts = new Map<string, number>();
  for (const e of errors) counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
  const list = [...counts].map(([name, n]) => `${n} × ${name}`).join(', ');
  return `failed commands were in flight on the killed master when it died (${list}): rejected, never acknowledged`;
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
}

main().catch((error: unknown) => {
  console.error(red('demo failed:'), error);
  process.exitCode = 1;
});
