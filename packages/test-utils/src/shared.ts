// The servers the jest global setup shares with every test file of a package: published as JSON in
// process.env (jest workers inherit the main process's env), read back by typed accessors.
import { RawConnection, type CommandArg, type CommandOptions } from './raw-connection';
import type { ServerAuth } from './redis-server';
import { expectInteger, expectText, parseInfo } from './reply-helpers';
import type { RespReply, RespStringReply } from './resp2-reader';
import type { TlsMaterial } from './tls-material';

/** Env var holding the shared standalone server (JSON of {@link SharedServerInfo}). */
export const STANDALONE_ENV = 'X_TEST_STANDALONE';
/** Env var holding the shared cluster (JSON of {@link SharedClusterInfo}). */
export const CLUSTER_ENV = 'X_TEST_CLUSTER';

/** How a shared server is reached (what the env var holds). */
export interface SharedServerInfo {
  host: '127.0.0.1';
  /** The port to connect to (the TLS port if TLS-only). */
  port: number;
  tlsPort: number | undefined;
  pid: number;
  auth: ServerAuth | undefined;
  tls: TlsMaterial | undefined;
}

/** One node of the shared cluster, as it was when the setup finished. */
export interface SharedClusterNodeInfo extends SharedServerInfo {
  id: string;
  /** The port the cluster announces (equal to `port` unless started with `announcePorts`). */
  announcedPort: number;
  role: 'master' | 'replica';
  masterId: string | undefined;
  slots: Array<[number, number]>;
}

/** What the cluster env var holds. */
export interface SharedClusterInfo {
  nodes: SharedClusterNodeInfo[];
  auth: ServerAuth | undefined;
  tls: TlsMaterial | undefined;
  nodeTimeoutMs: number;
}

/** Something the harness can send commands to. Shared servers have no stop/kill: never change them. */
export interface Commandable {
  /** Raw RESP2 round trip over the harness's own connection; an error reply rejects. */
  command(...args: CommandArg[]): Promise<RespStringReply>;
  commandWith(options: CommandOptions, ...args: CommandArg[]): Promise<RespReply>;
  /** `command()` for a reply that must be a string; anything else rejects with a TypeError. */
  text(...args: CommandArg[]): Promise<string>;
  /** `command()` for a reply that must be an integer; anything else rejects with a TypeError. */
  integer(...args: CommandArg[]): Promise<number>;
  /** `INFO [section]` parsed into `field → value`. */
  info(section?: string): Promise<Record<string, string>>;
}

/** The shared standalone server, from {@link sharedServer}. */
export type SharedServer = Readonly<SharedServerInfo> & Commandable;
/** A node of the shared cluster. */
export type SharedClusterNode = Readonly<SharedClusterNodeInfo> & Commandable;

/** The shared cluster, from {@link sharedCluster}. Read-only: tests that change it start their own. */
export interface SharedCluster {
  readonly nodes: ReadonlyArray<SharedClusterNode>;
  readonly auth: ServerAuth | undefined;
  readonly tls: TlsMaterial | undefined;
  readonly nodeTimeoutMs: number;
  /** `{ host, port }` of every master: seeds for a cluster client. */
  readonly seeds: ReadonlyArray<{ host: string; port: number }>;
  masters(): SharedClusterNode[];
  replicas(): SharedClusterNode[];
  slotOwner(slot: number): SharedClusterNode;
  /** `CLUSTER KEYSLOT key` on a node. */
  keySlot(key: string | Buffer): Promise<number>;
}

function commandable<T extends SharedServerInfo>(info: T): Readonly<T> & Commandable {
  const connection = new RawConnection(() => ({
    host: info.host,
    port: info.port,
    tls: info.tls !== undefined && info.tlsPort === info.port ? { ca: info.tls.ca, cert: info.tls.clientCert, key: info.tls.clientKey } : undefined,
    auth: info.auth,
  }));
  const command = async (...args: CommandArg[]): Promise<RespStringReply> => (await connection.command(args)) as RespStringReply;
  const text = async (...args: CommandArg[]): Promise<string> => expectText(args, await command(...args));
  return {
    ...info,
    command,
    commandWith: (options: CommandOptions, ...args: CommandArg[]) => connection.command(args, options),
    text,
    integer: async (...args: CommandArg[]) => expectInteger(args, await command(...args)),
    info: async (section?: string) => parseInfo(await text(...(section === undefined ? ['INFO'] : ['INFO', section]))),
  };
}

function readEnv<T>(name: string, what: string, key: string): T {
  const raw = process.env[name];
  if (raw === undefined || raw === '') {
    throw new Error(
      `${what}: ${name} is not set. Add the jest global setup of @x/test-utils to this package's jest.config.js ` +
        `and ask for it: globals: { xTestServers: { ${key}: true } } (see packages/test-utils/README.md).`,
    );
  }
  return JSON.parse(raw) as T;
}

let server: SharedServer | undefined;
let cluster: SharedCluster | undefined;

/** The standalone server the jest global setup started for this package (throws if none was asked for). */
export function sharedServer(): SharedServer {
  server ??= commandable(readEnv<SharedServerInfo>(STANDALONE_ENV, 'sharedServer()', 'standalone'));
  return server;
}

/** The cluster the jest global setup started for this package (throws if none was asked for). */
export function sharedCluster(): SharedCluster {
  if (cluster !== undefined) return cluster;
  const info = readEnv<SharedClusterInfo>(CLUSTER_ENV, 'sharedCluster()', 'cluster');
  const nodes = info.nodes.map((node) => commandable(node));
  const owners = new Array<SharedClusterNode | undefined>(16384).fill(undefined);
  for (const node of nodes) for (const [start, end] of node.slots) for (let slot = start; slot <= end; slot++) owners[slot] = node;
  const masters = nodes.filter((n) => n.role === 'master');
  cluster = {
    nodes,
    auth: info.auth,
    tls: info.tls,
    nodeTimeoutMs: info.nodeTimeoutMs,
    seeds: masters.map((n) => ({ host: n.host, port: n.port })),
    masters: () => nodes.filter((n) => n.role === 'master'),
    replicas: () => nodes.filter((n) => n.role === 'replica'),
    slotOwner: (slot: number) => {
      const owner = owners[slot];
      if (owner === undefined) throw new RangeError(`slotOwner: no owner for slot ${slot}`);
      return owner;
    },
    keySlot: async (key: string | Buffer) => Number(await (nodes[0] as SharedClusterNode).command('CLUSTER', 'KEYSLOT', key)),
  };
  return cluster;
}

/** Serializes a server handle for the env var. */
export function serverInfo(server: SharedServerInfo): SharedServerInfo {
  return { host: server.host, port: server.port, tlsPort: server.tlsPort, pid: server.pid, auth: server.auth, tls: server.tls };
}
