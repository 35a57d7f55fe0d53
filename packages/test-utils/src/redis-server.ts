// One real redis-server on a free 127.0.0.1 port in a fresh temp dir.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { getFreePort, releasePort } from './free-port';
import { isProcessAlive, registerDir, registerProcess, unregisterDir, unregisterProcess } from './process-registry';
import { RawConnection, type CommandArg, type CommandOptions, type ConnectTarget } from './raw-connection';
import { aclUserDirective, directivesFromRecord, renderConfig, type AclUser, type ConfigDirective } from './redis-config';
import { expectInteger, expectText, parseInfo } from './reply-helpers';
import type { RespReply, RespStringReply } from './resp2-reader';
import { createTlsMaterial, type CertificateAuthority, type TlsMaterial } from './tls-material';
import { done, notYet, waitFor } from './wait-for';

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

/** Raised when redis-server does not come up; the message ends with its log tail. */
export class RedisStartError extends Error {
  override readonly name = 'RedisStartError';
}

const DEFAULT_START_TIMEOUT_MS = 20_000;
const MAX_PORT_ATTEMPTS = 8;

/** The redis-server binary: `$REDIS_SERVER` or `redis-server` on the PATH. */
export const redisServerBinary = (): string => process.env['REDIS_SERVER'] ?? 'redis-server';

function tailOf(file: string, lines: number): string {
  try {
    const text = fs.readFileSync(file, 'utf8');
    return text.split('\n').slice(-lines - 1).join('\n').trim();
  } catch {
    return '';
  }
}

function procState(pid: number): string | undefined {
  try {
    return /^\d+ \(.*\) (\S)/.exec(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'))?.[1];
  } catch {
    return undefined;
  }
}

class ServerProcess implements RedisServer {
  readonly host = '127.0.0.1' as const;
  port = 0;
  tlsPort: number | undefined;
  pid = 0;
  state: ServerState = 'stopped';
  readonly configFile: string;
  readonly logFile: string;
  private readonly stdioFile: string;
  private child: ChildProcess | undefined;
  private exited: Promise<void> = Promise.resolve();
  private readonly connection: RawConnection;
  private stoppedForGood = false;

  constructor(
    readonly dir: string,
    private readonly options: StartRedisServerOptions,
    readonly auth: ServerAuth | undefined,
    readonly tls: TlsMaterial | undefined,
    private readonly ownsDir: boolean,
  ) {
    this.configFile = path.join(dir, 'redis.conf');
    this.logFile = path.join(dir, 'redis.log');
    this.stdioFile = path.join(dir, 'stdio.log');
    this.connection = new RawConnection(() => this.connectTarget());
  }

  private get tlsOnly(): boolean {
    return this.tls !== undefined && this.tlsMode() === 'tls-only';
  }

  private tlsMode(): 'tls-only' | 'both' {
    const tls = this.options.tls;
    return typeof tls === 'object' && tls.mode === 'both' ? 'both' : 'tls-only';
  }

  connectTarget(): ConnectTarget {
    return {
      host: this.host,
      port: this.port,
      tls: this.tlsOnly && this.tls ? { ca: this.tls.ca, cert: this.tls.clientCert, key: this.tls.clientKey } : undefined,
      auth: this.auth,
    };
  }

  async command(...args: CommandArg[]): Promise<RespStringReply> {
    return (await this.connection.command(args)) as RespStringReply;
  }

  commandWith(options: CommandOptions, ...args: CommandArg[]): Promise<RespReply> {
    return this.connection.command(args, options);
  }

  async info(section?: string): Promise<Record<string, string>> {
    return parseInfo(await this.text(...(section === undefined ? ['INFO'] : ['INFO', section])));
  }

  async text(...args: CommandArg[]): Promise<string> {
    return expectText(args, await this.command(...args));
  }

  async integer(...args: CommandArg[]): Promise<number> {
    return expectInteger(args, await this.command(...args));
  }

  logTail(lines = 40): string {
    const stdio = tailOf(this.stdioFile, 10);
    const log = tailOf(this.logFile, lines);
    const text = [stdio && `--- stdout/stderr ---\n${stdio}`, log && `--- ${this.logFile} ---\n${log}`].filter(Boolean).join('\n') || '(no log output)';
    return this.redact(text);
  }

  /** Redis echoes a bad config line (a `user` or `requirepass` line holds a password): mask every secret. */
  private redact(text: string): string {
    const secrets = [this.options.password, this.auth?.password, ...(this.options.acl ?? []).map((u) => u.password)];
    let out = text;
    for (const secret of secrets) if (secret !== undefined && secret !== '') out = out.split(secret).join('***');
    return out;
  }

  /** Chooses ports and writes the config file. */
  async configure(): Promise<void> {
    if (this.port !== 0) this.releasePorts();
    const withBus = this.options.clusterBusPort === true;
    if (this.options.port !== undefined) {
      this.port = this.options.port;
    } else {
      this.port = await getFreePort({ withBusPort: withBus });
    }
    if (this.tls !== undefined) {
      // TLS-only: the one port is the TLS port (and the cluster bus is port + 10000).
      this.tlsPort = this.tlsOnly ? this.port : await getFreePort({ withBusPort: withBus });
    }
    await fsp.writeFile(this.configFile, renderConfig(this.directives()), { mode: 0o600 });
  }

  private releasePorts(): void {
    if (this.options.port === undefined) releasePort(this.port);
    if (this.tlsPort !== undefined && this.tlsPort !== this.port) releasePort(this.tlsPort);
  }

  private directives(): ConfigDirective[] {
    const o = this.options;
    const d: ConfigDirective[] = [
      ['bind', '127.0.0.1'],
      ['port', this.tlsOnly ? 0 : this.port],
      ['dir', this.dir],
      ['logfile', this.logFile],
      ['daemonize', 'no'],
      ['protected-mode', 'no'],
      ['save', ''],
      ['appendonly', o.appendonly === true ? 'yes' : 'no'],
      ['enable-debug-command', 'yes'],
      ['enable-module-command', 'yes'],
      // Replicas of a cluster sync at once instead of waiting 5 s for more replicas to join.
      ['repl-diskless-sync-delay', 0],
    ];
    if (this.tls !== undefined) {
      const tlsOptions = typeof o.tls === 'object' ? o.tls : {};
      const auth = tlsOptions.authClients === true ? 'yes' : tlsOptions.authClients === 'optional' ? 'optional' : 'no';
      d.push(
        ['tls-port', this.tlsPort ?? 0],
        ['tls-cert-file', this.tls.certFile],
        ['tls-key-file', this.tls.keyFile],
        ['tls-ca-cert-file', this.tls.caFile],
        ['tls-auth-clients', auth],
      );
    }
    if (o.password !== undefined) d.push(['requirepass', o.password]);
    for (const user of o.acl ?? []) d.push(aclUserDirective(user));
    if (o.acl !== undefined && this.auth?.username !== undefined) {
      d.push(aclUserDirective({ username: this.auth.username, password: this.auth.password, rules: '~* &* +@all' }));
    }
    for (const module of o.loadModules ?? []) d.push(['loadmodule', module]);
    d.push(...directivesFromRecord(o.config ?? {}));
    return d;
  }

  /** Spawns redis-server and waits until it answers PING; rejects with the log tail. */
  async spawnAndWait(): Promise<void> {
    const out = fs.openSync(this.stdioFile, 'a');
    let child: ChildProcess;
    try {
      child = spawn(redisServerBinary(), [this.configFile, ...(this.options.args ?? [])], {
        cwd: this.dir,
        stdio: ['ignore', out, out],
      });
    } finally {
      fs.closeSync(out);
    }
    const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));
    if (child.pid === undefined) {
      throw new RedisStartError(`could not spawn ${redisServerBinary()}: ${(await spawnError).message}`);
    }
    this.child = child;
    this.pid = child.pid;
    this.state = 'running';
    registerProcess(child.pid);
    let exitCode: string | undefined;
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        exitCode = signal ?? String(code);
        if (this.child === child) {
          this.state = 'stopped';
          unregisterProcess(child.pid as number);
        }
        resolve();
      });
    });
    const timeoutMs = this.options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
    const result = await waitFor(
      `redis-server on 127.0.0.1:${this.port} answers PING`,
      async () => {
        if (exitCode !== undefined) return done(`exited (${exitCode})`);
        const reply = await this.connection.command(['PING'], { timeoutMs: 1000 });
        return reply === 'PONG' ? done('ok') : notYet(`PING replied ${String(reply)}`);
      },
      { timeoutMs, intervalMs: 25 },
    ).catch((error: Error) => error.message);
    if (result !== 'ok') {
      if (exitCode === undefined) await this.kill('SIGKILL');
      this.connection.close();
      throw new RedisStartError(`redis-server on 127.0.0.1:${this.port} did not start: ${result}\n${this.logTail()}`);
    }
  }

  async stop(): Promise<void> {
    if (this.stoppedForGood) return;
    this.stoppedForGood = true;
    this.connection.close();
    if (this.state !== 'stopped') {
      if (this.state === 'paused') this.signal('SIGCONT');
      this.signal('SIGTERM');
      const gone = await Promise.race([this.exited.then(() => true), new Promise<false>((r) => setTimeout(() => r(false), 10_000).unref())]);
      if (!gone) await this.kill('SIGKILL');
    }
    this.releasePorts();
    if (this.ownsDir && this.options.keepDir !== true) {
      await fsp.rm(this.dir, { recursive: true, force: true });
      unregisterDir(this.dir);
    }
  }

  private signal(signal: NodeJS.Signals): void {
    try {
      process.kill(this.pid, signal);
    } catch {
      // already gone; `exited` settles
    }
  }

  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    if (this.state === 'stopped') return;
    this.signal(signal);
    if (signal === 'SIGKILL' || signal === 'SIGTERM' || signal === 'SIGINT') {
      if (this.state === 'paused' && signal !== 'SIGKILL') this.signal('SIGCONT');
      await this.exited;
      this.connection.close();
    }
  }

  async pause(): Promise<void> {
    if (this.state !== 'running') throw new Error(`pause(): the server on port ${this.port} is ${this.state}`);
    this.signal('SIGSTOP');
    this.state = 'paused';
    await waitFor(`pid ${this.pid} stopped`, async () => (procState(this.pid) === 'T' ? done(undefined) : notYet(`state ${procState(this.pid)}`)), { timeoutMs: 5000, intervalMs: 5 });
  }

  async resume(): Promise<void> {
    if (this.state !== 'paused') throw new Error(`resume(): the server on port ${this.port} is ${this.state}, not paused`);
    this.signal('SIGCONT');
    this.state = 'running';
    await waitFor(`pid ${this.pid} running`, async () => (procState(this.pid) !== 'T' ? done(undefined) : notYet('still stopped')), { timeoutMs: 5000, intervalMs: 5 });
  }

  async restart(): Promise<void> {
    if (this.stoppedForGood) throw new Error('restart(): the server was stopped with stop(); start a new one');
    if (this.state !== 'stopped') {
      if (this.state === 'paused') this.signal('SIGCONT');
      this.signal('SIGTERM');
      await this.exited;
    }
    this.connection.close();
    // The port was just released by the old process; another process may grab it, so retry briefly.
    let lastError: unknown;
    for (let attempt = 0; attempt < MAX_PORT_ATTEMPTS; attempt++) {
      try {
        await this.spawnAndWait();
        return;
      } catch (error) {
        lastError = error;
        if (!(error instanceof RedisStartError) || !/Address already in use/i.test(error.message)) throw error;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    throw lastError;
  }

  /** Appends directives to the config file, so that a restart keeps them (CONFIG SET does not). */
  async appendConfig(directives: ReadonlyArray<ConfigDirective>): Promise<void> {
    await fsp.appendFile(this.configFile, renderConfig(directives));
  }

  /** Whether the process is alive (a zombie counts as dead). */
  isAlive(): boolean {
    return this.pid !== 0 && isProcessAlive(this.pid);
  }
}

async function prepareDir(options: StartRedisServerOptions): Promise<{ dir: string; owns: boolean }> {
  if (options.dir !== undefined) {
    await fsp.mkdir(options.dir, { recursive: true });
    return { dir: options.dir, owns: false };
  }
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'x-redis-'));
  registerDir(dir);
  return { dir, owns: true };
}

function harnessAuth(options: StartRedisServerOptions): ServerAuth | undefined {
  // With ACL users the harness has its own all-powerful user, so a test's users can have any rules.
  if (options.acl !== undefined) return options.adminUser ?? { username: 'x-harness', password: randomBytes(12).toString('hex') };
  if (options.password !== undefined) return { password: options.password };
  return undefined;
}

/** Validates options, naming the bad one. */
function validate(options: StartRedisServerOptions): void {
  if (options.port !== undefined && (!Number.isInteger(options.port) || options.port <= 0 || options.port > 65535)) {
    throw new TypeError(`startRedisServer: options.port must be an integer 1..65535`);
  }
  for (const user of options.acl ?? []) {
    if (typeof user.username !== 'string' || user.username === '' || /\s/.test(user.username)) {
      throw new TypeError('startRedisServer: options.acl[].username must be a non-empty word');
    }
  }
}

/** Starts a redis-server (see {@link RedisServer}); internal: also used for cluster nodes. */
export async function startServerProcess(options: StartRedisServerOptions = {}): Promise<ServerProcess> {
  validate(options);
  const { dir, owns } = await prepareDir(options);
  try {
    let material: TlsMaterial | undefined;
    if (options.tls !== undefined && options.tls !== false) {
      const tlsOptions = typeof options.tls === 'object' ? options.tls : {};
      material = tlsOptions.material ?? (await createTlsMaterial(path.join(dir, 'tls'), tlsOptions.ca));
    }
    const server = new ServerProcess(dir, options, harnessAuth(options), material, owns);
    for (let attempt = 1; ; attempt++) {
      await server.configure();
      try {
        await server.spawnAndWait();
        return server;
      } catch (error) {
        // Someone (another test run on this box) took the port between the check and the bind.
        const clash = error instanceof RedisStartError && /Address already in use/i.test(error.message);
        if (!clash || options.port !== undefined || attempt >= MAX_PORT_ATTEMPTS) throw error;
      }
    }
  } catch (error) {
    if (owns && options.keepDir !== true) {
      await fsp.rm(dir, { recursive: true, force: true });
      unregisterDir(dir);
    }
    throw error;
  }
}

export type { ServerProcess };

/**
 * Starts a real `redis-server` on a free 127.0.0.1 port in a fresh temp dir and resolves once it
 * answers PING. Defaults: `save ""`, `appendonly no`, `enable-debug-command yes` (so
 * `DEBUG PROTOCOL` works), `enable-module-command yes`. Rejects with a {@link RedisStartError} that
 * carries the server's log tail if it does not come up.
 *
 * The process is registered: it is SIGKILLed if this process exits or dies without `stop()`.
 *
 * @example
 * const server = await startRedisServer({ password: 's3cret' });
 * await server.command('SET', 'k', 'v');
 * expect(await server.command('GET', 'k')).toBe('v');
 * await server.stop();
 */
export async function startRedisServer(options: StartRedisServerOptions = {}): Promise<RedisServer> {
  return startServerProcess(options);
}
