// The process behind a RedisServer handle: config file, spawn, readiness, signals, restart.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { getFreePort, releasePort } from './free-port';
import { isProcessAlive, registerProcess, unregisterDir, unregisterProcess } from './process-registry';
import { RawConnection, type CommandArg, type CommandOptions, type ConnectTarget } from './raw-connection';
import { aclUserDirective, directivesFromRecord, renderConfig, type ConfigDirective } from './redis-config';
import type { RedisServer, ServerAuth, ServerState, StartRedisServerOptions } from './redis-server-types';
import { expectInteger, expectText, parseInfo } from './reply-helpers';
import type { RespReply, RespStringReply } from './resp2-reader';
import type { TlsMaterial } from './tls-material';
import { delay, done, notYet, waitFor } from './wait-for';

/** Raised when redis-server does not come up; the message ends with its log tail. */
export class RedisStartError extends Error {
  override readonly name = 'RedisStartError';
}

const DEFAULT_START_TIMEOUT_MS = 20_000;
export const MAX_PORT_ATTEMPTS = 8;

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

export class ServerProcess implements RedisServer {
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

  /** Returns this server's ports to the pool. */
  releasePorts(): void {
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
        await delay(200); // back off before the next try, not a wait for a state
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
