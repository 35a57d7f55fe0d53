// Starting and stopping the servers a package shares across its test files (used by the jest global
// setup and teardown entry points).
import { startCluster, type RedisCluster, type StartClusterOptions } from './cluster/redis-cluster';
import { startRedisServer, type RedisServer, type StartRedisServerOptions } from './redis-server';
import { CLUSTER_ENV, serverInfo, STANDALONE_ENV, type SharedClusterInfo } from './shared';

/**
 * Which shared servers a package wants, in its jest.config.js:
 * `globals: { xTestServers: { standalone: true, cluster: true } }`. `true` means defaults (the
 * cluster: 3 masters + 3 replicas); an object passes options (JSON only). Nothing asked, nothing started.
 */
export interface SharedServersOptions {
  standalone?: boolean | StartRedisServerOptions;
  cluster?: boolean | StartClusterOptions;
}

/** The part of jest's project config the setup reads. */
export interface JestProjectConfigLike {
  globals?: Record<string, unknown>;
  testEnvironmentOptions?: Record<string, unknown>;
}

interface Running {
  standalone?: RedisServer;
  cluster?: RedisCluster;
}

const KEY = 'xTestServers';
const RUNNING = Symbol.for('@x/test-utils:shared-servers');

type GlobalWithRunning = typeof globalThis & { [RUNNING]?: Running };

/** Reads `xTestServers` from the project's `globals` (or `testEnvironmentOptions`). */
export function sharedServersOptions(project: JestProjectConfigLike | undefined): SharedServersOptions {
  const raw = project?.globals?.[KEY] ?? project?.testEnvironmentOptions?.[KEY];
  if (raw === undefined) return {};
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new TypeError(`jest config: globals.${KEY} must be an object like { standalone: true, cluster: true }`);
  }
  const options = raw as Record<string, unknown>;
  for (const key of Object.keys(options)) {
    if (key !== 'standalone' && key !== 'cluster') throw new TypeError(`jest config: globals.${KEY}.${key} is unknown (standalone, cluster)`);
    const value = options[key];
    if (typeof value !== 'boolean' && (value === null || typeof value !== 'object')) {
      throw new TypeError(`jest config: globals.${KEY}.${key} must be true, false or an options object`);
    }
  }
  return options as SharedServersOptions;
}

const optionsOf = <T extends object>(value: boolean | T | undefined): T | undefined =>
  value === undefined || value === false ? undefined : value === true ? ({} as T) : value;

/** Starts what `options` asks for, publishes it in process.env, remembers it for the teardown. */
export async function startSharedServers(options: SharedServersOptions): Promise<void> {
  const standaloneOptions = optionsOf(options.standalone);
  const clusterOptions = optionsOf(options.cluster);
  const [standalone, cluster] = await Promise.allSettled([
    standaloneOptions && startRedisServer(standaloneOptions),
    clusterOptions && startCluster(clusterOptions),
  ]);
  const running: Running = {};
  if (standalone.status === 'fulfilled' && standalone.value) running.standalone = standalone.value;
  if (cluster.status === 'fulfilled' && cluster.value) running.cluster = cluster.value;
  (globalThis as GlobalWithRunning)[RUNNING] = running;
  const failed = [standalone, cluster].find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) {
    await stopSharedServers();
    throw failed.reason;
  }
  if (running.standalone) process.env[STANDALONE_ENV] = JSON.stringify(serverInfo(running.standalone));
  if (running.cluster) {
    const c = running.cluster;
    const info: SharedClusterInfo = {
      nodes: c.nodes.map((n) => ({
        ...serverInfo(n),
        id: n.id,
        announcedPort: n.announcedPort,
        role: n.role,
        masterId: n.masterId,
        slots: n.slots.map(([a, b]) => [a, b] as [number, number]),
      })),
      auth: c.auth,
      tls: c.tls,
      nodeTimeoutMs: c.nodeTimeoutMs,
    };
    process.env[CLUSTER_ENV] = JSON.stringify(info);
  }
}

/** Stops what `startSharedServers` started in this process. */
export async function stopSharedServers(): Promise<void> {
  const holder = globalThis as GlobalWithRunning;
  const running = holder[RUNNING];
  delete holder[RUNNING];
  delete process.env[STANDALONE_ENV];
  delete process.env[CLUSTER_ENV];
  await Promise.all([running?.standalone?.stop(), running?.cluster?.stop()]);
}
