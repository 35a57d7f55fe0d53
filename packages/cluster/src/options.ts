import {
  InvalidOptionError,
  parseRedisUrl,
  type BlockingPoolOptions,
  type ClientSideCacheConfig,
  type CommandOptions,
  type PooledClientSideCacheProvider,
  type RedisClientOptions,
  type SocketOptions,
} from '@x/client';
import { checkClientSideCache, refuseUnhonouredClusterOptions, resolveBlockingPoolOptions, type ResolvedBlockingPoolOptions } from '@x/client/node-connection';
import type { RedisArgument, RedisFunctions, RedisModules, RedisScripts, RespVersions, TypeMapping } from '@x/modules';
import { resolveFunctionLibraries, type FunctionLibrary } from './function-libraries';
import type { NodeAddress } from './topology/slot-map';

/**
 * The options of one node connection: everything a client takes but extensions, `RESP`,
 * `keyPrefix` (a cluster-wide option: the cluster applies it once, and routes by the prefixed key),
 * `blockingPool` (the cluster's own option: one pool per node) and `clientSideCache` (one cache for
 * the cluster, fed by every node connection).
 */
export type RedisClusterClientOptions = Omit<RedisClientOptions, 'modules' | 'functions' | 'scripts' | 'RESP' | 'readonly' | 'keyPrefix' | 'blockingPool' | 'clientSideCache'>;

/**
 * Maps an address the cluster announces (`CLUSTER SHARDS`, MOVED, ASK) to where the client should
 * connect: a record by `host:port`, or a function (returning undefined keeps the address).
 */
export type NodeAddressMap = Readonly<Record<string, NodeAddress>> | ((address: string) => NodeAddress | undefined);

export interface RedisClusterOptions<
  M extends RedisModules = RedisModules,
  F extends RedisFunctions = RedisFunctions,
  S extends RedisScripts = RedisScripts,
  RESP extends RespVersions = RespVersions,
  TYPE_MAPPING extends TypeMapping = TypeMapping,
> {
  /**
   * Some (or all) nodes of the cluster, as client configurations. They are tried in random order
   * until one describes the cluster. Settings given on a root node also apply to that node's
   * connections; settings for every node go in `defaults`.
   */
  rootNodes: ReadonlyArray<RedisClusterClientOptions>;
  /** Merged into every node connection: credentials, TLS, timeouts… */
  defaults?: Partial<RedisClusterClientOptions>;
  /** Send read-only commands to replicas too, spread over each shard (default false: masters only). */
  useReplicas?: boolean;
  /** `connect()` only discovers the topology; node connections open on first use (default false). */
  minimizeConnections?: boolean;
  /**
   * How many MOVED/ASK redirects one command follows before it fails with a MaxRedirectionsError
   * (default 16, as node-redis). Waiting out an outage is not counted here: that is bounded by the
   * command's own timeout (see `onMasterDown`).
   */
  maxCommandRedirections?: number;
  /**
   * What a command does while the shard of its slot has no reachable master (the master is down and
   * not failed over yet, or the slot has no master in the topology):
   * - `'wait'` (default): retry — with a short backoff and topology refreshes — until a master serves
   *   the slot again or the command's timeout (its deadline, retries included) runs out; then it
   *   rejects with a TimeoutError whose `cause` is a ShardUnavailableError. A failover that completes
   *   within the timeout is invisible to the caller.
   * - `'fail'`: reject at once with a ShardUnavailableError (and refresh the topology in the
   *   background), for callers that would rather shed load or fall back than wait.
   */
  onMasterDown?: 'wait' | 'fail';
  nodeAddressMap?: NodeAddressMap;
  /** Refresh the topology every this many ms, besides on MOVED and failures; 0 disables (default 10 000). */
  topologyRefreshInterval?: number;
  /** Protocol of every node connection: 3 (default) or 2. */
  RESP?: RESP;
  /** Defaults for every command (`timeout`, `typeMapping`). */
  commandOptions?: CommandOptions<TYPE_MAPPING>;
  /**
   * node-redis 6's `keyPrefix`: put before every key a command method sends (as a client's, see
   * `RedisClientOptions.keyPrefix`). Each command is routed by the slot of its prefixed key. A
   * cluster-wide option, as in node-redis: refused in `defaults` and `rootNodes`.
   */
  keyPrefix?: RedisArgument;
  modules?: M;
  functions?: F;
  scripts?: S;
  /**
   * Code of Redis function libraries (each starting `#!lua name=<library>`) to load with
   * `FUNCTION LOAD REPLACE` on every master at `connect()` and on every node that becomes a master
   * later (added to the cluster, promoted): the libraries your `functions` call are then always
   * there. `connect()` rejects with a FunctionLibraryLoadError when one does not load.
   */
  functionLibraries?: ReadonlyArray<RedisArgument>;
  /**
   * x's own: commands that wait for data (BLPOP, BRPOP, BLMOVE, BRPOPLPUSH, BLMPOP, BZPOPMIN,
   * BZPOPMAX, BZMPOP, XREAD/XREADGROUP with BLOCK) run on dedicated connections, a small pool per
   * node (default `{ maximum: 16, cleanupDelay: 3000 }`), so the node's shared connection — every
   * other command to that node — never waits behind them. They follow MOVED/ASK and failovers like
   * any command. `false`: on the node's shared connection, as node-redis does. WAIT, WAITAOF and
   * transactions stay on the shared connection.
   */
  blockingPool?: BlockingPoolOptions | false;
  /**
   * Client-side caching (RESP3), as node-redis's cluster option: one cache for the whole cluster
   * (cache options, or a `BasicPooledClientSideCache` you made), `CLIENT TRACKING ON` on every node
   * connection and each node's invalidations applied. An entry is served only while the node that
   * read it still serves its slot and its connection is up — after a failover or a slot move the
   * read goes to the new owner.
   */
  clientSideCache?: ClientSideCacheConfig | PooledClientSideCacheProvider;
}

export interface ResolvedClusterOptions {
  rootNodes: ReadonlyArray<RedisClusterClientOptions>;
  defaults: Partial<RedisClusterClientOptions>;
  useReplicas: boolean;
  minimizeConnections: boolean;
  maxCommandRedirections: number;
  onMasterDown: 'wait' | 'fail';
  /** The default command timeout (ms; `commandOptions.timeout`, else 5000): every command's deadline unless it has its own. */
  commandTimeout: number;
  mapAddress: (announced: string, fallback: NodeAddress) => NodeAddress;
  topologyRefreshInterval: number;
  RESP: RespVersions;
  useTls: boolean;
  /**
   * The transport a node inherits when neither `defaults` nor (for a root node) its own settings say
   * anything about TLS and a root node uses it: that root node's TLS settings (not its `servername`:
   * SNI comes from each node's own host). Undefined: plain TCP, or as `defaults` say.
   */
  inheritedTls: Partial<SocketOptions> | undefined;
  functionLibraries: ReadonlyArray<FunctionLibrary>;
  /** Each node's pool of connections for blocking commands; undefined: off. */
  blockingPool: ResolvedBlockingPoolOptions | undefined;
}

/** The default command timeout, as a client's. */
const DEFAULT_COMMAND_TIMEOUT = 5_000;

/** Validates the cluster's own options; node options are validated when their clients are made. */
export function resolveClusterOptions(options: RedisClusterOptions | undefined): ResolvedClusterOptions {
  if (typeof options !== 'object' || options === null) throw new InvalidOptionError('options', 'must be an object with rootNodes');
  refuseUnhonouredClusterOptions(options);
  const { rootNodes } = options;
  if (!Array.isArray(rootNodes) || rootNodes.length === 0) {
    throw new InvalidOptionError('rootNodes', 'must be a non-empty array of node configurations');
  }
  rootNodes.forEach((node, i) => {
    if (typeof node !== 'object' || node === null) throw new InvalidOptionError(`rootNodes[${i}]`, 'must be an object');
    refuseNodeKeyPrefix(`rootNodes[${i}].keyPrefix`, node);
  });
  const defaults = options.defaults ?? {};
  if (typeof defaults !== 'object' || defaults === null) throw new InvalidOptionError('defaults', 'must be an object');
  refuseNodeKeyPrefix('defaults.keyPrefix', defaults);
  const { keyPrefix } = options;
  if (keyPrefix !== undefined && typeof keyPrefix !== 'string' && !Buffer.isBuffer(keyPrefix)) {
    throw new InvalidOptionError('keyPrefix', 'must be a string or a Buffer');
  }
  const useReplicas = checkBoolean('useReplicas', options.useReplicas, false);
  const minimizeConnections = checkBoolean('minimizeConnections', options.minimizeConnections, false);
  const maxCommandRedirections = options.maxCommandRedirections ?? 16;
  if (!Number.isInteger(maxCommandRedirections) || maxCommandRedirections < 0) {
    throw new InvalidOptionError('maxCommandRedirections', 'must be an integer ≥ 0');
  }
  const topologyRefreshInterval = options.topologyRefreshInterval ?? 10_000;
  if (!Number.isInteger(topologyRefreshInterval) || topologyRefreshInterval < 0) {
    throw new InvalidOptionError('topologyRefreshInterval', 'must be an integer ≥ 0 (ms; 0 disables)');
  }
  const RESP = options.RESP ?? 3;
  if (RESP !== 2 && RESP !== 3) throw new InvalidOptionError('RESP', 'must be 2 or 3');
  const onMasterDown = options.onMasterDown ?? 'wait';
  if (onMasterDown !== 'wait' && onMasterDown !== 'fail') throw new InvalidOptionError('onMasterDown', "must be 'wait' or 'fail'");
  const commandTimeout = options.commandOptions?.timeout ?? DEFAULT_COMMAND_TIMEOUT;
  if (!Number.isInteger(commandTimeout) || commandTimeout < 0) throw new InvalidOptionError('commandOptions.timeout', 'must be an integer ≥ 0 (ms; 0 disables)');
  // One pool per node, set for the whole cluster: a node's options can't carry one of their own.
  if ((defaults as RedisClientOptions).blockingPool !== undefined) {
    throw new InvalidOptionError('defaults.blockingPool', "is the cluster's option: set blockingPool beside rootNodes");
  }
  rootNodes.forEach((node, i) => {
    if ((node as RedisClientOptions).blockingPool !== undefined) {
      throw new InvalidOptionError(`rootNodes[${i}].blockingPool`, "is the cluster's option: set blockingPool beside rootNodes");
    }
  });
  const blockingPool = resolveBlockingPoolOptions(options.blockingPool);
  checkClientSideCache(options.clientSideCache, RESP);
  // One cache for the cluster: given per node, it would be accepted and do nothing.
  rootNodes.forEach((node, i) => {
    if ((node as { clientSideCache?: unknown }).clientSideCache !== undefined) {
      throw new InvalidOptionError(`rootNodes[${i}].clientSideCache`, 'give clientSideCache at the cluster level (one cache for every node)');
    }
  });
  if ((defaults as { clientSideCache?: unknown }).clientSideCache !== undefined) {
    throw new InvalidOptionError('defaults.clientSideCache', 'give clientSideCache at the cluster level (one cache for every node)');
  }
  return {
    rootNodes,
    defaults,
    useReplicas,
    minimizeConnections,
    maxCommandRedirections,
    onMasterDown,
    commandTimeout,
    mapAddress: addressMapper(options.nodeAddressMap),
    topologyRefreshInterval,
    RESP,
    useTls: usesTls(defaults) || rootNodes.some(usesTls),
    inheritedTls: saysTls(defaults) ? undefined : inheritableTls(rootNodes),
    functionLibraries: resolveFunctionLibraries(options.functionLibraries),
    blockingPool,
  };
}

/**
 * A node connection's options may not carry a `keyPrefix`: the cluster's commands are parsed (and
 * routed) by the cluster, so a node's prefix would never apply there — accepting it would be
 * silently ignoring it. node-redis's typings leave it out of them too.
 */
function refuseNodeKeyPrefix(option: string, node: object): void {
  if ((node as { keyPrefix?: unknown }).keyPrefix !== undefined) {
    throw new InvalidOptionError(option, "is a cluster-wide option: give it as the cluster's own keyPrefix");
  }
}

function checkBoolean(option: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new InvalidOptionError(option, 'must be a boolean');
  return value;
}

function usesTls(options: Partial<RedisClusterClientOptions>): boolean {
  if (options.socket?.tls !== undefined && options.socket.tls !== false) return true;
  return typeof options.url === 'string' && options.url.startsWith('rediss:');
}

/** These settings decide the transport themselves: TLS on or off (`socket.tls` given), or a URL's scheme. */
function saysTls(options: Partial<RedisClusterClientOptions>): boolean {
  return options.socket?.tls !== undefined || typeof options.url === 'string';
}

const INHERITED_TLS_KEYS = ['ca', 'cert', 'key', 'rejectUnauthorized'] as const;

/**
 * The TLS settings of the first root node that uses TLS, for the nodes discovered from it: a cluster
 * reached over TLS is TLS throughout, and credentials must never follow in cleartext.
 */
function inheritableTls(rootNodes: ReadonlyArray<RedisClusterClientOptions>): Partial<SocketOptions> | undefined {
  const root = rootNodes.find(usesTls);
  if (root === undefined) return undefined;
  const socket = root.socket ?? {};
  if (typeof socket.tls === 'object' && socket.tls !== null) {
    const { servername: _servername, ...tls } = socket.tls;
    return { tls };
  }
  const inherited: Partial<SocketOptions> = { tls: true };
  for (const key of INHERITED_TLS_KEYS) if (socket[key] !== undefined) (inherited as Record<string, unknown>)[key] = socket[key];
  return inherited;
}

function addressMapper(map: NodeAddressMap | undefined): ResolvedClusterOptions['mapAddress'] {
  if (map === undefined) return (_announced, fallback) => fallback;
  if (typeof map === 'function') {
    return (announced, fallback) => {
      const mapped = map(announced);
      if (mapped === undefined) return fallback;
      checkAddress(mapped, `nodeAddressMap(${announced})`);
      return mapped;
    };
  }
  if (typeof map !== 'object' || map === null) throw new InvalidOptionError('nodeAddressMap', 'must be an object or a function');
  for (const [address, target] of Object.entries(map)) checkAddress(target, `nodeAddressMap['${address}']`);
  return (announced, fallback) => (Object.prototype.hasOwnProperty.call(map, announced) ? map[announced]! : fallback);
}

function checkAddress(value: unknown, option: string): asserts value is NodeAddress {
  const v = value as Partial<NodeAddress> | null;
  if (typeof v !== 'object' || v === null || typeof v.host !== 'string' || v.host === '' ||
      !Number.isInteger(v.port) || (v.port as number) <= 0 || (v.port as number) > 65_535) {
    throw new InvalidOptionError(option, 'must be { host: string, port: number }');
  }
}

/**
 * The options of the connection to one node: `defaults`, then the root node's own settings when
 * the node is a root node, then the node's address (and the cluster-wide settings).
 */
export function nodeClientOptions(
  resolved: ResolvedClusterOptions,
  address: NodeAddress,
  root: RedisClusterClientOptions | undefined,
  extensions: Pick<RedisClusterOptions, 'modules' | 'functions' | 'scripts' | 'commandOptions'>,
): RedisClientOptions {
  const defaults = resolved.defaults;
  // What a root node says about itself wins over the defaults, also when it says it in its URL
  // (an explicit `username` in defaults would otherwise beat the URL's user).
  const fromRootUrl = root?.url === undefined ? undefined : parseRedisUrl(root.url);
  return {
    ...defaults,
    ...root,
    username: root?.username ?? fromRootUrl?.username ?? defaults.username,
    password: root?.password ?? fromRootUrl?.password ?? defaults.password,
    database: root?.database ?? fromRootUrl?.database ?? defaults.database,
    // A node inherits a TLS root node's transport unless `defaults` — or, for a root node, its own
    // settings (`socket.tls`, a URL) — say otherwise.
    socket: {
      ...(root === undefined || !saysTls(root) ? resolved.inheritedTls : undefined),
      ...defaults.socket,
      ...root?.socket,
      host: address.host,
      port: address.port,
    },
    RESP: resolved.RESP,
    // READONLY is harmless on a master and needed on a replica; sending it everywhere keeps a
    // connection right when a failover swaps roles.
    readonly: resolved.useReplicas,
    // The cluster re-routes what a dropped node could not send, instead of queueing it there.
    disableOfflineQueue: true,
    // The cluster keeps the node's blocking pool itself (NodeEntry), from its own option.
    blockingPool: false,
    commandOptions: { ...defaults.commandOptions, ...root?.commandOptions, ...extensions.commandOptions },
    modules: extensions.modules,
    functions: extensions.functions,
    scripts: extensions.scripts,
    // The cluster prefixes its commands' keys itself; a node client (`nodeClient(node)`) has none, as in node-redis.
    keyPrefix: undefined,
  } as RedisClientOptions;
}

/** `host:port` of a root node configuration (its socket options, else its URL, else the defaults). */
export function rootNodeAddress(root: RedisClusterClientOptions, defaults: Partial<RedisClusterClientOptions>): string {
  const url = root.url ?? defaults.url;
  const fromUrl = url === undefined ? undefined : parseRedisUrl(url);
  const host = root.socket?.host ?? fromUrl?.host ?? defaults.socket?.host ?? '127.0.0.1';
  const port = root.socket?.port ?? fromUrl?.port ?? defaults.socket?.port ?? 6379;
  return `${host}:${port}`;
}
