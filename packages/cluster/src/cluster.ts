import {
  ClientAlreadyOpenError,
  ClientClosedError,
  type AnyPubSubListener,
  type ChannelListeners,
  type CommandOptions,
  type MultiQueuedCommand,
  type PubSubTypeListeners,
  type RedisClientType,
  type ScanIteratorOptions,
} from '@x/client';
import {
  batchChannel,
  cacheManagedRefusal,
  commandChannel,
  COMMANDS,
  CommandRequest,
  invalidArguments,
  isTraced,
  keyMasterSender,
  scanHash,
  scanHashFields,
  scanHashValues,
  scanSet,
  scanSortedSet,
  trackConnection,
  withRedactedView,
  type FacadeType,
} from '@x/client/node-connection';
import type { BasicClientSideCache } from '@x/client';
import {
  createFacade,
  defineAliases,
  FACADE_ALIASES,
  PUBSUB_TYPE,
  RedisFacade,
  type Command,
  type CommandParser,
  type FacadeAliases,
  type KnownExtensions,
  type PubSubType,
  type RedisArgument,
  type RedisFunctions,
  type RedisModules,
  type RedisScript,
  type RedisScripts,
  type RedisVariadicArgument,
  type RespVersions,
  type TransformReply,
  type TypeMapping,
} from '@x/modules';
import type { ClusterStats, EngineContext } from './attempt';
import { cachedClusterRead, clusterCacheOf, dropMovedEntries, type CachedReadHost } from './client-side-cache';
import { PublicTopologies, pubSubClient, type MasterNode, type PubSubNode, type PublicTopology, type Shard, type ShardNode } from './cluster-nodes';
import { clusterScanIterator, type ClusterScanOptions } from './cluster-scan';
import { ClusterTopology } from './cluster-topology';
import { ClusterTracer, clusterTraceId, SEVERAL_NODES, type TraceTarget } from './cluster-tracing';
import { ClusterConnectError, CrossSlotError, NoOnlineNodeError } from './errors';
import { FunctionLibraryLoader } from './function-libraries';
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
import { runWithPolicy } from './policy-execution';
import { rawKeys, rawPolicyDefinition } from './raw-policy';
import { ClusterPubSub } from './pub-sub';
import { ANY_NODE, runOnNode, runRequest } from './run-command';
import { runTransaction } from './run-transaction';
import { commonSlot } from './split-keys';
import { keySlot, SLOT_COUNT } from './topology/key-slot';
import type { ClusterNode, SlotMap } from './topology/slot-map';
import { withDefaultModules, type RedisDefaultModules } from './default-modules';
import { rootClientOptions, TopologyReader } from './topology-reader';

/** The data of a node a caller handed in (a view, or a copy of one), as the registry records nodes. */
function plainNode(node: Pick<ClusterNode, 'address'> & Partial<ClusterNode>): ClusterNode {
  const colon = node.address.lastIndexOf(':');
  const host = node.host ?? node.address.slice(0, colon);
  const port = node.port ?? Number(node.address.slice(colon + 1));
  return { id: node.id ?? node.address, host, port, address: node.address, announced: node.announced ?? node.address, role: node.role ?? 'master', health: node.health ?? 'online' };
}

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

/** Some slot has an online master (checked once, at connect). */
function coversAnySlot(map: SlotMap): boolean {
  for (let slot = 0; slot < SLOT_COUNT; slot++) if (map.shardOf(slot) !== undefined) return true;
  return false;
}

/** The slot of a routing key; undefined for what is not a key (the command's bad argument is reported when it is sent). */
function slotOf(key: RedisArgument | undefined): number | undefined {
  return typeof key === 'string' || key instanceof Uint8Array ? keySlot(key) : undefined;
}

/**
 * A Redis Cluster with every command as a method, routed by the slot of its first key. Create it
 * with {@link createCluster}. Like the client, methods may run on an options view
 * (`withCommandOptions`, `withTypeMapping`, `withAbortSignal`), so state is reached through `_self`.
 *
 * Every command becomes one CommandRequest (@x/client/node-connection) that the attempt engine
 * (attempt.ts) sends to the node of its slot, through the node's connection, and follows across
 * redirects and outages within its deadline.
 */
export class RedisCluster<
  M extends RedisModules = RedisModules,
  F extends RedisFunctions = RedisFunctions,
  S extends RedisScripts = RedisScripts,
  RESP extends RespVersions = 3,
  TYPE_MAPPING extends TypeMapping = TypeMapping,
> extends RedisFacade<RedisClusterEvents, CommandOptions> {
  readonly options: RedisClusterOptions<M, F, S, RESP, TYPE_MAPPING>;
  readonly #resolved: ResolvedClusterOptions;
  readonly #topology: ClusterTopology;
  readonly #context: EngineContext;
  readonly #pubSub: ClusterPubSub;
  /** The `functionLibraries` option at work (function-libraries.ts); undefined without libraries. */
  readonly #functionLibraries: FunctionLibraryLoader | undefined;
  /** The public views of the topology (`masters`, `slots`…), made once per snapshot. */
  readonly #views: PublicTopologies;
  /** `getRandomNode()`'s turn: the list it walks (one snapshot's) and the next index in it. */
  #randomTurn: { view: PublicTopology; list: ReadonlyArray<ShardNode>; next: number } | undefined;
  /** `getSlotRandomNode()`'s turn per shard view. */
  readonly #slotTurns = new WeakMap<Shard, number>();
  #state: ClusterState = 'idle';
  #connecting: Promise<void> | undefined;
  /** The `clientSideCache` option at work (one cache, every node connection tracking); undefined without it. */
  readonly #cache: BasicClientSideCache | undefined;

  constructor(options: RedisClusterOptions<M, F, S, RESP, TYPE_MAPPING>) {
    super(options?.commandOptions, options?.keyPrefix);
    const resolved = resolveClusterOptions(options as RedisClusterOptions);
    // A copy whose util.inspect and JSON.stringify show every password (defaults, root nodes, URLs) redacted.
    this.options = withRedactedView(options, ['defaults', 'rootNodes']);
    this.#resolved = resolved;
    const rootsByAddress = new Map<string, RedisClusterClientOptions>();
    for (const root of resolved.rootNodes) rootsByAddress.set(rootNodeAddress(root, resolved.defaults), root);
    const extensions = {
      modules: options.modules,
      functions: options.functions,
      scripts: options.scripts,
      commandOptions: options.commandOptions,
    };
    const clientOptions = (node: ClusterNode) => nodeClientOptions(resolved, node, rootsByAddress.get(node.address), extensions);
    const cache = clusterCacheOf(options.clientSideCache);
    this.#cache = cache;
    const registry = new NodeRegistry(
      clientOptions,
      (event, ...args) => this.#emitNodeEvent(event, args),
      resolved.blockingPool,
      cache === undefined ? undefined : (entry) => trackConnection(cache, entry.connection),
    );
    const reader = new TopologyReader(resolved, registry, (root) => rootClientOptions(resolved, root));
    this.#topology = new ClusterTopology(resolved, registry, reader, (error) => this.#emitError(error));
    const context: EngineContext = {
      topology: this.#topology,
      stats: { moved: 0, ask: 0, retries: 0 },
      maxRedirections: resolved.maxCommandRedirections,
      onMasterDown: resolved.onMasterDown,
      defaultTimeout: resolved.commandTimeout,
      isClosed: () => this.#state === 'closed' || this.#state === 'idle',
      tracer: new ClusterTracer(clusterTraceId([...rootsByAddress.keys()]), this.#topology),
    };
    this.#context = context;
    if (cache !== undefined) this.#installCachedPaths(cache, { context, useReplicas: resolved.useReplicas, ready: () => this.#readiness() });
    // Pub/sub (pub-sub.ts): dedicated connections, moved when a refresh changes the topology.
    this.#pubSub = new ClusterPubSub({
      context,
      clientOptions,
      isClosed: () => this.#state !== 'ready' && this.#state !== 'connecting',
      useReplicas: resolved.useReplicas,
      emit: (event, ...args) => this.listenerCount(event) > 0 && (this.emit as (event: string, ...args: unknown[]) => boolean)(event, ...args),
    });
    const libraries =
      resolved.functionLibraries.length === 0
        ? undefined
        : new FunctionLibraryLoader(resolved.functionLibraries, (entry, args) => runOnNode(context, entry, args), (error) => this.#emitError(error));
    this.#functionLibraries = libraries;
    const pubSub = this.#pubSub;
    this.#views = new PublicTopologies({ entry: (address) => registry.get(address), shardedPubSub: (address) => pubSub.shardConnection(address) });
    this.#topology.onApplied = (_previous, next) => {
      if (cache !== undefined) dropMovedEntries(cache, next, resolved.useReplicas);
      this.#pubSub.onTopologyChange(next);
      libraries?.onTopologyChange(next);
    };
    if (libraries !== undefined) this.#topology.onRedirect = (entry) => libraries.onRedirect(entry);
  }

  /**
   * With a cache, this instance (and its options views) gets its own `_executeCommand` — a one-key
   * cacheable read goes through the cache — and refuses the commands the cache owns (CLIENT
   * TRACKING…). A cluster without a cache runs the prototype's methods, untouched.
   */
  #installCachedPaths(cache: BasicClientSideCache, host: CachedReadHost): void {
    const proto = RedisCluster.prototype;
    const define = (name: string, value: unknown): void => {
      Object.defineProperty(this, name, { value, writable: true, configurable: true });
    };
    define('_executeCommand', function (this: RedisCluster, command: Command, parser: CommandParser, transformReply: TransformReply | undefined) {
      const refusal = cacheManagedRefusal(parser.redisArgs);
      if (refusal !== undefined) return Promise.reject(refusal);
      // One key and no fan-out policy: the plain path would route it to one node too.
      const policy = command.REQUEST_POLICY;
      const slot = parser.keys.length === 1 && (policy === undefined || policy === 'multi_shard') ? slotOf(parser.firstKey) : undefined;
      const cached = slot === undefined ? undefined : cachedClusterRead(host, cache, command, parser, transformReply, this._commandOptions, slot);
      return cached ?? proto._executeCommand.call(this, command, parser, transformReply);
    });
    define('sendCommand', function (
      this: RedisCluster,
      firstKey: RedisArgument | undefined,
      isReadonly: boolean | undefined,
      args: ReadonlyArray<RedisArgument>,
      options?: CommandOptions,
    ) {
      const refusal = cacheManagedRefusal(args);
      return refusal === undefined ? proto.sendCommand.call(this, firstKey, isReadonly, args, options) : Promise.reject(refusal);
    });
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

  /** The client-side cache (`clientSideCache`), as node-redis's getter; undefined without one. */
  get clientSideCache(): BasicClientSideCache | undefined {
    return this._self.#cache;
  }

  /** What the cluster did for its callers so far: redirects followed and waits. */
  get stats(): Readonly<ClusterStats> {
    return this._self.#context.stats;
  }

  /** Connecting or connected: connect() was called, and neither close(), quit() nor destroy() since. */
  get isOpen(): boolean {
    const state = this._self.#state;
    return state === 'connecting' || state === 'ready';
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
    if (self.#state !== 'idle' && self.#state !== 'closed') throw new ClientAlreadyOpenError('cluster', self.#state);
    self.#state = 'connecting';
    const topology = self.#topology;
    self.#connecting = (async () => {
      await topology.discover();
      // A cluster that can serve nothing is not connected: no slot has an online master (a node
      // with no slots assigned yet, a cluster being created), or no master can be reached.
      const map = topology.slotMap;
      if (!coversAnySlot(map)) {
        throw new ClusterConnectError([], 'The cluster serves no slot: no online master has slots assigned (CLUSTER SHARDS/SLOTS lists none)');
      }
      if (!self.#resolved.minimizeConnections) {
        const entries = self.#resolved.useReplicas ? map.onlineNodes : map.onlineMasters;
        const results = await Promise.allSettled(entries.map((e) => e.connect()));
        if (!map.onlineMasters.some((master) => master.isReady)) {
          const reasons = entries.flatMap((entry, i) => {
            const result = results[i]!;
            return result.status === 'rejected' && map.onlineMasters.includes(entry) ? [{ address: entry.address, error: result.reason as Error }] : [];
          });
          throw new ClusterConnectError(reasons, 'No master of the cluster could be reached');
        }
      }
      // `functionLibraries`: on every master before the first command (a library that does not load fails connect()).
      await self.#functionLibraries?.loadOnEveryMaster(topology.slotMap);
    })();
    try {
      await self.#connecting;
    } catch (error) {
      // Closed meanwhile: what failed is the close's doing (its connections were ended), say so.
      const closedMeanwhile = self.#state !== 'connecting';
      if (!closedMeanwhile) self.#state = 'closed';
      topology.stop();
      topology.registry.destroyAll();
      if (closedMeanwhile) throw new ClientClosedError('The cluster was closed while connecting', { cause: error });
      throw error;
    } finally {
      self.#connecting = undefined;
    }
    if (self.#state !== 'connecting') {
      // close() or destroy() came while connecting: what connect() opened since is ended here.
      topology.registry.destroyAll();
      throw new ClientClosedError('The cluster was closed while connecting');
    }
    self.#state = 'ready';
    topology.startTimers();
    self.emit('connect');
    return this;
  }

  /**
   * What a command waits for before its first attempt: nothing when ready (the hot path), the
   * connect() in progress, or — not connected — the ClientClosedError it fails with.
   */
  #readiness(): Promise<unknown> | undefined {
    switch (this.#state) {
      case 'ready':
        return undefined;
      case 'connecting':
        return this.#connecting!;
      default:
        return Promise.reject(new ClientClosedError(this.#state === 'idle' ? 'The cluster is not connected (call connect())' : 'The cluster is closed'));
    }
  }

  /** Run `fn` now if ready, after connect() if it is in progress; refuse when not connected. */
  #whenReady<T>(fn: () => Promise<T>): Promise<T> {
    const ready = this.#readiness();
    return ready === undefined ? fn() : ready.then(fn);
  }

  /** Send one request by its route: the engine's entry for every single command. */
  #run(request: CommandRequest, slot: number | undefined, readonly: boolean, anyNode: boolean, trace?: TraceTarget): void {
    const route = trace !== undefined ? { anyNode, trace } : anyNode ? ANY_NODE : undefined;
    runRequest(this.#context, request, slot, readonly, route, this.#readiness());
  }

  /**
   * A traced command (someone listens on `node-redis:command`): the same path, inside the channel's
   * `tracePromise`, with a context naming the slot and the node (updated by each attempt).
   */
  #traced(args: ReadonlyArray<RedisArgument>, slot: number | undefined, send: (trace: TraceTarget | undefined) => Promise<unknown>, batchSize?: number): Promise<unknown> {
    const context = this.#context.tracer.command(args, slot, batchSize === undefined ? undefined : { batchMode: 'PIPELINE', batchSize });
    return commandChannel.tracePromise(() => send(context), context);
  }

  /**
   * @internal The executor of every command method: routed by the first key's slot. Commands with
   * keys in several slots, or sent to every shard by Redis's command tips, take the policy path
   * (split and merge, fan-out and aggregate); the common case — a `multi_shard` command with one key
   * (DEL, EXISTS, MGET…) included — checks two fields and goes straight on.
   */
  _executeCommand(command: Command, parser: CommandParser, transformReply: TransformReply | undefined): Promise<unknown> {
    const self = this._self;
    const options = this._commandOptions;
    const policy = command.REQUEST_POLICY;
    if (parser.keys.length > 1 || (policy !== undefined && policy !== 'multi_shard')) {
      // Keys are hashed before anything is sent: a bad one is refused here, as the connection would.
      const invalid = invalidArguments(parser.redisArgs);
      if (invalid !== undefined) return Promise.reject(invalid);
      const run = (): Promise<unknown> => self.#whenReady(() => runWithPolicy(self.#context, command, parser, transformReply, options));
      if (!isTraced(commandChannel)) return run();
      // Several nodes (a fan-out, a split): the trace names no one node.
      const context = self.#context.tracer.command(parser.redisArgs, parser.keys.length === 1 ? slotOf(parser.firstKey) : undefined);
      context.serverAddress = SEVERAL_NODES;
      context.serverPort = undefined;
      return commandChannel.tracePromise(run, context);
    }
    const firstKey = parser.firstKey;
    // One boolean when nobody traces: the command path stays as it was.
    if (isTraced(commandChannel)) {
      const slot = slotOf(firstKey);
      return self.#traced(parser.redisArgs, slot, (trace) => new Promise((resolve, reject) => {
        const request = new CommandRequest(parser.redisArgs, options, resolve, reject).shape(command, transformReply, parser.respVersion, parser.preserve);
        self.#run(request, slot, command.IS_READ_ONLY === true, firstKey === undefined && command.IS_FORWARD_COMMAND === true, trace);
      }));
    }
    return new Promise((resolve, reject) => {
      const request = new CommandRequest(parser.redisArgs, options, resolve, reject).shape(command, transformReply, parser.respVersion, parser.preserve);
      self.#run(request, slotOf(firstKey), command.IS_READ_ONLY === true, firstKey === undefined && command.IS_FORWARD_COMMAND === true);
    });
  }

  /** @internal Scripts: EVALSHA on the slot's node; NOSCRIPT there gets EVAL there, once. */
  _executeScript(script: RedisScript, parser: CommandParser, transformReply: TransformReply | undefined): Promise<unknown> {
    const self = this._self;
    const keys = parser.keys;
    const invalid = keys.length > 1 ? invalidArguments(parser.redisArgs) : undefined;
    if (invalid !== undefined) return Promise.reject(invalid);
    // A script runs on one node: keys of several slots would get CROSSSLOT there (after the round trip).
    if (keys.length > 1 && commonSlot(keys) === undefined) {
      return Promise.reject(new CrossSlotError(String(parser.redisArgs[0]), [...new Set(keys.map((key) => keySlot(key)))]));
    }
    const options = this._commandOptions;
    const slot = slotOf(parser.firstKey);
    const send = (trace: TraceTarget | undefined): Promise<unknown> =>
      new Promise((resolve, reject) => {
        const request = new CommandRequest(parser.redisArgs, options, resolve, reject).shape(script, transformReply, parser.respVersion, parser.preserve);
        self.#run(request, slot, script.IS_READ_ONLY === true, false, trace);
      });
    return isTraced(commandChannel) ? self.#traced(parser.redisArgs, slot, send) : send(undefined);
  }

  /**
   * Send any command, routed by `firstKey` (a random master when undefined); `isReadonly` lets it
   * go to a replica with `useReplicas`. node-redis's signature. A command whose typed method routes
   * by more than its first key is routed the same way (as node-redis 6.2+): a cross-slot MGET, DEL,
   * MSET… is split by slot, DBSIZE, KEYS, SCRIPT LOAD… go to every shard (or node) and their replies
   * are combined — not transformed, as any raw reply. (WAIT/WAITAOF with a `firstKey` go to that
   * key's node only: they count the replicas that acknowledged this connection's writes there.)
   */
  sendCommand<T = unknown>(
    firstKey: RedisArgument | undefined,
    isReadonly: boolean | undefined,
    args: ReadonlyArray<RedisArgument>,
    options?: CommandOptions,
  ): Promise<T> {
    const self = this._self;
    // Options given here add to the view's (withTypeMapping, withAbortSignal…), as node-redis merges them.
    const viewOptions = this._commandOptions;
    const merged = options === undefined ? viewOptions : viewOptions === undefined ? options : { ...viewOptions, ...options };
    const definition = Array.isArray(args) ? rawPolicyDefinition(args, firstKey) : undefined;
    if (definition !== undefined) return self.#sendWithPolicy(definition, firstKey, isReadonly === true, args, merged) as Promise<T>;
    if (isTraced(commandChannel)) {
      const slot = slotOf(firstKey);
      return self.#traced(args, slot, (trace) => new Promise<unknown>((resolve, reject) => {
        self.#run(new CommandRequest(args, merged, resolve, reject), slot, isReadonly === true, false, trace);
      })) as Promise<T>;
    }
    return new Promise<unknown>((resolve, reject) => {
      self.#run(new CommandRequest(args, merged, resolve, reject), slotOf(firstKey), isReadonly === true, false);
    }) as Promise<T>;
  }

  /** A raw command with a request policy: routed as its typed method is (split, fan-out), its reply combined but not transformed. */
  #sendWithPolicy(definition: Command, firstKey: RedisArgument | undefined, readonly: boolean, args: ReadonlyArray<RedisArgument>, options: CommandOptions | undefined): Promise<unknown> {
    const invalid = invalidArguments(args);
    if (invalid !== undefined) return Promise.reject(invalid);
    const keys = rawKeys(definition, args);
    if (keys.length === 0 && firstKey !== undefined) keys.push(firstKey);
    const parser = { redisArgs: args, keys, respVersion: this.#resolved.RESP, preserve: undefined } as unknown as CommandParser;
    return this.#whenReady(() => runWithPolicy(this.#context, definition, parser, undefined, options, { readonly }));
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

  /**
   * A transaction (or pipeline) builder, as the client's: chain commands, then `exec()`. Every key
   * must hash to one slot (else `exec()` rejects with a CrossSlotError and sends nothing); it runs on
   * that slot's master and runs again, whole, where MOVED or ASK point. `execAsPipeline()` routes
   * each command on its own. `routing` (node-redis's): the key whose master runs a transaction of
   * raw commands only (`addCommand(firstKey, isReadonly, args)` and `sendCommand(args, { firstKey })`
   * route it too).
   */
  multi(routing?: RedisArgument): RedisClusterMultiCommandType<[], M, F, S, RESP, TYPE_MAPPING> {
    const self = this._self;
    const context = self.#context;
    // With a cache, a transaction or pipeline may not change the tracking state either.
    const refusal = (args: ReadonlyArray<RedisArgument>): Error | undefined => (self.#cache === undefined ? undefined : cacheManagedRefusal(args));
    const host = {
      transaction: (commands: ReadonlyArray<MultiQueuedCommand>, options: CommandOptions | undefined, key: RedisArgument | undefined): Promise<unknown[]> => {
        for (const command of commands) {
          const refused = refusal(command.args);
          if (refused !== undefined) return Promise.reject(refused);
        }
        if (!isTraced(batchChannel)) return runTransaction(context, commands, options, self.#readiness(), key);
        const trace = context.tracer.batch('MULTI', commands);
        return batchChannel.tracePromise(() => runTransaction(context, commands, options, self.#readiness(), key, trace), trace);
      },
      command: (queued: MultiQueuedCommand, options: CommandOptions | undefined, batchSize?: number): Promise<unknown> => {
        const refused = refusal(queued.args);
        if (refused !== undefined) return Promise.reject(refused);
        const { definition, firstKey } = queued;
        const slot = slotOf(firstKey);
        const send = (trace: TraceTarget | undefined): Promise<unknown> =>
          new Promise<unknown>((resolve, reject) => {
            const request = new CommandRequest(queued.args, options, resolve, reject).shape(definition, queued.transform, queued.shapeResp, queued.preserve);
            self.#run(request, slot, definition?.IS_READ_ONLY === true, firstKey === undefined && definition?.IS_FORWARD_COMMAND === true, trace);
          });
        return isTraced(commandChannel) ? self.#traced(queued.args, slot, send, batchSize) : send(undefined);
      },
      pipeline: (commands: ReadonlyArray<MultiQueuedCommand>, run: () => Promise<unknown[]>): Promise<unknown[]> =>
        isTraced(batchChannel) ? batchChannel.tracePromise(run, context.tracer.batch('PIPELINE', commands)) : run(),
    };
    const multi = createClusterMulti(self.options as RedisClusterOptions, host, this._commandOptions, self._keyPrefix, routing);
    return multi as unknown as RedisClusterMultiCommandType<[], M, F, S, RESP, TYPE_MAPPING>;
  }

  /**
   * @internal The pub/sub methods (see RedisFacade): channels and patterns on one pub/sub connection
   * to one node (moved to another when that node leaves); sharded channels each on the master owning
   * its slot, moved with the slot — all or nothing.
   */
  _subscribe(type: PubSubType, channels: RedisVariadicArgument, listener: AnyPubSubListener, bufferMode: boolean): Promise<void> {
    const self = this._self;
    return self.#whenReady(() =>
      type === PUBSUB_TYPE.SHARDED ? self.#pubSub.sSubscribe(channels, listener, bufferMode) : self.#pubSub.subscribe(type, channels, listener, bufferMode),
    );
  }

  /** @internal `unsubscribe`, `pUnsubscribe`, `sUnsubscribe` (see RedisFacade). */
  _unsubscribe(type: PubSubType, channels: RedisVariadicArgument | undefined, listener: AnyPubSubListener | undefined, bufferMode: boolean): Promise<void> {
    const self = this._self;
    return self.#whenReady(() =>
      type === PUBSUB_TYPE.SHARDED ? self.#pubSub.sUnsubscribe(channels, listener, bufferMode) : self.#pubSub.unsubscribe(type, channels, listener, bufferMode),
    );
  }

  /** A view of this cluster whose replies follow this type mapping. */
  withTypeMapping<TM extends TypeMapping>(typeMapping: TM): RedisClusterType<M, F, S, RESP, TM> {
    return this._withTypeMapping(typeMapping) as unknown as RedisClusterType<M, F, S, RESP, TM>;
  }

  /** The public views of the current topology snapshot. */
  #view(): PublicTopology {
    return this.#views.of(this.#topology.slotMap);
  }

  /**
   * Every slot's shard (`slots[slot]`: its `master` and `replicas`, as node-redis's), undefined while
   * a slot has no online master. Each node carries `client` once its connection was opened.
   */
  get slots(): ReadonlyArray<Shard<M, F, S, RESP, TYPE_MAPPING> | undefined> {
    return this._self.#view().slots as ReadonlyArray<Shard<M, F, S, RESP, TYPE_MAPPING> | undefined>;
  }

  /** The masters, each with `client` (its connection's client) once connected — node-redis's `masters`. */
  get masters(): ReadonlyArray<MasterNode<M, F, S, RESP, TYPE_MAPPING>> {
    return this._self.#view().masters as ReadonlyArray<MasterNode<M, F, S, RESP, TYPE_MAPPING>>;
  }

  /**
   * The replicas that have not failed. Unlike node-redis (which lists them only with `useReplicas`),
   * x always knows them; their `client` is there once a connection to them was opened.
   */
  get replicas(): ReadonlyArray<ShardNode<M, F, S, RESP, TYPE_MAPPING>> {
    return this._self.#view().replicas as ReadonlyArray<ShardNode<M, F, S, RESP, TYPE_MAPPING>>;
  }

  /** Every node by the address the client connects to (`host:port`). */
  get nodeByAddress(): ReadonlyMap<string, ShardNode<M, F, S, RESP, TYPE_MAPPING>> {
    return this._self.#view().nodeByAddress as ReadonlyMap<string, ShardNode<M, F, S, RESP, TYPE_MAPPING>>;
  }

  /**
   * The connection holding this cluster's channels and patterns (`subscribe`, `pSubscribe`), while
   * there is one: node-redis's `pubSubNode` (`{ address, client }`).
   */
  get pubSubNode(): PubSubNode<M, F, S, RESP, TYPE_MAPPING> | undefined {
    const connection = this._self.#pubSub.channelConnection;
    if (connection === undefined) return undefined;
    return { address: connection.node.address, ...pubSubClient(connection)! } as unknown as PubSubNode<M, F, S, RESP, TYPE_MAPPING>;
  }

  /** The master serving `slot`. Throws a RangeError for a slot out of range or uncovered. */
  getSlotMaster(slot: number): MasterNode<M, F, S, RESP, TYPE_MAPPING> {
    return this._self.#shardOf(slot).master as MasterNode<M, F, S, RESP, TYPE_MAPPING>;
  }

  /** The masters (node-redis's deprecated spelling of `masters`). */
  getMasters(): ReadonlyArray<MasterNode<M, F, S, RESP, TYPE_MAPPING>> {
    return this.masters;
  }

  /**
   * A node of the shard serving `slot`, as node-redis picks one: the master without `useReplicas`;
   * with it, the master and its online replicas in turn (starting at a random one).
   */
  getSlotRandomNode(slot: number): ShardNode<M, F, S, RESP, TYPE_MAPPING> {
    const self = this._self;
    const shard = self.#shardOf(slot);
    if (!self.#resolved.useReplicas || shard.nodes.length === 1) return shard.master as ShardNode<M, F, S, RESP, TYPE_MAPPING>;
    const turn = self.#slotTurns.get(shard) ?? Math.floor(Math.random() * shard.nodes.length);
    self.#slotTurns.set(shard, turn + 1);
    return shard.nodes[turn % shard.nodes.length] as ShardNode<M, F, S, RESP, TYPE_MAPPING>;
  }

  /**
   * A node of the cluster, in turn as node-redis gives them: the masters (and, with `useReplicas`,
   * the replicas) one after another, starting at a random one; the walk starts again when the
   * topology changes. Throws a NoOnlineNodeError when none is known (not connected).
   */
  getRandomNode(): ShardNode<M, F, S, RESP, TYPE_MAPPING> {
    const self = this._self;
    const view = self.#view();
    let turn = self.#randomTurn;
    if (turn === undefined || turn.view !== view) {
      const list = self.#resolved.useReplicas ? [...view.masters, ...view.replicas] : view.masters;
      turn = self.#randomTurn = { view, list, next: Math.floor(Math.random() * list.length) };
    }
    if (turn.list.length === 0) throw new NoOnlineNodeError('known (call connect())');
    return turn.list[turn.next++ % turn.list.length] as ShardNode<M, F, S, RESP, TYPE_MAPPING>;
  }

  /**
   * The client of the node serving `key`'s slot (its master; with `isReadonly` and `useReplicas`, any
   * node of the shard, in turn), connected: for what must run on that one connection, such as
   * `WATCH` then `MULTI`/`EXEC`. node-redis's `getNodeClientForKey`.
   */
  async getNodeClientForKey(key: RedisArgument, isReadonly?: boolean): Promise<RedisClientType<M, F, S, RESP, TYPE_MAPPING>> {
    const self = this._self;
    if (typeof key !== 'string' && !(key instanceof Uint8Array)) throw new TypeError('getNodeClientForKey: key must be a string or a Buffer');
    await self.#whenReady(() => Promise.resolve());
    const slot = keySlot(key);
    return self.nodeClient(isReadonly === true ? self.getSlotRandomNode(slot) : self.getSlotMaster(slot));
  }

  /** A client on the connection to `node` (opened if needed): for server commands such as `MEMORY STATS`. */
  async nodeClient(node: Pick<ClusterNode, 'address'> & Partial<ClusterNode>): Promise<RedisClientType<M, F, S, RESP, TYPE_MAPPING>> {
    const self = this._self;
    if (self.#state !== 'ready' && self.#state !== 'connecting') throw new ClientClosedError('The cluster is not connected');
    if (typeof node !== 'object' || node === null || typeof node.address !== 'string') throw new TypeError('nodeClient: node must be one of the cluster\'s nodes');
    const registry = self.#topology.registry;
    // The registry's own record of the node, never the caller's object (a view, or a copy).
    const entry = registry.get(node.address) ?? registry.ensure(self.#topology.slotMap.nodes.get(node.address) ?? plainNode(node));
    await entry.connect();
    return entry.client as unknown as RedisClientType<M, F, S, RESP, TYPE_MAPPING>;
  }

  /**
   * A new cluster with this one's options (and this view's command options), `overrides` on top —
   * not connected. node-redis's `duplicate()`: the socket.io adapter's `pubClient.duplicate()`.
   */
  duplicate<
    _M extends RedisModules = M,
    _F extends RedisFunctions = F,
    _S extends RedisScripts = S,
    _RESP extends RespVersions = RESP,
    _TYPE_MAPPING extends TypeMapping = TYPE_MAPPING,
  >(overrides?: Partial<RedisClusterOptions<_M, _F, _S, _RESP, _TYPE_MAPPING>>): RedisClusterType<_M, _F, _S, _RESP, _TYPE_MAPPING> {
    const options = { ...this._self.options, commandOptions: this._commandOptions, ...overrides };
    return createCluster(options as unknown as RedisClusterOptions<_M, _F, _S, _RESP, _TYPE_MAPPING>) as unknown as RedisClusterType<_M, _F, _S, _RESP, _TYPE_MAPPING>;
  }

  /**
   * Subscribe every listener of `allListeners` again on this cluster (node-redis's
   * `resubscribeAllPubSubListeners`: e.g. listeners taken from another client's `getPubSubListeners`).
   */
  resubscribeAllPubSubListeners(allListeners: Partial<Record<PubSubType, PubSubTypeListeners>>): Promise<unknown> {
    if (typeof allListeners !== 'object' || allListeners === null) {
      return Promise.reject(new TypeError('resubscribeAllPubSubListeners: listeners must be an object of CHANNELS, PATTERNS and SHARDED maps'));
    }
    const jobs: Array<Promise<void>> = [];
    const kinds: ReadonlyArray<[PubSubType, 'subscribe' | 'pSubscribe' | 'sSubscribe']> = [
      [PUBSUB_TYPE.CHANNELS, 'subscribe'],
      [PUBSUB_TYPE.PATTERNS, 'pSubscribe'],
      [PUBSUB_TYPE.SHARDED, 'sSubscribe'],
    ];
    for (const [type, method] of kinds) {
      for (const [channel, listeners] of allListeners[type] ?? []) {
        for (const listener of listeners.buffers) jobs.push(this[method](channel, listener, true));
        for (const listener of listeners.strings) jobs.push(this[method](channel, listener));
      }
    }
    return Promise.all(jobs);
  }

  /** Iterate a hash with `HSCAN` on its key's master: one array of `{ field, value }` per step. */
  hScanIterator(key: RedisArgument, options?: ScanIteratorOptions): AsyncIterableIterator<Array<{ field: string; value: string }>> {
    return scanHash(keyMasterSender(this, key), key, options) as AsyncIterableIterator<never>;
  }

  /** Iterate a hash's values with `HSCAN` on its key's master (node-redis's `hScanValuesIterator`). */
  hScanValuesIterator(key: RedisArgument, options?: ScanIteratorOptions): AsyncIterableIterator<string[]> {
    return scanHashValues(keyMasterSender(this, key), key, options) as AsyncIterableIterator<never>;
  }

  /** Iterate a hash's fields with `HSCAN … NOVALUES` on its key's master (Redis 7.4+). */
  hScanNoValuesIterator(key: RedisArgument, options?: ScanIteratorOptions): AsyncIterableIterator<string[]> {
    return scanHashFields(keyMasterSender(this, key), key, options) as AsyncIterableIterator<never>;
  }

  /** Iterate a set with `SSCAN` on its key's master: one array of members per step. */
  sScanIterator(key: RedisArgument, options?: ScanIteratorOptions): AsyncIterableIterator<string[]> {
    return scanSet(keyMasterSender(this, key), key, options) as AsyncIterableIterator<never>;
  }

  /** Iterate a sorted set with `ZSCAN` on its key's master: one array of `{ value, score }` per step. */
  zScanIterator(key: RedisArgument, options?: ScanIteratorOptions): AsyncIterableIterator<Array<{ value: string; score: number }>> {
    return scanSortedSet(keyMasterSender(this, key), key, options) as AsyncIterableIterator<never>;
  }

  #shardOf(slot: number): Shard {
    const slots = this.#view().slots;
    if (!Number.isInteger(slot) || slot < 0 || slot >= slots.length) throw new RangeError(`slot must be an integer from 0 to 16383, got ${slot}`);
    const shard = slots[slot];
    if (shard === undefined) throw new RangeError(`slot ${slot} has no online master`);
    return shard;
  }

  /** Refresh the topology now (normally automatic; not paced like the automatic ones). */
  refreshTopology(): Promise<void> {
    return this._self.#topology.refresh('now');
  }

  /**
   * Close every node connection gracefully (replies in flight arrive first). Like node-redis, the
   * cluster stops being open at once (`isOpen` is false as soon as this is called).
   */
  async close(): Promise<void> {
    const self = this._self;
    if (self.#state === 'idle' || self.#state === 'closed' || self.#state === 'closing') return;
    self.#state = 'closing';
    self.#topology.stop();
    self.#functionLibraries?.stop();
    const connecting = self.#connecting;
    await Promise.all([self.#topology.registry.closeAll(), self.#pubSub.close()]);
    // Closed while connecting: resolve once connect() has given up and ended what it opened.
    if (connecting !== undefined) await connecting.catch(() => undefined);
    self.#topology.registry.destroyAll();
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
}

/** A cluster with its methods: the built-in commands plus the configuration's modules, functions and scripts. */
export type RedisClusterType<
  M extends RedisModules = Record<never, never>,
  F extends RedisFunctions = Record<never, never>,
  S extends RedisScripts = Record<never, never>,
  RESP extends RespVersions = 3,
  TYPE_MAPPING extends TypeMapping = Record<never, never>,
> = FacadeType<RedisCluster<M, F, S, RESP, TYPE_MAPPING>, RedisClusterAliases<M, F, S, RESP, TYPE_MAPPING>, M, F, S, RESP, TYPE_MAPPING>;

/** node-redis's upper-case spellings of the cluster's pub/sub and multi methods: the same implementations. */
export type RedisClusterAliases<
  M extends RedisModules,
  F extends RedisFunctions,
  S extends RedisScripts,
  RESP extends RespVersions,
  TYPE_MAPPING extends TypeMapping,
> = FacadeAliases<RedisCluster<M, F, S, RESP, TYPE_MAPPING>>;

defineAliases(RedisCluster.prototype, FACADE_ALIASES);

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
): RedisClusterType<RedisDefaultModules & KnownExtensions<M>, KnownExtensions<F>, KnownExtensions<S>, RESP, TYPE_MAPPING> {
  // With the module namespaces node-redis's `redis` package bundles (json, ft, ts, bf, …).
  const cluster = createFacade(RedisCluster, COMMANDS, withDefaultModules(options) as RedisClusterOptions, []);
  return cluster as unknown as RedisClusterType<RedisDefaultModules & KnownExtensions<M>, KnownExtensions<F>, KnownExtensions<S>, RESP, TYPE_MAPPING>;
}
