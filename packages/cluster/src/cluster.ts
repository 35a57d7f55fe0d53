import { EventEmitter } from 'node:events';
import {
  ClientClosedError,
  COMMANDS,
  PUBSUB_TYPE,
  type AnyPubSubListener,
  type ChannelListeners,
  type CommandOptions,
  type PubSubListener,
  type RedisClientType,
  type RedisCommandMethods,
} from '@x/client';
import {
  attach,
  commandFactories,
  withOptionsProxy,
  type Command,
  type CommandExecutor,
  type CommandParser,
  type KnownExtensions,
  type RedisArgument,
  type RedisFunctions,
  type RedisModules,
  type RedisScript,
  type RedisScripts,
  type RedisVariadicArgument,
  type RespVersions,
  type TransformReply,
  type TypeMapping,
  type WithExtensions,
} from '@x/modules';
import { ClusterTopology } from './cluster-topology';
import { FunctionLibraryLoader } from './function-libraries';
import { runCommand, type ClusterCommand, type ClusterStats, type RunContext } from './command-runner';
import { CrossSlotError } from './errors';
import { runWithPolicy } from './policy-execution';
import { commonSlot } from './split-keys';
import { clusterScanIterator, type ClusterScanOptions } from './cluster-scan';
import { createClusterMulti, type RedisClusterMultiCommandType } from './multi-command';
import { NodeRegistry, type NodeEvents } from './node-registry';
import {
  nodeClientOptions,
  resolveClusterOptions,
  rootNodeAddress,
  type RedisClusterClientOptions,
  type RedisClusterOptions,
  type ResolvedClusterOptions,
} from './options';
import { ClusterPubSub } from './pub-sub';
import { keySlot } from './topology/key-slot';
import type { ClusterNode, Shard } from './topology/slot-map';
import { rootClientOptions, TopologyReader } from './topology-reader';

/** Events of a cluster; each is emitted on every transition, not only the first. */
export interface RedisClusterEvents extends NodeEvents {
  /** `connect()` discovered the topology (and connected to the masters unless minimizeConnections). */
  connect: [];
  /** The cluster was closed or destroyed. */
  disconnect: [];
  /**
   * A background refresh failed, or another error with no command to reject. Only emitted when
   * listened to — except pub/sub's (a subscription that could not move yet, a listener that threw),
   * which become a process warning when nothing listens.
   */
  error: [error: Error];
  /**
   * node-redis's event: a sharded channel whose slot moved could not be subscribed on its new owner
   * yet (also an `'error'`; retried on the next topology change).
   */
  'sharded-channel-moved-error': [error: Error, channel: string, listeners: ChannelListeners];
}

type ClusterState = 'idle' | 'connecting' | 'ready' | 'closing' | 'closed';

/**
 * A Redis Cluster with every command as a method, routed by the slot of its first key. Create it
 * with {@link createCluster}. Like the client, methods may run on an options view
 * (`withCommandOptions`, `withTypeMapping`, `withAbortSignal`), so state is reached through `_self`.
 */
export class RedisCluster<
    M extends RedisModules = RedisModules,
    F extends RedisFunctions = RedisFunctions,
    S extends RedisScripts = RedisScripts,
    RESP extends RespVersions = 3,
    TYPE_MAPPING extends TypeMapping = TypeMapping,
  >
  extends EventEmitter<RedisClusterEvents>
  implements CommandExecutor
{
  /** The real instance (an options view inherits this field). */
  readonly _self: this;
  _commandOptions: CommandOptions | undefined;
  readonly options: RedisClusterOptions<M, F, S, RESP, TYPE_MAPPING>;
  readonly #resolved: ResolvedClusterOptions;
  readonly #topology: ClusterTopology;
  readonly #context: RunContext;
  readonly #pubSub: ClusterPubSub;
  /** The `functionLibraries` option at work (function-libraries.ts); undefined without libraries. */
  readonly #functionLibraries: FunctionLibraryLoader | undefined;
  #state: ClusterState = 'idle';
  #connecting: Promise<void> | undefined;

  constructor(options: RedisClusterOptions<M, F, S, RESP, TYPE_MAPPING>) {
    super();
    const resolved = resolveClusterOptions(options as RedisClusterOptions);
    this._self = this;
    this.options = options;
    this.#resolved = resolved;
    const { timeout: _timeout, ...defaults } = options.commandOptions ?? {};
    this._commandOptions = Object.keys(defaults).length === 0 ? undefined : defaults;
    const rootsByAddress = new Map<string, RedisClusterClientOptions>();
    for (const root of resolved.rootNodes) rootsByAddress.set(rootNodeAddress(root, resolved.defaults), root);
    const extensions = {
      modules: options.modules,
      functions: options.functions,
      scripts: options.scripts,
      commandOptions: options.commandOptions,
    };
    const clientOptions = (node: ClusterNode) => nodeClientOptions(resolved, node, rootsByAddress.get(node.address), extensions);
    const registry = new NodeRegistry(clientOptions, (event, ...args) => this.#emitNodeEvent(event, args));
    const reader = new TopologyReader(resolved, registry, (root) => rootClientOptions(resolved, root));
    this.#topology = new ClusterTopology(resolved, registry, reader, (error) => this.#emitError(error));
    this.#context = {
      topology: this.#topology,
      stats: { moved: 0, ask: 0, retries: 0 },
      maxRedirections: resolved.maxCommandRedirections,
      isClosed: () => this.#state === 'closed' || this.#state === 'idle',
    };
    // Pub/sub (pub-sub.ts): dedicated connections, moved when a refresh changes the topology.
    this.#pubSub = new ClusterPubSub({
      topology: this.#topology,
      maxRedirections: resolved.maxCommandRedirections,
      clientOptions,
      isClosed: () => this.#state !== 'ready' && this.#state !== 'connecting',
      emit: (event, ...args) => this.listenerCount(event) > 0 && (this.emit as (event: string, ...args: unknown[]) => boolean)(event, ...args),
    });
    const libraries = resolved.functionLibraries.length === 0 ? undefined : new FunctionLibraryLoader(resolved.functionLibraries, (error) => this.#emitError(error));
    this.#functionLibraries = libraries;
    this.#topology.onApplied = (_previous, next) => {
      this.#pubSub.onTopologyChange(next);
      libraries?.onTopologyChange(next, registry);
    };
    if (libraries !== undefined) this.#topology.onRedirect = (entry) => libraries.onRedirect(entry);
  }

  #emitNodeEvent(event: keyof NodeEvents, args: unknown[]): void {
    if (event === 'node-error' && this.listenerCount('node-error') === 0) return;
    (this.emit as (event: string, ...args: unknown[]) => boolean)(event, ...args);
    // A node whose connection dropped may have been failed over: look again.
    if (event === 'node-disconnect') this.#topology.scheduleRefresh();
  }

  #emitError(error: Error): void {
    if (this.listenerCount('error') > 0) this.emit('error', error);
  }

  /** What the cluster did for its callers so far: redirects followed and retries. */
  get stats(): Readonly<ClusterStats> {
    return this._self.#context.stats;
  }

  get isOpen(): boolean {
    const state = this._self.#state;
    return state === 'connecting' || state === 'ready' || state === 'closing';
  }

  get isReady(): boolean {
    return this._self.#state === 'ready';
  }

  /**
   * Discover the topology from the root nodes (tried in random order until one answers) and, unless
   * `minimizeConnections`, connect to every master (and every replica with `useReplicas`).
   * Rejects with a ClusterConnectError listing each root node's reason when none answered, or a
   * NotClusterModeError when a root node is not in cluster mode.
   */
  async connect(): Promise<this> {
    const self = this._self;
    if (self.#state !== 'idle' && self.#state !== 'closed') throw new ClientClosedError(`The cluster is already ${self.#state}`);
    self.#state = 'connecting';
    const topology = self.#topology;
    self.#connecting = (async () => {
      await topology.discover();
      if (!self.#resolved.minimizeConnections) {
        const entries = [...topology.registry.entries()].filter(
          (e) => e.node.health === 'online' && (e.node.role === 'master' || self.#resolved.useReplicas),
        );
        await Promise.allSettled(entries.map((e) => e.connect()));
      }
      // `functionLibraries`: on every master before the first command (a library that does not load fails connect()).
      await self.#functionLibraries?.loadOnEveryMaster(topology.slotMap, topology.registry);
    })();
    try {
      await self.#connecting;
    } catch (error) {
      self.#state = 'closed';
      topology.stop();
      topology.registry.destroyAll();
      throw error;
    } finally {
      self.#connecting = undefined;
    }
    if (self.#state !== 'connecting') throw new ClientClosedError('The cluster was closed while connecting');
    self.#state = 'ready';
    topology.startTimers();
    self.emit('connect');
    return this;
  }

  /** @internal Run one command: wait for connect() if it is in progress; refuse when closed. */
  _run(command: ClusterCommand): Promise<unknown> {
    const self = this._self;
    // The hot path: no closure unless the cluster is still connecting.
    if (self.#state === 'ready') return runCommand(self.#context, command);
    return self.#whenReady(() => runCommand(self.#context, command));
  }

  /** Run `fn` now if ready, after connect() if it is in progress; refuse when not connected. */
  #whenReady<T>(fn: () => Promise<T>): Promise<T> {
    switch (this.#state) {
      case 'ready':
        return fn();
      case 'connecting':
        return this.#connecting!.then(fn);
      default:
        return Promise.reject(new ClientClosedError(this.#state === 'idle' ? 'The cluster is not connected (call connect())' : 'The cluster is closed'));
    }
  }

  /**
   * @internal The executor of every command method: routed by the first key's slot. Commands with
   * keys in several slots, or sent to every shard by Redis's command tips, take the policy path
   * (split and merge, fan-out and aggregate); the common case — a `multi_shard` command with one key
   * (DEL, EXISTS, MGET…) included — checks two fields and goes straight on.
   */
  _executeCommand(command: Command, parser: CommandParser, transformReply: TransformReply | undefined): Promise<unknown> {
    const policy = command.REQUEST_POLICY;
    if (parser.keys.length > 1 || (policy !== undefined && policy !== 'multi_shard')) {
      const self = this._self;
      const options = this._commandOptions;
      if (self.#state === 'ready') return runWithPolicy(self.#context, command, parser, transformReply, options);
      return self.#whenReady(() => runWithPolicy(self.#context, command, parser, transformReply, options));
    }
    const firstKey = parser.firstKey;
    return this._self._run({
      slot: firstKey === undefined ? undefined : keySlot(firstKey),
      readonly: command.IS_READ_ONLY === true,
      anyNode: firstKey === undefined && command.IS_FORWARD_COMMAND === true,
      args: parser.redisArgs,
      options: this._commandOptions,
      transform: transformReply,
      preserve: parser.preserve,
      script: undefined,
    });
  }

  /** @internal Scripts: EVALSHA on the slot's node; NOSCRIPT there gets EVAL there, once. */
  _executeScript(script: RedisScript, parser: CommandParser, transformReply: TransformReply | undefined): Promise<unknown> {
    const keys = parser.keys;
    // A script runs on one node: keys of several slots would get CROSSSLOT there (after the round trip).
    if (keys.length > 1 && commonSlot(keys) === undefined) {
      return Promise.reject(new CrossSlotError(String(parser.redisArgs[0]), [...new Set(keys.map((key) => keySlot(key)))]));
    }
    const firstKey = parser.firstKey;
    return this._self._run({
      slot: firstKey === undefined ? undefined : keySlot(firstKey),
      readonly: script.IS_READ_ONLY === true,
      anyNode: false,
      args: parser.redisArgs,
      options: this._commandOptions,
      transform: transformReply,
      preserve: parser.preserve,
      script,
    });
  }

  /**
   * Send any command, routed by `firstKey` (a random master when undefined); `isReadonly` lets it
   * go to a replica with `useReplicas`. node-redis's signature.
   */
  sendCommand<T = unknown>(
    firstKey: RedisArgument | undefined,
    isReadonly: boolean | undefined,
    args: ReadonlyArray<RedisArgument>,
    options?: CommandOptions,
  ): Promise<T> {
    return this._self._run({
      slot: firstKey === undefined ? undefined : keySlot(firstKey),
      readonly: isReadonly === true,
      anyNode: false,
      args,
      options: options ?? this._commandOptions,
      transform: undefined,
      preserve: undefined,
      script: undefined,
    }) as Promise<T>;
  }

  /**
   * Every key of the cluster, in batches, each exactly once: one SCAN walk over every master, also
   * while slots migrate or a master fails over (see cluster-scan.ts for how).
   */
  scanIterator(options: ClusterScanOptions = {}): AsyncIterable<RedisArgument[]> {
    const self = this._self;
    const commandOptions = this._commandOptions;
    const context = self.#context;
    return {
      async *[Symbol.asyncIterator]() {
        await self.#whenReady(() => Promise.resolve());
        yield* clusterScanIterator(context, options, commandOptions);
      },
    };
  }

  // ── Transactions and pub/sub: multi-command.ts, pub-sub.ts ─────────────────────────────────────

  /**
   * A transaction (or pipeline) builder, as the client's: chain commands, then `exec()`. Every key
   * must hash to one slot (else `exec()` rejects with a CrossSlotError and sends nothing); it runs on
   * that slot's master and runs again, whole, where MOVED or ASK point. `execAsPipeline()` routes
   * each command on its own.
   */
  multi(): RedisClusterMultiCommandType<[], M, F, S, RESP, TYPE_MAPPING> {
    const self = this._self;
    const host = { whenReady: () => self.#whenReady(() => Promise.resolve(self.#context)), run: (command: ClusterCommand) => self._run(command) };
    const multi = createClusterMulti(self.options as RedisClusterOptions, host, this._commandOptions, self.#resolved.RESP);
    return multi as unknown as RedisClusterMultiCommandType<[], M, F, S, RESP, TYPE_MAPPING>;
  }

  /**
   * Subscribe to channels, on one pub/sub connection to one node (moved to another when that node
   * leaves). Listeners get `(message, channel)`, as Buffers with `bufferMode`.
   */
  subscribe<B extends boolean = false>(channels: RedisVariadicArgument, listener: PubSubListener<B>, bufferMode?: B): Promise<void> {
    const self = this._self;
    return self.#whenReady(() => self.#pubSub.subscribe(PUBSUB_TYPE.CHANNELS, channels, listener as AnyPubSubListener, bufferMode === true));
  }

  /** Unsubscribe: every channel, every listener of `channels`, or one `listener`. */
  unsubscribe<B extends boolean = false>(channels?: RedisVariadicArgument, listener?: PubSubListener<B>, bufferMode?: B): Promise<void> {
    const self = this._self;
    return self.#whenReady(() => self.#pubSub.unsubscribe(PUBSUB_TYPE.CHANNELS, channels, listener as AnyPubSubListener | undefined, bufferMode === true));
  }

  /** {@link subscribe} to patterns; listeners get the channel that matched. */
  pSubscribe<B extends boolean = false>(patterns: RedisVariadicArgument, listener: PubSubListener<B>, bufferMode?: B): Promise<void> {
    const self = this._self;
    return self.#whenReady(() => self.#pubSub.subscribe(PUBSUB_TYPE.PATTERNS, patterns, listener as AnyPubSubListener, bufferMode === true));
  }

  /** {@link unsubscribe} for patterns. */
  pUnsubscribe<B extends boolean = false>(patterns?: RedisVariadicArgument, listener?: PubSubListener<B>, bufferMode?: B): Promise<void> {
    const self = this._self;
    return self.#whenReady(() => self.#pubSub.unsubscribe(PUBSUB_TYPE.PATTERNS, patterns, listener as AnyPubSubListener | undefined, bufferMode === true));
  }

  /**
   * Subscribe to sharded channels (Redis 7), each on the master owning its slot, moved with the slot.
   * Resolves once every channel is confirmed; all or nothing.
   */
  sSubscribe<B extends boolean = false>(channels: RedisVariadicArgument, listener: PubSubListener<B>, bufferMode?: B): Promise<void> {
    const self = this._self;
    return self.#whenReady(() => self.#pubSub.sSubscribe(channels, listener as AnyPubSubListener, bufferMode === true));
  }

  /** {@link unsubscribe} for sharded channels. */
  sUnsubscribe<B extends boolean = false>(channels?: RedisVariadicArgument, listener?: PubSubListener<B>, bufferMode?: B): Promise<void> {
    const self = this._self;
    return self.#whenReady(() => self.#pubSub.sUnsubscribe(channels, listener as AnyPubSubListener | undefined, bufferMode === true));
  }

  // ────────────────────────────────────────────────────────────────────────────────────────────────

  withCommandOptions<OPTIONS extends CommandOptions>(options: OPTIONS): this {
    return withOptionsProxy(this, options);
  }

  withTypeMapping<TM extends TypeMapping>(typeMapping: TM): RedisClusterType<M, F, S, RESP, TM> {
    return withOptionsProxy(this, { typeMapping }) as unknown as RedisClusterType<M, F, S, RESP, TM>;
  }

  withAbortSignal(abortSignal: AbortSignal): this {
    return withOptionsProxy(this, { abortSignal });
  }

  /** Every slot's shard (`slots[slot]`), undefined while a slot has no online master. */
  get slots(): ReadonlyArray<Shard | undefined> {
    return this._self.#topology.slotMap.slots;
  }

  get masters(): ReadonlyArray<ClusterNode> {
    return this._self.#topology.slotMap.masters;
  }

  get replicas(): ReadonlyArray<ClusterNode> {
    return this._self.#topology.slotMap.replicas;
  }

  /** Every node by the address the client connects to (`host:port`). */
  get nodeByAddress(): ReadonlyMap<string, ClusterNode> {
    return this._self.#topology.slotMap.nodes;
  }

  /** The master serving `slot`. Throws a RangeError for a slot out of range or uncovered. */
  getSlotMaster(slot: number): ClusterNode {
    return this.#shardOf(slot).master;
  }

  /** A random node (master or replica) of the shard serving `slot`. */
  getSlotRandomNode(slot: number): ClusterNode {
    const nodes = this.#shardOf(slot).nodes;
    return nodes[Math.floor(Math.random() * nodes.length)]!;
  }

  /** A random node of the cluster. */
  getRandomNode(): ClusterNode {
    const nodes = [...this._self.#topology.slotMap.nodes.values()];
    if (nodes.length === 0) throw new ClientClosedError('The cluster has no known node (call connect())');
    return nodes[Math.floor(Math.random() * nodes.length)]!;
  }

  /** The connection to `node` (opened if needed): for server commands such as `MEMORY STATS`. */
  async nodeClient(node: ClusterNode): Promise<RedisClientType<M, F, S, RESP, TYPE_MAPPING>> {
    const self = this._self;
    if (self.#state !== 'ready' && self.#state !== 'connecting') throw new ClientClosedError('The cluster is not connected');
    const entry = self.#topology.registry.ensure(node);
    await entry.connect();
    return entry.client as unknown as RedisClientType<M, F, S, RESP, TYPE_MAPPING>;
  }

  #shardOf(slot: number): Shard {
    const map = this._self.#topology.slotMap;
    if (!Number.isInteger(slot) || slot < 0 || slot >= map.slots.length) throw new RangeError(`slot must be an integer from 0 to 16383, got ${slot}`);
    const shard = map.slots[slot];
    if (shard === undefined) throw new RangeError(`slot ${slot} has no online master`);
    return shard;
  }

  /** Refresh the topology now (normally automatic). */
  refreshTopology(): Promise<void> {
    return this._self.#topology.refresh();
  }

  /** Close every node connection gracefully (replies in flight arrive first). */
  async close(): Promise<void> {
    const self = this._self;
    if (self.#state === 'idle' || self.#state === 'closed' || self.#state === 'closing') return;
    self.#state = 'closing';
    self.#topology.stop();
    self.#functionLibraries?.stop();
    await Promise.all([self.#topology.registry.closeAll(), self.#pubSub.close()]);
    self.#state = 'closed';
    self.emit('disconnect');
  }

  /** Close every node connection now; pending commands are rejected. */
  destroy(): void {
    const self = this._self;
    if (self.#state === 'idle' || self.#state === 'closed') return;
    self.#state = 'closed';
    self.#topology.stop();
    self.#functionLibraries?.stop();
    self.#topology.registry.destroyAll();
    self.#pubSub.destroy();
    self.emit('disconnect');
  }

  /** node-redis 4 name of `close()`. */
  async quit(): Promise<'OK'> {
    await this.close();
    return 'OK';
  }

  /** node-redis 4 name of `destroy()`. */
  async disconnect(): Promise<void> {
    this.destroy();
  }
}

/** A cluster with its methods: the built-in commands plus the configuration's modules, functions and scripts. */
export type RedisClusterType<
  M extends RedisModules = Record<never, never>,
  F extends RedisFunctions = Record<never, never>,
  S extends RedisScripts = Record<never, never>,
  RESP extends RespVersions = 3,
  TYPE_MAPPING extends TypeMapping = Record<never, never>,
> = RedisCluster<M, F, S, RESP, TYPE_MAPPING> &
  RedisClusterAliases<M, F, S, RESP, TYPE_MAPPING> &
  RedisCommandMethods<RESP, TYPE_MAPPING> &
  WithExtensions<M, F, S, RESP, TYPE_MAPPING>;

/** node-redis's upper-case spellings of the cluster's pub/sub and multi methods: the same implementations. */
export interface RedisClusterAliases<
  M extends RedisModules,
  F extends RedisFunctions,
  S extends RedisScripts,
  RESP extends RespVersions,
  TYPE_MAPPING extends TypeMapping,
> {
  MULTI: RedisCluster<M, F, S, RESP, TYPE_MAPPING>['multi'];
  SUBSCRIBE: RedisCluster<M, F, S, RESP, TYPE_MAPPING>['subscribe'];
  UNSUBSCRIBE: RedisCluster<M, F, S, RESP, TYPE_MAPPING>['unsubscribe'];
  PSUBSCRIBE: RedisCluster<M, F, S, RESP, TYPE_MAPPING>['pSubscribe'];
  PUNSUBSCRIBE: RedisCluster<M, F, S, RESP, TYPE_MAPPING>['pUnsubscribe'];
  SSUBSCRIBE: RedisCluster<M, F, S, RESP, TYPE_MAPPING>['sSubscribe'];
  SUNSUBSCRIBE: RedisCluster<M, F, S, RESP, TYPE_MAPPING>['sUnsubscribe'];
}

// On the prototype (before `attach` runs), so they also take precedence over same-named commands.
for (const [alias, name] of [
  ['MULTI', 'multi'],
  ['SUBSCRIBE', 'subscribe'],
  ['UNSUBSCRIBE', 'unsubscribe'],
  ['PSUBSCRIBE', 'pSubscribe'],
  ['PUNSUBSCRIBE', 'pUnsubscribe'],
  ['SSUBSCRIBE', 'sSubscribe'],
  ['SUNSUBSCRIBE', 'sUnsubscribe'],
] as const) {
  Object.defineProperty(RedisCluster.prototype, alias, { value: RedisCluster.prototype[name], writable: true, configurable: true });
}

/**
 * Create a cluster client (not yet connected):
 * ```ts
 * const cluster = await createCluster({ rootNodes: [{ url: 'redis://127.0.0.1:30001' }] })
 *   .on('error', (err) => console.log('Redis Cluster Error', err))
 *   .connect();
 * ```
 */
export function createCluster<
  // No defaults for M, F, S (see KnownExtensions): so `parseCommand(parser, key: string)` gets its
  // `parser` typed from the constraint, and an extension kind not given is `{}`, not every name.
  M extends RedisModules,
  F extends RedisFunctions,
  S extends RedisScripts,
  RESP extends RespVersions = 3,
  TYPE_MAPPING extends TypeMapping = Record<never, never>,
>(
  options: RedisClusterOptions<M, F, S, RESP, TYPE_MAPPING>,
): RedisClusterType<KnownExtensions<M>, KnownExtensions<F>, KnownExtensions<S>, RESP, TYPE_MAPPING> {
  const Cluster = attach({
    BaseClass: RedisCluster,
    commands: COMMANDS,
    factories: commandFactories,
    config: options,
    defaultResp: 3,
    reservedNames: CLUSTER_RESERVED_NAMES,
  });
  return new Cluster(options) as unknown as RedisClusterType<KnownExtensions<M>, KnownExtensions<F>, KnownExtensions<S>, RESP, TYPE_MAPPING>;
}

/** Instance fields an extension (module, function library, script) may not be named after. */
const CLUSTER_RESERVED_NAMES = ['_self', '_commandOptions', 'options'];
