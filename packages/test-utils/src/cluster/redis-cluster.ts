// A real Redis Cluster on 127.0.0.1: M masters with R replicas each, created with
// `redis-cli --cluster create`, returned once every node agrees (see convergence.ts).
import { randomBytes } from 'node:crypto';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { getFreePort, releasePort } from '../free-port';
import { registerDir, unregisterDir } from '../process-registry';
import type { AclUser } from '../redis-config';
import { runRedisCli } from '../redis-cli';
import { startServerProcess, type ServerAuth, type StartRedisServerOptions } from '../redis-server';
import type { ServerProcess } from '../server-process';
import { createTlsMaterial, type CertificateAuthority, type TlsMaterial } from '../tls-material';
import { waitFor, notYet } from '../wait-for';
import { ClusterNodeImpl, type ClusterNode } from './cluster-node';
import { parseClusterNodes, slotTable } from './cluster-nodes';
import { pollConvergence, type ClusterSnapshot } from './convergence';
import { migrateSlot, type MigrateSlotOptions, type MigrationContext, type SlotMigration } from './migrate-slot';

/**
 * Default `cluster-node-timeout`: 2000 ms. A node is suspected (PFAIL) after this long without a
 * pong, so failover tests take about timeout + election (≈ 1–2 s) — fast. Much lower is flaky on a
 * loaded 2-core box: a redis process starved of CPU for a second (a replica's fork for a full sync,
 * several jest workers, another engineer's build) would be failed over in a test that did not ask
 * for it. 2 s is an order of magnitude above such stalls and still keeps a kill → failover test
 * around 3–5 s.
 */
export const DEFAULT_NODE_TIMEOUT_MS = 2000;

/** Options of {@link startCluster}. */
export interface StartClusterOptions {
  /** Number of masters (at least 3, as redis-cli requires). Default 3. */
  masters?: number;
  /** Replicas per master. Default 1. */
  replicas?: number;
  /** `cluster-node-timeout` in ms. Default {@link DEFAULT_NODE_TIMEOUT_MS}. */
  nodeTimeoutMs?: number;
  /** `requirepass` on every node (and `masterauth`, so replicas can sync). */
  password?: string;
  /** ACL users on every node; the harness adds its own admin user, also used as `masteruser`. */
  acl?: ReadonlyArray<AclUser>;
  /** TLS-only nodes with `tls-cluster yes` and `tls-replication yes`, sharing one CA and certificate. */
  tls?: boolean | { authClients?: boolean | 'optional'; ca?: CertificateAuthority };
  /**
   * Make every node announce a different port (`cluster-announce-port`/`-tls-port`) where nothing
   * listens, keeping the real bus port (`cluster-announce-bus-port`): clients must map addresses.
   * Needs `replicas: 0`: a replica dials its master's announced port and could never sync.
   */
  announcePorts?: boolean;
  /** Extra config directives for every node. */
  config?: StartRedisServerOptions['config'];
  /** Extra redis-server command-line arguments for every node. */
  args?: ReadonlyArray<string>;
  /** Module paths every node loads. */
  loadModules?: ReadonlyArray<string>;
  /** Deadline for the whole cluster to be up and stable, in ms. Default 60 000. */
  startTimeoutMs?: number;
  /** Keep the cluster's dir after `stop()`. */
  keepDir?: boolean;
}

/** Options of {@link RedisCluster.waitForStable}. */
export interface WaitForStableOptions {
  /** Default: max(20 s, 10 × node timeout). */
  timeoutMs?: number;
}

/** What {@link startCluster} resolves with. */
export interface RedisCluster {
  /** Every node, in creation order (the first `masters` were created as masters). */
  readonly nodes: ReadonlyArray<ClusterNode>;
  /** The dir holding one subdir per node (and `tls/`). */
  readonly dir: string;
  /** Credentials the harness uses on every node (also fine for clients under test). */
  readonly auth: ServerAuth | undefined;
  /** The shared TLS material when TLS is on. */
  readonly tls: TlsMaterial | undefined;
  readonly nodeTimeoutMs: number;
  /** Masters in the last agreed view, not flagged failed. */
  masters(): ClusterNode[];
  /** Replicas in the last agreed view, not flagged failed. */
  replicas(): ClusterNode[];
  /** The replicas of `master` in the last agreed view. */
  replicasOf(master: ClusterNode): ClusterNode[];
  /** The node with this id or (real or announced) port. */
  node(idOrPort: string | number): ClusterNode;
  /** The master owning `slot` in the last agreed view. */
  slotOwner(slot: number): ClusterNode;
  /** `CLUSTER KEYSLOT key`, asked of a running node. */
  keySlot(key: string | Buffer): Promise<number>;
  /** Waits until the cluster is stable (see the package README); call after any change you make. */
  waitForStable(options?: WaitForStableOptions): Promise<void>;
  /** Moves a slot (with its keys) between masters; with `stopHalfway`, leaves it open for ASK tests. */
  migrateSlot(slot: number, from: ClusterNode, to: ClusterNode, options?: MigrateSlotOptions): Promise<SlotMigration>;
  /** Moves several slots (from whoever owns each) to `to`, then waits until stable. */
  moveSlots(slots: Iterable<number>, to: ClusterNode): Promise<void>;
  /** `CLUSTER FAILOVER [FORCE|TAKEOVER]` on a replica; resolves when it is master and all agree. */
  failover(replica: ClusterNode, options?: { mode?: 'default' | 'force' | 'takeover'; timeoutMs?: number }): Promise<void>;
  /**
   * After killing or pausing a master: waits until one of its replicas owns its slots and the live
   * nodes agree (the dead master flagged failed). Resolves with the new master.
   */
  waitForFailover(deadMaster: ClusterNode, options?: WaitForStableOptions): Promise<ClusterNode>;
  /** Stops every node and removes the dir. */
  stop(): Promise<void>;
}

type Predicate = (snapshot: ClusterSnapshot) => string | undefined;

class Cluster implements RedisCluster, MigrationContext {
  private table: Array<string | undefined> = [];
  private stopped = false;

  constructor(
    readonly nodes: ClusterNodeImpl[],
    readonly dir: string,
    readonly auth: ServerAuth | undefined,
    readonly tls: TlsMaterial | undefined,
    readonly nodeTimeoutMs: number,
    private readonly announcedPorts: number[],
    private readonly keepDir: boolean,
  ) {}

  private healthy(node: ClusterNodeImpl): boolean {
    return node.entry !== undefined && !node.entry.flags.includes('fail');
  }

  masters(): ClusterNode[] {
    return this.nodes.filter((n) => this.healthy(n) && n.role === 'master');
  }

  replicas(): ClusterNode[] {
    return this.nodes.filter((n) => this.healthy(n) && n.role === 'replica');
  }

  liveMasters(): ClusterNode[] {
    return this.nodes.filter((n) => n.state === 'running' && n.role === 'master');
  }

  replicasOf(master: ClusterNode): ClusterNode[] {
    return this.nodes.filter((n) => n.masterId === master.id);
  }

  node(idOrPort: string | number): ClusterNode {
    const found = this.nodes.find((n) => n.id === idOrPort || n.port === idOrPort || n.announcedPort === idOrPort);
    if (found === undefined) throw new Error(`cluster: no node ${idOrPort}`);
    return found;
  }

  slotOwner(slot: number): ClusterNode {
    if (!Number.isInteger(slot) || slot < 0 || slot > 16383) throw new RangeError(`slotOwner: slot must be an integer 0..16383, got ${slot}`);
    const id = this.table[slot];
    if (id === undefined) throw new Error(`slotOwner: slot ${slot} has no owner in the last agreed view`);
    return this.node(id);
  }

  async keySlot(key: string | Buffer): Promise<number> {
    const node = this.nodes.find((n) => n.state === 'running');
    if (node === undefined) throw new Error('keySlot: no running node');
    return Number(await node.command('CLUSTER', 'KEYSLOT', key));
  }

  /** Below jest's default 30 s test timeout, so the harness's error (with its reason) is what you see. */
  private defaultTimeout(): number {
    return Math.max(20_000, 10 * this.nodeTimeoutMs);
  }

  /** Waits for convergence plus an extra condition (a string says why it does not hold yet). */
  async waitUntil(what: string, predicate: Predicate | undefined, timeoutMs: number): Promise<ClusterSnapshot> {
    const probes = () =>
      this.nodes.map((n) => ({
        id: n.id,
        port: n.port,
        expectedPort: n.announcedPort,
        live: n.state === 'running',
        command: (...args: Array<string | number>) => n.commandWith({ timeoutMs: 3000 }, ...args) as ReturnType<ClusterNode['command']>,
      }));
    const snapshot = await waitFor(
      what,
      async () => {
        const result = await pollConvergence(probes());
        if (!result.done) return result;
        const reason = predicate?.(result.value);
        return reason === undefined ? result : notYet(reason);
      },
      { timeoutMs, intervalMs: 100 },
    );
    this.adopt(snapshot);
    return snapshot;
  }

  adopt(snapshot: ClusterSnapshot): void {
    this.table = slotTable(snapshot.entries);
    for (const node of this.nodes) node.entry = snapshot.entries.find((e) => e.id === node.id);
  }

  async waitForStable(options: WaitForStableOptions = {}): Promise<void> {
    await this.waitUntil('cluster stable', undefined, options.timeoutMs ?? this.defaultTimeout());
  }

  migrateSlot(slot: number, from: ClusterNode, to: ClusterNode, options: MigrateSlotOptions = {}): Promise<SlotMigration> {
    return migrateSlot(this, slot, from, to, options);
  }

  async moveSlots(slots: Iterable<number>, to: ClusterNode): Promise<void> {
    for (const slot of slots) {
      const from = this.slotOwner(slot);
      if (from.id === to.id) continue;
      await migrateSlot(this, slot, from, to, { wait: false });
      this.table[slot] = to.id;
    }
    await this.waitForStable();
  }

  async failover(replica: ClusterNode, options: { mode?: 'default' | 'force' | 'takeover'; timeoutMs?: number } = {}): Promise<void> {
    if (replica.role !== 'replica') throw new Error(`failover: node :${replica.port} is not a replica`);
    const mode = options.mode ?? 'default';
    await replica.command('CLUSTER', 'FAILOVER', ...(mode === 'force' ? ['FORCE'] : mode === 'takeover' ? ['TAKEOVER'] : []));
    const timeoutMs = options.timeoutMs ?? this.defaultTimeout();
    await this.waitUntil(
      `node :${replica.port} became master`,
      (s) => (s.entries.find((e) => e.id === replica.id)?.role === 'master' ? undefined : `node :${replica.port} is not master yet`),
      timeoutMs,
    );
  }

  async waitForFailover(deadMaster: ClusterNode, options: WaitForStableOptions = {}): Promise<ClusterNode> {
    if (deadMaster.state === 'running') throw new Error(`waitForFailover: node :${deadMaster.port} is running; kill or pause it first`);
    const formerReplicas = this.replicasOf(deadMaster).map((n) => n.id);
    const slots = deadMaster.slots;
    const first = slots[0];
    if (first === undefined) throw new Error(`waitForFailover: node :${deadMaster.port} owned no slots`);
    if (formerReplicas.length === 0) throw new Error(`waitForFailover: node :${deadMaster.port} had no replica to take over`);
    const snapshot = await this.waitUntil(
      `a replica of :${deadMaster.port} took over its slots`,
      (s) => {
        const owner = slotTable(s.entries)[first[0]];
        return owner !== undefined && formerReplicas.includes(owner) ? undefined : `slot ${first[0]} still owned by ${owner}`;
      },
      options.timeoutMs ?? this.defaultTimeout(),
    );
    return this.node(slotTable(snapshot.entries)[first[0]] as string);
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    await Promise.all(this.nodes.map((n) => n.stop()));
    for (const port of this.announcedPorts) releasePort(port);
    if (!this.keepDir) {
      await fsp.rm(this.dir, { recursive: true, force: true });
      unregisterDir(this.dir);
    }
  }
}

function validate(options: StartClusterOptions): { masters: number; replicas: number; nodeTimeoutMs: number } {
  const masters = options.masters ?? 3;
  const replicas = options.replicas ?? 1;
  const nodeTimeoutMs = options.nodeTimeoutMs ?? DEFAULT_NODE_TIMEOUT_MS;
  if (!Number.isInteger(masters) || masters < 3) throw new RangeError('startCluster: options.masters must be an integer ≥ 3 (redis-cli --cluster create needs 3)');
  if (!Number.isInteger(replicas) || replicas < 0) throw new RangeError('startCluster: options.replicas must be an integer ≥ 0');
  if (options.announcePorts === true && replicas > 0) {
    // A replica connects to its master's announced address; with nothing listening there it never syncs.
    throw new RangeError('startCluster: options.announcePorts needs replicas: 0 (replicas would dial the announced port, where nothing listens)');
  }
  if (!Number.isInteger(nodeTimeoutMs) || nodeTimeoutMs < 100) throw new RangeError('startCluster: options.nodeTimeoutMs must be an integer ≥ 100');
  return { masters, replicas, nodeTimeoutMs };
}

async function startNodes(count: number, base: StartRedisServerOptions, dir: string): Promise<ServerProcess[]> {
  const results = await Promise.allSettled(
    Array.from({ length: count }, (_, i) => startServerProcess({ ...base, dir: path.join(dir, `node-${i}`), clusterBusPort: true })),
  );
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  const started = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  if (failed !== undefined) {
    await Promise.all(started.map((s) => s.stop()));
    throw failed.reason;
  }
  return started;
}

/** Makes every node announce a port nothing listens on, keeping its real bus port. */
async function announcePorts(nodes: ClusterNodeImpl[], tls: boolean): Promise<number[]> {
  const ports: number[] = [];
  for (const node of nodes) {
    const announced = await getFreePort();
    ports.push(announced);
    const directives: Array<readonly [string, number]> = [
      ['cluster-announce-bus-port', node.busPort],
      [tls ? 'cluster-announce-tls-port' : 'cluster-announce-port', announced],
    ];
    for (const [name, value] of directives) await node.command('CONFIG', 'SET', name, value);
    await node.server.appendConfig(directives);
    node.announcedPort = announced;
  }
  return ports;
}

/**
 * Starts a Redis Cluster of `masters` masters with `replicas` replicas each (default 3 + 1) on free
 * 127.0.0.1 ports, created with `redis-cli --cluster create`, and resolves once it is stable: every
 * node reports `cluster_state:ok`, all agree on nodes, roles, epochs and slots (CLUSTER NODES and
 * CLUSTER SLOTS), and every replica is in sync. Stop it with `stop()`.
 *
 * @example
 * const cluster = await startCluster({ masters: 3, replicas: 1 });
 * const owner = cluster.slotOwner(await cluster.keySlot('user:1'));
 * await owner.command('SET', 'user:1', 'v');
 * await cluster.stop();
 */
export async function startCluster(options: StartClusterOptions = {}): Promise<RedisCluster> {
  const { masters, replicas, nodeTimeoutMs } = validate(options);
  const started = Date.now();
  const startTimeoutMs = options.startTimeoutMs ?? 60_000;
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'x-cluster-'));
  registerDir(dir);
  const tlsOn = options.tls !== undefined && options.tls !== false;
  const tlsOptions = typeof options.tls === 'object' ? options.tls : {};
  const adminUser = options.acl !== undefined ? { username: 'x-harness', password: randomBytes(12).toString('hex') } : undefined;
  const masterAuth: Record<string, string> = {};
  if (adminUser !== undefined) Object.assign(masterAuth, { masteruser: adminUser.username, masterauth: adminUser.password });
  else if (options.password !== undefined) masterAuth['masterauth'] = options.password;
  let nodes: ClusterNodeImpl[] = [];
  try {
    const material = tlsOn ? await createTlsMaterial(path.join(dir, 'tls'), tlsOptions.ca) : undefined;
    const base: StartRedisServerOptions = {
      config: {
        'cluster-enabled': 'yes',
        'cluster-config-file': 'nodes.conf',
        'cluster-node-timeout': nodeTimeoutMs,
        ...(tlsOn ? { 'tls-cluster': 'yes', 'tls-replication': 'yes' } : {}),
        ...masterAuth,
        ...options.config,
      },
      startTimeoutMs,
      ...(options.args !== undefined ? { args: options.args } : {}),
      ...(options.loadModules !== undefined ? { loadModules: options.loadModules } : {}),
      ...(options.password !== undefined ? { password: options.password } : {}),
      ...(options.acl !== undefined ? { acl: options.acl } : {}),
      ...(adminUser !== undefined ? { adminUser } : {}),
      ...(material !== undefined ? { tls: { material, ...(tlsOptions.authClients !== undefined ? { authClients: tlsOptions.authClients } : {}) } } : {}),
    };
    nodes = (await startNodes(masters * (1 + replicas), base, dir)).map((s) => new ClusterNodeImpl(s));
    const auth = nodes[0]?.auth;
    await runRedisCli(
      ['--cluster', 'create', ...nodes.map((n) => `127.0.0.1:${n.port}`), '--cluster-replicas', String(replicas), '--cluster-yes'],
      { auth, tls: material, timeoutMs: startTimeoutMs },
    );
    for (const node of nodes) {
      const myself = parseClusterNodes(await node.text('CLUSTER', 'NODES')).find((e) => e.myself);
      if (myself === undefined) throw new Error(`node :${node.port}: no myself line in CLUSTER NODES`);
      node.id = myself.id;
      node.busPort = myself.busPort;
      node.announcedPort = node.port;
    }
    const announced = options.announcePorts === true ? await announcePorts(nodes, tlsOn) : [];
    const cluster = new Cluster(nodes, dir, auth, material, nodeTimeoutMs, announced, options.keepDir === true);
    const remaining = Math.max(startTimeoutMs - (Date.now() - started), 1000);
    await cluster.waitUntil(`cluster of ${nodes.length} nodes stable after create`, undefined, remaining);
    return cluster;
  } catch (error) {
    await Promise.all(nodes.map((n) => n.stop()));
    if (options.keepDir !== true) {
      await fsp.rm(dir, { recursive: true, force: true });
      unregisterDir(dir);
    }
    throw error;
  }
}

