import net from 'node:net';
import tls from 'node:tls';
import { ConnectionTimeoutError } from './errors';
import type { ResolvedClientOptions } from './options';

/** `host:port` (or the unix path) for messages. Never includes credentials. */
export function addressOf(options: Pick<ResolvedClientOptions, 'host' | 'port' | 'path'>): string {
  return options.path ?? `${options.host}:${options.port}`;
}

/**
 * Opens a TCP or TLS connection and resolves once it is connected (TLS: once the handshake
 * verified the server). Rejects with a ConnectionTimeoutError after `connectTimeout`, or with the
 * socket's own error (ECONNREFUSED, a certificate error, …); the socket is destroyed on failure.
 */
export function openSocket(options: ResolvedClientOptions): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const address = addressOf(options);
    const endpoint = options.path === undefined ? { ...options.net, host: options.host, port: options.port } : { path: options.path };
    let socket: net.Socket;
    if (options.tls !== undefined) {
      socket = tls.connect({
        ...endpoint,
        // SNI wants a host name, not an IP address.
        servername: net.isIP(options.host) === 0 ? options.host : undefined,
        ...options.tls,
      });
    } else {
      socket = net.connect(endpoint);
    }
    const connectedEvent = options.tls !== undefined ? 'secureConnect' : 'connect';
    const timer = setTimeout(() => {
      cleanup();
      socket.destroy();
      reject(new ConnectionTimeoutError(address, options.connectTimeout));
    }, options.connectTimeout);
    timer.unref();
    const onError = (error: Error): void => {
      cleanup();
      socket.destroy();
      reject(error);
    };
    const onConnected = (): void => {
      cleanup();
      socket.setNoDelay(options.noDelay);
      if (options.keepAlive !== false) socket.setKeepAlive(true, options.keepAlive);
      resolve(socket);
    };
    const cleanup = (): void => {
      clearTimeout(timer);
      socket.off('error', onError);
      socket.off(connectedEvent, onConnected);
    };
    socket.once('error', onError);
    socket.once(connectedEvent, onConnected);
  });
}

/**
 * Writes one batch of chunks with one syscall where possible: a single chunk is written directly;
 * several (a running string split at Buffer arguments) are corked so they leave as one writev.
 * Returns false when the socket's buffer is full (wait for 'drain' before writing more).
 */
export function writeChunks(socket: net.Socket, chunks: Array<string | Buffer>): boolean {
  if (chunks.length === 1) return socket.write(chunks[0]!);
  socket.cork();
  let ok = true;
  for (const chunk of chunks) ok = socket.write(chunk);
  socket.uncork();
  return ok;
}
