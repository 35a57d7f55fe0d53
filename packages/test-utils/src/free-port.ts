// Free loopback ports. Another process (other engineers' test runs share this box) can take a port
// between this check and redis-server's bind, so callers retry on "Address already in use".
import net from 'node:net';

/**
 * Ports handed out by this process and not yet released (a client port → the ports it holds: itself
 * and maybe its bus port), so two servers of this process never get the same one.
 */
const holders = new Map<number, number[]>();
const reserved = new Set<number>();

/** The cluster bus listens on port + 10000, so the client port must leave room below 65536. */
const MAX_CLUSTER_PORT = 65535 - 10000;

function canBind(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen({ host: '127.0.0.1', port, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

function bindAny(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: 0, exclusive: true }, () => {
      const address = server.address();
      server.close(() => {
        if (address !== null && typeof address === 'object') resolve(address.port);
        else reject(new Error('free port: the OS gave no port'));
      });
    });
  });
}

export interface FreePortOptions {
  /** Also require port + 10000 (the cluster bus port) to be free. */
  withBusPort?: boolean;
}

/**
 * Finds a free 127.0.0.1 port by binding port 0 and reserves it in this process until `releasePort`.
 * With `withBusPort`, the port is ≤ 55535 and port + 10000 is free too.
 */
export async function getFreePort(options: FreePortOptions = {}): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = await bindAny();
    if (reserved.has(port)) continue;
    if (options.withBusPort === true) {
      if (port > MAX_CLUSTER_PORT || reserved.has(port + 10000)) continue;
      if (!(await canBind(port + 10000))) continue;
    }
    const held = options.withBusPort === true ? [port, port + 10000] : [port];
    for (const p of held) reserved.add(p);
    holders.set(port, held);
    return port;
  }
  throw new Error('free port: no usable 127.0.0.1 port found after 200 tries');
}

/** Returns a port (and its bus port) to the pool. */
export function releasePort(port: number): void {
  for (const p of holders.get(port) ?? []) reserved.delete(p);
  holders.delete(port);
}
