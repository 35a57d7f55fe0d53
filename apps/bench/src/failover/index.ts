import { startCluster } from '@x/test-utils';
import { createCluster, keySlot, type RedisClusterType } from '@x/cluster';

// `pnpm bench -- failover`: a master killed under load, with cluster-node-timeout 2000 and 15000 ms
// (Redis's default). Several of our clients work on the same cluster through the same kill — the
// default (wait, 5 s timeout), wait with a 30 s timeout, and `onMasterDown: 'fail'` — 50 workers
// each, GET and SET over keys of every shard. Per client: the outage (from the kill to the first
// success on the dead shard), and how every command issued ended.

const WORKERS = 50;
const AFTER_FAILOVER_MS = 3_000;

interface Contender {
  name: string;
  cluster: RedisClusterType;
}

interface Tally {
  ok: number;
  errors: Map<string, number>;
  /** Ends of commands on the dead shard issued after the kill: ok, or the error's class. */
  deadShard: Map<string, number>;
  firstDeadShardSuccess: number | undefined;
  slowest: number;
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

export async function runFailoverBench(): Promise<void> {
  const lines = [
    '| node timeout | client | outage on the dead shard | commands ok | errors (by class) | dead shard, issued after the kill: how they ended | slowest command |',
    '| ---: | --- | ---: | ---: | --- | --- | ---: |',
  ];
  for (const nodeTimeoutMs of [2_000, 15_000]) {
    const servers = await startCluster({ masters: 3, replicas: 1, nodeTimeoutMs });
    try {
      const rootNodes = servers.masters().map((m) => ({ socket: { host: '127.0.0.1', port: m.port } }));
      const contenders: Contender[] = [
        { name: 'wait, 5 s timeout (default)', cluster: await createCluster({ rootNodes }).connect() },
        { name: 'wait, 30 s timeout', cluster: await createCluster({ rootNodes, commandOptions: { timeout: 30_000 } }).connect() },
        { name: "onMasterDown: 'fail'", cluster: await createCluster({ rootNodes, onMasterDown: 'fail' }).connect() },
      ];
      const victim = servers.masters()[0]!;
      const keys = Array.from({ length: 3_000 }, (_, i) => `failover:${i}`);
      const dead = new Set(keys.filter((k) => servers.slotOwner(keySlot(k)) === victim));
      await Promise.all(keys.map((k) => contenders[0]!.cluster.set(k, 'v')));
      for (const master of servers.masters()) await master.command('WAIT', '1', '5000');
      let killedAt = Infinity;
      let stop = false;
      const tallies = contenders.map(() => ({ ok: 0, errors: new Map(), deadShard: new Map(), firstDeadShardSuccess: undefined, slowest: 0 }) as Tally);
      const workers = contenders.flatMap((contender, c) =>
        Array.from({ length: WORKERS }, async (_, w) => {
          const tally = tallies[c]!;
          for (let i = w; !stop; i += WORKERS) {
            const key = keys[i % keys.length]!;
            const issued = performance.now();
            const op = i % 2 === 0 ? contender.cluster.get(key) : contender.cluster.set(key, 'v');
            const outcome = await op.then(() => 'ok', (error: unknown) => (error as Error).constructor.name);
            const done = performance.now();
            tally.slowest = Math.max(tally.slowest, done - issued);
            if (outcome === 'ok') tally.ok++;
            else bump(tally.errors, outcome);
            if (dead.has(key) && issued > killedAt) {
              bump(tally.deadShard, outcome);
              if (outcome === 'ok' && tally.firstDeadShardSuccess === undefined) tally.firstDeadShardSuccess = done;
            }
          }
        }),
      );
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      killedAt = performance.now();
      await victim.kill();
      await servers.waitForFailover(victim);
      const promoted = performance.now() - killedAt;
      await new Promise((resolve) => setTimeout(resolve, AFTER_FAILOVER_MS));
      stop = true;
      await Promise.all(workers);
      process.stderr.write(`  failover: node timeout ${nodeTimeoutMs} ms, replica promoted after ${(promoted / 1000).toFixed(1)} s\n`);
      contenders.forEach((contender, c) => {
        const t = tallies[c]!;
        const outage = t.firstDeadShardSuccess === undefined ? 'never' : `${((t.firstDeadShardSuccess - killedAt) / 1000).toFixed(1)} s`;
        const show = (m: Map<string, number>): string => [...m].map(([k, v]) => `${k} ${v}`).join(', ') || '—';
        lines.push(`| ${nodeTimeoutMs} ms | ${contender.name} | ${outage} | ${t.ok} | ${show(t.errors)} | ${show(t.deadShard)} | ${(t.slowest / 1000).toFixed(1)} s |`);
      });
      for (const contender of contenders) contender.cluster.destroy();
    } finally {
      await servers.stop();
    }
  }
  process.stdout.write(lines.join('\n') + '\n');
}
