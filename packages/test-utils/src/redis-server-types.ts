// The types of a redis-server handle and its options: what redis-server.ts starts and server-process.ts
// implements, apart from both so neither imports the other back.
import type { CommandArg, CommandOptions } from './raw-connection';
import type { AclUser } from './redis-config';
import type { RespReply, RespStringReply } from './resp2-reader';
import type { CertificateAuthority, TlsMaterial } from './tls-material';

/** TLS settings of a server. */
export interface ServerTlsOptions {
  /**
   * `'tls-only'` (default): `port 0`, only `tls-port` listens. `'both'`: a plain `port` and a `tls-port`.
   */
  mode?: 'tls-only' | 'both';
  /** `tls-auth-clients`: require (`true`), accept (`'optional'`) or ignore (`false`, default) client certs. */
  authClients?: boolean | 'optional';
  /** Sign the server certificate with this CA instead of a new one. */
  ca?: CertificateAuthority;
  /** Use this material as is (a cluster shares one set across its nodes). */
  material?: TlsMaterial;
}

/** Options of {@link startRedisServer}. Every field is optional. */
export interface StartRedisServerOptions {
  /** Extra config directives, written to the config file: `{ maxmemory: '10mb' }`. */
  config?: Readonly<Record<string, string | number | ReadonlyArray<string | number>>>;
  /** Extra redis-server command-line arguments after the config file: `['--maxmemory', '10mb']`. */
  args?: ReadonlyArray<string>;
  /** `requirepass`: the default user's password. */
  password?: string;
  /**
   * ACL users to create on start. The harness then adds its own admin user (see `auth` on the
   * handle) for `command()` and never uses yours. To lock out the default user add
   * `{ username: 'default', rules: 'off' }` (or set `password`).
   */
  acl?: ReadonlyArray<AclUser>;
  /** Serve TLS (self-signed CA and certificates made with openssl in the server's dir). */
  tls?: boolean | ServerTlsOptions;
  /** Module paths to load (`loadmodule`). */
  loadModules?: ReadonlyArray<string>;
  /** `appendonly yes` (default no). */
  appendonly?: boolean;
  /**
   * With `acl`: the name and password of the harness's own all-powerful user (default: `x-harness`
   * with a random password). startCluster gives every node the same one.
   */
  adminUser?: ServerAuth;
  /** Use this port (no retry on a clash). Default: a free one. */
  port?: number;
  /** Also keep port + 10000 free (cluster bus). Set by startCluster. */
  clusterBusPort?: boolean;
  /** Deadline for the server to answer PING, in ms (default 20 000). */
  startTimeoutMs?: number;
  /** Keep the temp dir after `stop()` (for post-mortems). Default false. */
  keepDir?: boolean;
  /** Use this directory instead of a new temp dir (never removed by the harness). */
  dir?: string;
}

/** The credentials `command()` uses (also fine for clients under test). */
export interface ServerAuth {
  username?: string;
  password: string;
}

/** What {@link startRedisServer} resolves with. */
export interface RedisServer {
  readonly host: '127.0.0.1';
  /** The port to connect to: the plain port, or the TLS port if the server is TLS-only. */
  readonly port: number;
  /** The TLS port when TLS is on (equal to `port` when TLS-only). */
  readonly tlsPort: number | undefined;
  /** The current redis-server pid (changes on `restart()`). */
  readonly pid: number;
  /** The server's working dir (config, logs, nodes.conf, TLS files). */
  readonly dir: string;
  readonly configFile: string;
  readonly logFile: string;
  /** Credentials the harness authenticates with, if the server requires any. */
  readonly auth: ServerAuth | undefined;
  /** CA, certs and keys (PEM and files) when TLS is on. */
  readonly tls: TlsMaterial | undefined;
  /** `'running'`, `'paused'` (SIGSTOP) or `'stopped'` (stopped, killed or crashed). */
  readonly state: ServerState;
  /**
   * Sends one command over the harness's own connection (RESP2) and resolves with the decoded reply,
   * bulk strings as UTF-8. An error reply rejects with a `RedisReplyError` carrying the server message.
   */
  command(...args: CommandArg[]): Promise<RespStringReply>;
  /** Like `command()` with options: a deadline, or bulk strings as Buffers. */
  commandWith(options: CommandOptions, ...args: CommandArg[]): Promise<RespReply>;
  /** `INFO [section]` parsed into `field → value`. */
  info(section?: string): Promise<Record<string, string>>;
  /** `command()` for a reply that must be a (simple or bulk) string; anything else rejects with a TypeError. */
  text(...args: CommandArg[]): Promise<string>;
  /** `command()` for a reply that must be an integer; anything else rejects with a TypeError. */
  integer(...args: CommandArg[]): Promise<number>;
  /** Stops gracefully (SIGTERM, SIGKILL after 10 s), removes the temp dir. Idempotent. */
  stop(): Promise<void>;
  /** Sends a signal (default SIGKILL); for SIGKILL/SIGTERM/SIGINT waits until the process is gone. The dir is kept. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** SIGSTOP: the process stays, its sockets stay open, nothing answers. Resolves once stopped. */
  pause(): Promise<void>;
  /** SIGCONT after `pause()`. */
  resume(): Promise<void>;
  /** Stops (if running) and starts again with the same dir, config and port; waits for PING. */
  restart(): Promise<void>;
  /** The last lines of the server's log (and of its stdout/stderr). */
  logTail(lines?: number): string;
}

export type ServerState = 'running' | 'paused' | 'stopped';
