import type { RedisClientOptions, SocketOptions } from './options';
import { parseRedisUrl } from './resolve-options';

/** node-redis's `RedisClient.parseURL` result: the URL as client options. */
export interface ParsedUrlOptions {
  socket: Pick<SocketOptions, 'host' | 'port' | 'path'> & { tls: boolean };
  username?: string;
  password?: string;
  database?: number;
}

/**
 * `RedisClient.parseURL(url)`, as node-redis: `redis[s]://[[user][:password]@]host[:port][/db]` (or
 * `unix://[[user][:password]@]/path[?db=N]`) as client options (`socket.host`, `socket.port` or
 * `socket.path`, `socket.tls`, `username`, `password`, `database`).
 * node-redis also fills in a `credentialsProvider` from the user and password; x keeps them as
 * `username`/`password`, which is what it honours. Throws an InvalidOptionError (never with the URL
 * in it: it may hold a password).
 */
export function parseClientUrl(url: string): ParsedUrlOptions {
  const parsed = parseRedisUrl(url);
  const result: ParsedUrlOptions = {
    socket: parsed.path === undefined ? { host: parsed.host ?? 'localhost', tls: parsed.tls } : { path: parsed.path, tls: false },
  };
  if (parsed.port !== undefined) result.socket.port = parsed.port;
  if (parsed.username !== undefined) result.username = parsed.username;
  if (parsed.password !== undefined) result.password = parsed.password;
  if (parsed.database !== undefined) result.database = parsed.database;
  return result;
}

/**
 * `RedisClient.parseOptions(options)`, as node-redis: the URL's settings merged into `options` (the
 * same object, returned); the URL wins over what `options` says beside it. A `socket.tls` that
 * contradicts the URL's scheme is a TypeError.
 */
export function parseClientOptions<O extends RedisClientOptions>(options: O): O {
  if (options?.url === undefined) return options;
  const parsed = parseClientUrl(options.url);
  if (options.socket !== undefined) {
    const tls = options.socket.tls;
    if (tls !== undefined && tls !== parsed.socket.tls) {
      throw new TypeError(`socket.tls is ${String(tls)}, which contradicts the URL's scheme`);
    }
  }
  const socket = { ...options.socket, ...parsed.socket };
  return Object.assign(options, parsed, { socket });
}
