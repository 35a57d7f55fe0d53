import { startCluster, startRedisServer } from '@x/test-utils';
import { registerCase } from '../harness';
import { closeAll, clusterClients, standaloneClients, type BenchClient } from './contenders';
import {
  BIG_VALUE_COMMANDS,
  BURST,
  IN_FLIGHT_TOTAL,
  MGET_CALLS,
  SEQUENTIAL,
  bigValues,
  burst,
  inFlight,
  mGet100,
  sequential,
  verifySameReplies,
} from './workloads';

type Teardown = () => Promise<void>;

function registerWorkloads(group: 'client' | 'cluster', clients: BenchClient[], withClusterCases: boolean): void {
  const cases: Array<[string, number, (c: BenchClient) => Promise<void>]> = [
    ['sequential (1 in flight)', SEQUENTIAL, sequential],
    ['1000 in flight', IN_FLIGHT_TOTAL, inFlight],
    ['burst of 100k', BURST, burst],
  ];
  if (withClusterCases) cases.push(['100 KB values, 16 in flight', BIG_VALUE_COMMANDS, bigValues], ['mGet of 100 keys (one hash tag), 100 in flight', MGET_CALLS, mGet100]);
  for (const [name, work, workload] of cases) {
    registerCase({
      group,
      name: `${group}: ${name}`,
      unit: 'ops/s',
      work,
      contenders: clients.map((client) => ({ name: client.name, run: () => workload(client) })),
      verify: () => verifySameReplies(clients),
    });
  }
}

/** A local redis-server and the single-node clients. */
export async function registerClientCases(): Promise<Teardown> {
  const server = await startRedisServer();
  const clients = await standaloneClients({ host: server.host, port: server.port }).catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });
  registerWorkloads('client', clients, false);
  return async () => {
    try {
      await closeAll(clients);
    } finally {
      await server.stop();
    }
  };
}

/** A local 3-master, 3-replica cluster and the cluster clients. */
export async function registerClusterCases(): Promise<Teardown> {
  const cluster = await startCluster({ masters: 3, replicas: 1 });
  const clients = await clusterClients(cluster.masters().map((m) => ({ host: m.host, port: m.port }))).catch(async (error: unknown) => {
    await cluster.stop();
    throw error;
  });
  registerWorkloads('cluster', clients, true);
  return async () => {
    try {
      await closeAll(clients);
    } finally {
      await cluster.stop();
    }
  };
}
