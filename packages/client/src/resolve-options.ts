import type { ConnectionOptions as TlsConnectionOptions } from 'node:tls';
import { resolveBlockingPoolOptions } from './blocking-pool-options';
import type { CredentialsProvider } from './credentials';
import { InvalidOptionError } from './errors';
import { BasicClientSideCache, resolveCacheConfig } from './client-side-cache/client-side-cache';
import type { RedisClientOptions, ReconnectStrategy, ResolvedClientOptions } from './options';
import { refuseUnhonouredClientOptions } from './unhonoured-options';
import { keepAliveAsDelay } from './keep-alive-option';
import { parseUnixUrl } from './unix-url';
import { NET_CONNECT_OPTION_NAMES, netConnectOptionsOf } from './net-connect-options';

export const DEFAULT_COMMAND_TIMEOUT = 5_000;
export const DEFAULT_CONNECT_TIMEOUT = 5_000;
export const DEFAULT_KEEP_ALIVE = 5_000;

/**
 * Exponential backoff from 50 ms to 2 s, plus up to 200 ms of jitter so that many clients that lost
 * the same server do not reconnect in lock step.
 */
export const defaultReconnectStrategy: ReconnectStrategy = (retries) =>
  Math.min(2 ** retries * 50, 2_000) + Math.floor(Math.random() * 200);

// Socket keys x reads itself; with `tls: true` every other key given beside it is a node TLS
// option (node-redis passes them all to `tls.connect`), so it goes to `tls.connect` too.
const OWN_SOCKET_KEYS = new Set(['host', 'port', 'path', 'tls', 'connectTimeout', 'keepAlive', 'keepAliveInitialDelay', 'noDelay', 'reconnectStrategy', 'socketTimeout', ...NET_CONNECT_OPTION_NAMES]);

/** Validates the options and merges them with the URL and the defaults. Throws InvalidOptionError. */
export function resolveClientOptions(options: RedisClientOptions | undefined): ResolvedClientOptions {
  if (options === undefined) options = {};
  if (typeof options !== 'object' || options === null) {
    throw new InvalidOptionError('options', 'must be an object');
  }
  refuseUnhonouredClientOptions(options);
  const fromUrl = options.url === undefined ? undefined : parseRedisUrl(options.url);
  const socket = keepAliveAsDelay(withUrlPath(options.socket ?? {}, fromUrl), DEFAULT_KEEP_ALIVE);
  if (typeof socket !== 'object' || socket === null) throw new InvalidOptionError('socket', 'must be an object');

  const host = socket.host ?? fromUrl?.host ?? '127.0.0.1';
  if (typeof host !== 'string' || host === '') throw new InvalidOptionError('socket.host', 'must be a non-empty string');
  const port = socket.port ?? fromUrl?.port ?? 6379;
  checkInteger('socket.port', port, 0, 65_535);
  if (socket.path !== undefined && (typeof socket.path !== 'string' || socket.path === '')) {
    throw new InvalidOptionError('socket.path', 'must be a non-empty string');
  }

  let tls: TlsConnectionOptions | undefined;
  const tlsOption = socket.tls ?? fromUrl?.tls;
  if (tlsOption === true) {
    tls = {};
    for (const [key, value] of Object.entries(socket)) {
      if (!OWN_SOCKET_KEYS.has(key) && value !== undefined) (tls as Record<string, unknown>)[key] = value;
    }
  } else if (typeof tlsOption === 'object' && tlsOption !== null) {
    tls = { ...tlsOption };
  } else if (tlsOption !== undefined && tlsOption !== false) {
    throw new InvalidOptionError('socket.tls', 'must be a boolean or an object of node TLS options');
  }

  const connectTimeout = socket.connectTimeout ?? DEFAULT_CONNECT_TIMEOUT;
  checkInteger('socket.connectTimeout', connectTimeout, 1, 2 ** 31 - 1);
  const keepAlive = socket.keepAlive ?? DEFAULT_KEEP_ALIVE;
  if (keepAlive !== false) checkInteger('socket.keepAlive', keepAlive, 0, 2 ** 31 - 1);
  const noDelay = socket.noDelay ?? true;
  if (typeof noDelay !== 'boolean') throw new InvalidOptionError('socket.noDelay', 'must be a boolean');

  let reconnectStrategy: ReconnectStrategy | false;
  const rs = socket.reconnectStrategy;
  if (rs === undefined) reconnectStrategy = defaultReconnectStrategy;
  else if (rs === false) reconnectStrategy = false;
  else if (typeof rs === 'number') {
    checkInteger('socket.reconnectStrategy', rs, 0, 2 ** 31 - 1);
    reconnectStrategy = () => rs;
  } else if (typeof rs === 'function') reconnectStrategy = rs;
  else throw new InvalidOptionError('socket.reconnectStrategy', 'must be false, a number of milliseconds or a function');

  const username = options.username ?? fromUrl?.username;
  if (username !== undefined && typeof username !== 'string') throw new InvalidOptionError('username', 'must be a string');
  const password = options.password ?? fromUrl?.password;
  // Never echo the value of a password, only its type.
  if (password !== undefined && typeof password !== 'string') throw new InvalidOptionError('password', 'must be a string');
  const credentialsProvider = checkCredentialsProvider(options.credentialsProvider);
  const name = options.name;
  if (name !== undefined && (typeof name !== 'string' || /\s/.test(name))) {
    throw new InvalidOptionError('name', 'must be a string without spaces');
  }
  checkKeyPrefix('keyPrefix', options.keyPrefix);
  const database = options.database ?? fromUrl?.database ?? 0;
  checkInteger('database', database, 0, 2 ** 31 - 1);
  const RESP = options.RESP ?? 3;
  if (RESP !== 2 && RESP !== 3) throw new InvalidOptionError('RESP', 'must be 2 or 3');
  const readonly = options.readonly ?? false;
  if (typeof readonly !== 'boolean') throw new InvalidOptionError('readonly', 'must be a boolean');
  const disableOfflineQueue = options.disableOfflineQueue ?? false;
  if (typeof disableOfflineQueue !== 'boolean') throw new InvalidOptionError('disableOfflineQueue', 'must be a boolean');
  // 0 means no limit, as in node-redis.
  const commandsQueueMaxLength = options.commandsQueueMaxLength === 0 ? Number.MAX_SAFE_INTEGER : options.commandsQueueMaxLength ?? Number.MAX_SAFE_INTEGER;
  checkInteger('commandsQueueMaxLength', commandsQueueMaxLength, 1, Number.MAX_SAFE_INTEGER);
  const pingInterval = options.pingInterval ?? 0;
  checkInteger('pingInterval', pingInterval, 0, 2 ** 31 - 1);
  const commandTimeout = options.commandOptions?.timeout ?? DEFAULT_COMMAND_TIMEOUT;
  checkInteger('commandOptions.timeout', commandTimeout, 0, 2 ** 31 - 1);
  checkClientSideCache(options.clientSideCache, RESP);

  return { net: netConnectOptionsOf(socket),
    host, port, path: socket.path, tls, connectTimeout, keepAlive, noDelay, reconnectStrategy,
    username, password, credentialsProvider, name, database, RESP, readonly, offlineQueue: disableOfflineQueue ? 'never' : 'always', commandsQueueMaxLength,
    pingInterval, commandTimeout, blockingPool: resolveBlockingPoolOptions(options.blockingPool),
  };
}

/** A `unix://` URL's path as `socket.path`, unless the socket options give their own. */
function withUrlPath<T>(socket: T, fromUrl: ParsedRedisUrl | undefined): T {
  if (fromUrl?.path === undefined || typeof socket !== 'object' || socket === null) return socket;
  return (socket as { path?: string }).path === undefined ? { ...socket, path: fromUrl.path } : socket;
}

/** A cache needs RESP3 (its invalidations are push frames); its options are checked here (throws). */
export function checkClientSideCache(cache: unknown, RESP: unknown): void {
  if (cache === undefined) return;
  if (RESP !== 3) throw new InvalidOptionError('clientSideCache', 'needs RESP: 3 (invalidations arrive as RESP3 pushes)');
  if (!(cache instanceof BasicClientSideCache)) resolveCacheConfig(cache as Parameters<typeof resolveCacheConfig>[0]);
}

/** node-redis's two kinds of credentials provider, with the members each must have. */
function checkCredentialsProvider(provider: unknown): CredentialsProvider | undefined {
  if (provider === undefined) return undefined;
  const option = 'credentialsProvider';
  if (typeof provider !== 'object' || provider === null) throw new InvalidOptionError(option, 'must be an object');
  const candidate = provider as Record<string, unknown>;
  if (candidate['type'] === 'async-credentials-provider') {
    if (typeof candidate['credentials'] !== 'function') throw new InvalidOptionError(option, 'an async-credentials-provider needs a credentials() function');
    return provider as CredentialsProvider;
  }
  if (candidate['type'] === 'streaming-credentials-provider') {
    if (typeof candidate['subscribe'] !== 'function') throw new InvalidOptionError(option, 'a streaming-credentials-provider needs a subscribe(listener) function');
    if (typeof candidate['onReAuthenticationError'] !== 'function') {
      throw new InvalidOptionError(option, 'a streaming-credentials-provider needs an onReAuthenticationError(error) function');
    }
    return provider as CredentialsProvider;
  }
  throw new InvalidOptionError(option, "must have type 'async-credentials-provider' or 'streaming-credentials-provider'");
}

/** `keyPrefix` (of a client, a pool or a cluster): a string or a Buffer, when given. */
export function checkKeyPrefix(option: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'string' && !Buffer.isBuffer(value)) {
    throw new InvalidOptionError(option, `must be a string or a Buffer, got ${describe(value)}`);
  }
}

function checkInteger(option: string, value: unknown, min: number, max: number): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new InvalidOptionError(option, `must be an integer from ${min} to ${max}, got ${describe(value)}`);
  }
}

function describe(value: unknown): string {
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : typeof value;
}

export interface ParsedRedisUrl {
  /** The socket path of a `unix://` URL. */
  path?: string;
  host: string | undefined;
  port: number | undefined;
  tls: boolean;
  username: string | undefined;
  password: string | undefined;
  database: number | undefined;
}

/**
 * Parses `redis://` and `rediss://` URLs. User and password are percent-decoded. The error never
 * contains the URL itself, because it may carry a password.
 */
export function parseRedisUrl(url: string): ParsedRedisUrl {
  if (typeof url !== 'string') throw new InvalidOptionError('url', 'must be a string');
  // node-redis's unix://[user[:password]@]/path[?db=N]: WHATWG URL can't parse credentials without a host.
  if (url.startsWith('unix:')) return parseUnixUrl(url);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InvalidOptionError('url', 'is not a valid URL (expected redis[s]://[[user][:password]@]host[:port][/db])');
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw new InvalidOptionError('url', `must use the redis: or rediss: scheme, not ${parsed.protocol}`);
  }
  let database: number | undefined;
  const path = parsed.pathname.replace(/^\//, '');
  if (path !== '') {
    database = Number(path);
    if (!Number.isInteger(database) || database < 0) {
      throw new InvalidOptionError('url', 'has an invalid database number in its path');
    }
  }
  let host: string | undefined = parsed.hostname === '' ? undefined : parsed.hostname;
  // WHATWG URL keeps IPv6 brackets in hostname; net.connect wants them off.
  if (host?.startsWith('[')) host = host.slice(1, -1);
  return {
    host,
    port: parsed.port === '' ? undefined : Number(parsed.port),
    tls: parsed.protocol === 'rediss:',
    username: parsed.username === '' ? undefined : decodeUrlPart(parsed.username, 'user name'),
    password: parsed.password === '' ? undefined : decodeUrlPart(parsed.password, 'password'),
    database,
  };
}

/** Percent-decodes the user or password of a URL; a malformed escape (`%zz`) is an invalid option, never a URIError. */
function decodeUrlPart(text: string, what: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    // Neither the URL nor the part is quoted: either may be a password.
    throw new InvalidOptionError('url', `has a malformed percent-encoding in its ${what} (encode it with encodeURIComponent)`);
  }
}
