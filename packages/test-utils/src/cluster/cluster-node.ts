// One node of a test cluster: a redis-server handle plus what the cluster says about it.
import type { CommandArg, CommandOptions } from '../raw-connection';
import type { RedisServer, ServerAuth, ServerState } from '../redis-server';
import type { ServerProcess } from '../server-process';
import type { RespReply, RespStringReply } from '../resp2-reader';
import type { TlsMaterial } from '../tls-material';
import type { NodeEntry } from './cluster-nodes';

/** A node of a cluster started by `startCluster`. Roles and slots are as of the last agreed view. */
export interface ClusterNode extends RedisServer {
  /** The cluster node id (`CLUSTER MYID`). */
  readonly id: string;
  /**
   * The port the cluster announces for this node (in CLUSTER SLOTS/NODES/SHARDS, MOVED and ASK).
   * Equal to `port` unless the cluster was started with `announcePorts` (then nothing listens on it).
   */
  readonly announcedPort: number;
  /** The real cluster bus port. */
  readonly busPort: number;
  /** `'master'` or `'replica'`, as of the last `waitForStable()` (every helper ends with one). */
  readonly role: 'master' | 'replica';
  /** For a replica, its master's id. */
  readonly masterId: string | undefined;
  /** Owned slot ranges (inclusive), as of the last agreed view. */
  readonly slots: ReadonlyArray<readonly [number, number]>;
}

/** Wraps a ServerProcess; the cluster updates `entry` after each agreed view. */
export class ClusterNodeImpl implements ClusterNode {
  id = '';
  announcedPort = 0;
  busPort = 0;
  entry: NodeEntry | undefined;

  constructor(readonly server: ServerProcess) {}

  get host(): '127.0.0.1' {
    return this.server.host;
  }
  get port(): number {
    return this.server.port;
  }
  get tlsPort(): number | undefined {
    return this.server.tlsPort;
  }
  get pid(): number {
    return this.server.pid;
  }
  get dir(): string {
    return this.server.dir;
  }
  get configFile(): string {
    return this.server.configFile;
  }
  get logFile(): string {
    return this.server.logFile;
  }
  get auth(): ServerAuth | undefined {
    return this.server.auth;
  }
  get tls(): TlsMaterial | undefined {
    return this.server.tls;
  }
  get state(): ServerState {
    return this.server.state;
  }
  get role(): 'master' | 'replica' {
    return this.entry?.role ?? 'master';
  }
  get masterId(): string | undefined {
    return this.entry?.masterId;
  }
  get slots(): ReadonlyArray<readonly [number, number]> {
    return this.entry?.slots ?? [];
  }
  command(...args: CommandArg[]): Promise<RespStringReply> {
    return this.server.command(...args);
  }
  commandWith(options: CommandOptions, ...args: CommandArg[]): Promise<RespReply> {
    return this.server.commandWith(options, ...args);
  }
  info(section?: string): Promise<Record<string, string>> {
    return this.server.info(section);
  }
  text(...args: CommandArg[]): Promise<string> {
    return this.server.text(...args);
  }
  integer(...args: CommandArg[]): Promise<number> {
    return this.server.integer(...args);
  }
  stop(): Promise<void> {
    return this.server.stop();
  }
  kill(signal?: NodeJS.Signals): Promise<void> {
    return this.server.kill(signal);
  }
  pause(): Promise<void> {
    return this.server.pause();
  }
  resume(): Promise<void> {
    return this.server.resume();
  }
  restart(): Promise<void> {
    return this.server.restart();
  }
  logTail(lines?: number): string {
    return this.server.logTail(lines);
  }
}
