import { startCluster, type RedisCluster as TestCluster } from '@x/test-utils';
import { createCluster, type RedisClusterType } from '../src';
import { disconnected, expectDeadlineNamingTheShard, expectFailedFast, keysOn, timed, writeReplicated } from './support/master-outage';

// A killed master under Redis's default cluster-node-timeout, 15000 ms: the shard has no reachable
// master for 15 s or more before its replica is promoted. Both policies, on one kill (its own file:
// the outage is long, and the other suites keep running beside it):
// - wait (the default): a read whose timeout outlasts the outage resolves once the replica serves;
//   one whose timeout does not (the default 5 s) rejects at its deadline, naming the shard;
// - fail (`onMasterDown: 'fail'`): the read rejects at once with a ShardUnavailableError.
jest.setTimeout(240_000);

const NODE_TIMEOUT_MS = 15_000;

let servers: TestCluster;
let waiting: RedisClusterType;
let failFast: RedisClusterType;

beforeAll(async () => {
  servers = await startCluster({ masters: 3, replicas: 1, nodeTimeoutMs: NODE_TIMEOUT_MS });
  const rootNodes = servers.masters().map((m) => ({ socket: { host: '127.0.0.1', port: m.port } }));
  waiting = await createCluster({ rootNodes, topologyRefreshInterval: 1_000 }).connect();
  failFast = await createCluster({ rootNodes, topologyRefreshInterval: 1_000, onMasterDown: 'fail' }).connect();
});

afterAll(async () => {
  await waiting?.close();
  await failFast?.close();
  await servers?.stop();
});

it(`a killed master with cluster-node-timeout ${NODE_TIMEOUT_MS}: each command ends as its timeout and onMasterDown say`, async () => {
  const master = servers.masters()[0]!;
  const keys = keysOn(servers, master, 'slowfailover', 50);
  await writeReplicated(waiting, keys);
  const seen = Promise.all([disconnected(waiting, master.port), disconnected(failFast, master.port)]);
  const killedAt = performance.now();
  await master.kill();
  await seen;
  const patient = waiting.withCommandOptions({ timeout: 120_000 });
  const reads = Promise.all(keys.map((k) => timed(patient.get(k))));
  const write = timed(patient.set(`${keys[0]}:after`, 'x'));
  const size = timed(patient.dbSize());
  const atDefault = timed(waiting.get(keys[1]!));
  const fast = timed(failFast.get(keys[2]!));
  const promoted = await servers.waitForFailover(master);
  const promotedAfter = performance.now() - killedAt;
  // The failover itself takes the node timeout, at least.
  expect(promotedAfter).toBeGreaterThan(NODE_TIMEOUT_MS);
  expectDeadlineNamingTheShard(await atDefault, 5_000);
  expectFailedFast(await fast, master.port);
  for (const [i, ending] of (await reads).entries()) {
    expect(ending).toMatchObject({ ok: true, value: `v:${keys[i]}` });
  }
  expect(await write).toMatchObject({ ok: true, value: 'OK' });
  const sized = await size;
  expect(sized.ok).toBe(true);
  expect(sized.value).toBeGreaterThanOrEqual(keys.length);
  expect(waiting.getSlotMaster(waiting.slots.findIndex((s) => s?.master.port === promoted.port)).port).toBe(promoted.port);
  // And the fail-fast cluster serves the shard again once its topology shows the new master.
  await failFast.refreshTopology();
  expect(await failFast.get(keys[2]!)).toBe(`v:${keys[2]}`);
});
