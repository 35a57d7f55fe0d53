// A loopback TCP proxy in front of a real server, for fault tests of a client without killing the
// server: stall, blackhole, delay or cut the connections that go through it.
import net from 'node:net';

/** Options of {@link startFaultProxy}. */
export interface FaultProxyOptions {
  /** The port to forward to (on `targetHost`). */
  targetPort: number;
  /** Default `127.0.0.1`. */
  targetHost?: string;
  /** Listen on this port; default a free one. */
  port?: number;
}

/** What the proxy does with bytes, and with new connections. */
export type FaultProxyMode = 'forward' | 'paused' | 'blackhole';

/** What {@link startFaultProxy} resolves with. */
export interface FaultProxy {
  readonly host: '127.0.0.1';
  /** Where clients connect. */
  readonly port: number;
  readonly targetPort: number;
  readonly mode: FaultProxyMode;
  /** Client connections currently open through the proxy. */
  readonly connectionCount: number;
  /** Connections accepted since start. */
  readonly acceptedCount: number;
  /**
   * Stops forwarding in both directions but keeps every socket open; bytes wait in the proxy and
   * flow, in order, on `resume()`. New connections are accepted and wait too.
   */
  pause(): void;
  /** Forwards again (after `pause()`, `blackhole()` or `delay()`); held bytes go first. */
  resume(): void;
  /** Destroys every open connection (both sides); new connections still work. */
  dropConnections(): void;
  /**
   * Accepts connections and reads their bytes but never answers: bytes from clients are discarded,
   * and replies already on their way are dropped. Until `resume()`.
   */
  blackhole(): void;
  /** Delays every chunk by `ms` in both directions, keeping order (`0` turns it off). */
  delay(ms: number): void;
  /** Closes the listener and every connection. */
  stop(): Promise<void>;
}

interface Pipe {
  client: net.Socket;
  upstream: net.Socket;
  /** Bytes held while paused, by direction, in arrival order. */
  held: Array<{ to: 'client' | 'upstream'; chunk: Buffer }>;
  /** When the last delayed chunk per direction is due, so delays never reorder chunks. */
  due: { client: number; upstream: number };
}

class Proxy implements FaultProxy {
  readonly host = '127.0.0.1' as const;
  port = 0;
  mode: FaultProxyMode = 'forward';
  acceptedCount = 0;
  private delayMs = 0;
  private readonly pipes = new Set<Pipe>();
  private readonly server: net.Server;

  constructor(private readonly options: FaultProxyOptions) {
    this.server = net.createServer((client) => this.accept(client));
  }

  get targetPort(): number {
    return this.options.targetPort;
  }

  get connectionCount(): number {
    return this.pipes.size;
  }

  listen(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen({ host: '127.0.0.1', port: this.options.port ?? 0 }, () => {
        const address = this.server.address();
        if (address !== null && typeof address === 'object') this.port = address.port;
        resolve();
      });
    });
  }

  private accept(client: net.Socket): void {
    this.acceptedCount++;
    const upstream = net.connect({ host: this.options.targetHost ?? '127.0.0.1', port: this.options.targetPort });
    const pipe: Pipe = { client, upstream, held: [], due: { client: 0, upstream: 0 } };
    this.pipes.add(pipe);
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    const close = (): void => {
      if (!this.pipes.delete(pipe)) return;
      client.destroy();
      upstream.destroy();
    };
    client.on('data', (chunk: Buffer) => this.carry(pipe, 'upstream', chunk));
    upstream.on('data', (chunk: Buffer) => this.carry(pipe, 'client', chunk));
    for (const socket of [client, upstream]) {
      socket.on('error', close);
      socket.on('close', close);
    }
  }

  private carry(pipe: Pipe, to: 'client' | 'upstream', chunk: Buffer): void {
    if (this.mode === 'blackhole') return;
    if (this.mode === 'paused') {
      pipe.held.push({ to, chunk });
      return;
    }
    this.send(pipe, to, chunk);
  }

  private send(pipe: Pipe, to: 'client' | 'upstream', chunk: Buffer): void {
    const socket = to === 'client' ? pipe.client : pipe.upstream;
    if (this.delayMs === 0 && pipe.due[to] <= Date.now()) {
      socket.write(chunk);
      return;
    }
    // Each chunk leaves `delayMs` after it arrived, and never before the chunk ahead of it.
    const due = Math.max(Date.now() + this.delayMs, pipe.due[to]);
    pipe.due[to] = due;
    setTimeout(() => {
      if (!socket.destroyed && this.mode !== 'blackhole') socket.write(chunk);
    }, due - Date.now());
  }

  pause(): void {
    this.mode = 'paused';
  }

  resume(): void {
    this.mode = 'forward';
    this.delayMs = 0;
    for (const pipe of this.pipes) {
      const held = pipe.held.splice(0);
      for (const { to, chunk } of held) this.send(pipe, to, chunk);
    }
  }

  dropConnections(): void {
    for (const pipe of [...this.pipes]) {
      this.pipes.delete(pipe);
      pipe.client.destroy();
      pipe.upstream.destroy();
    }
  }

  blackhole(): void {
    this.mode = 'blackhole';
    for (const pipe of this.pipes) pipe.held = [];
  }

  delay(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`delay: ms must be ≥ 0, got ${ms}`);
    this.delayMs = ms;
  }

  stop(): Promise<void> {
    this.dropConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/**
 * Starts a TCP proxy on a free 127.0.0.1 port that forwards to `targetPort`, with switches to
 * stall, blackhole, delay or drop connections.
 *
 * @example
 * const proxy = await startFaultProxy({ targetPort: server.port });
 * // connect the client under test to proxy.port, then:
 * proxy.pause();  // replies stop, sockets stay open
 * proxy.resume();
 * await proxy.stop();
 */
export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  if (!Number.isInteger(options.targetPort) || options.targetPort <= 0 || options.targetPort > 65535) {
    throw new TypeError('startFaultProxy: options.targetPort must be an integer 1..65535');
  }
  const proxy = new Proxy(options);
  await proxy.listen();
  return proxy;
}
