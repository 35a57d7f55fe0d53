// One lazily opened, reused TCP/TLS connection per server handle for the harness's admin commands.
// Reused (not one socket per command) because convergence polling sends thousands of commands over a
// test run and one socket per command would fill the box with TIME_WAIT ports.
import net from 'node:net';
import tls from 'node:tls';
import { encodeCommand, RedisReplyError, Resp2Reader, type RespReply } from './resp2-reader';

/** Where and how the harness connects to a server. */
export interface ConnectTarget {
  host: string;
  port: number;
  /** Connect with TLS (the server's port is a `tls-port`). */
  tls?: { ca: string; cert?: string; key?: string } | undefined;
  /** Sent as `AUTH [username] password` right after connecting. */
  auth?: { username?: string | undefined; password: string } | undefined;
}

/** Raised when a command does not get its reply in time (the connection is dropped). */
export class CommandTimeoutError extends Error {
  override readonly name = 'CommandTimeoutError';
}

/** Raised when the connection closes or fails before a reply arrives. */
export class ConnectionLostError extends Error {
  override readonly name = 'ConnectionLostError';
}

export type CommandArg = string | Buffer | number;

interface Pending {
  resolve(value: RespReply): void;
  reject(error: Error): void;
  /** The command name, for error messages (never the arguments: they may hold passwords). */
  label: string;
  /** The AUTH sent on connect: nobody awaits it; if it fails, every queued command fails. */
  connectAuth?: boolean;
}

export interface CommandOptions {
  /** Per-command deadline in ms (default 10 s). On expiry the connection is dropped. */
  timeoutMs?: number;
  /** Decode bulk strings as Buffers. */
  buffers?: boolean;
}

const DEFAULT_TIMEOUT_MS = 10_000;

/** A serial-reply (FIFO) RESP2 connection. Never shows arguments in errors: they may hold passwords. */
export class RawConnection {
  private socket: net.Socket | undefined;
  private readerStrings = new Resp2Reader(false);
  private readerBuffers = new Resp2Reader(true);
  private readonly pending: Array<Pending & { buffers: boolean }> = [];

  constructor(private readonly target: () => ConnectTarget) {}

  /** Sends one command and resolves with its decoded reply; a top-level error reply rejects. */
  async command(args: ReadonlyArray<CommandArg>, options: CommandOptions = {}): Promise<RespReply> {
    if (args.length === 0) throw new TypeError('command(): at least the command name is required');
    const label = String(args[0]);
    const socket = this.socket ?? this.open();
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    return new Promise<RespReply>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.destroy(new CommandTimeoutError(`${label}: no reply from ${this.describe()} within ${timeoutMs} ms`));
      }, timeoutMs);
      timer.unref();
      this.pending.push({
        label,
        buffers: options.buffers === true,
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      socket.write(encodeCommand(args));
    });
  }

  /** Closes the connection; commands still waiting reject with ConnectionLostError. */
  close(): void {
    this.destroy(new ConnectionLostError(`connection to ${this.describe()} closed by the harness`));
  }

  private describe(): string {
    const { host, port } = this.target();
    return `${host}:${port}`;
  }

  private open(): net.Socket {
    const target = this.target();
    const socket = target.tls
      ? tls.connect({ host: target.host, port: target.port, ca: target.tls.ca, cert: target.tls.cert, key: target.tls.key })
      : net.connect({ host: target.host, port: target.port });
    socket.setNoDelay(true);
    // A forgotten handle must not keep a test process alive; servers are killed on exit anyway.
    socket.unref();
    this.socket = socket;
    this.readerStrings = new Resp2Reader(false);
    this.readerBuffers = new Resp2Reader(true);
    socket.on('data', (chunk: Buffer) => this.onData(socket, chunk));
    socket.on('error', (error) => {
      if (this.socket === socket) this.destroy(new ConnectionLostError(`${this.describe()}: ${error.message}`, { cause: error }));
    });
    socket.on('close', () => {
      if (this.socket === socket) this.destroy(new ConnectionLostError(`connection to ${this.describe()} closed`));
    });
    if (target.auth) {
      const args = target.auth.username === undefined ? ['AUTH', target.auth.password] : ['AUTH', target.auth.username, target.auth.password];
      // Queued first, so it is answered before any command written after it.
      this.pending.push({ label: 'AUTH', buffers: false, connectAuth: true, resolve: () => undefined, reject: () => undefined });
      socket.write(encodeCommand(args));
    }
    return socket;
  }

  private onData(socket: net.Socket, chunk: Buffer): void {
    if (this.socket !== socket) return;
    // Both readers see every byte so each reply can be decoded the way its command asked.
    let strings: RespReply[];
    let buffers: RespReply[];
    try {
      strings = this.readerStrings.push(chunk);
      buffers = this.readerBuffers.push(chunk);
    } catch (error) {
      this.destroy(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    for (let i = 0; i < strings.length; i++) {
      const entry = this.pending.shift();
      if (entry === undefined) {
        this.destroy(new ConnectionLostError(`${this.describe()}: reply with no command waiting`));
        return;
      }
      const value = entry.buffers ? (buffers[i] as RespReply) : (strings[i] as RespReply);
      if (value instanceof RedisReplyError) {
        if (entry.connectAuth === true) {
          // The connect-time AUTH failed: every queued command fails with the server's reason.
          this.destroy(new RedisReplyError(value.message));
          return;
        }
        entry.reject(value);
      } else {
        entry.resolve(value);
      }
    }
  }

  private destroy(error: Error): void {
    const socket = this.socket;
    this.socket = undefined;
    socket?.destroy();
    const waiting = this.pending.splice(0);
    for (const entry of waiting) entry.reject(error);
  }
}
