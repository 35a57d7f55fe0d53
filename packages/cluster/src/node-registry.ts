import { ClientClosedError, type CommandOptions, type RedisClientOptions, type RedisClientType } from '@x/client';
import {
  clientOn,
  CommandRequest,
  connectChannel,
  createBlockingPool,
  createNodeConnection,
  isTraced,
  traceClientId,
  type BlockingPool,
  type NodeConnection,
  type ResolvedBlockingPoolOptions,
} from '@x/client/node-connection';
import type { RedisArgument } from '@x/modules';
import type { ClusterNode } from './topology/cluster-node';

/** What the node events carry: which node (never credentials). */
export interface NodeInfo {
  id: string;
  host: string;
  port: number;
  address: string;
  role: 'master' | 'replica';
}

/** The info of a node, for its events (the command connection's and the pub/sub connection's alike). */
export function nodeInfo(node: ClusterNode): NodeInfo {
  const { id, host, port, address, role } = node;
  return { id, host, port, address, role };
}

/** Events of the node connections, re-emitted by the cluster with the node's info. */
export interface NodeEvents {
  'node-connect': [node: NodeInfo];
  'node-ready': [node: NodeInfo];
  'node-reconnecting': [node: NodeInfo];
  'node-disconnect': [node: NodeInfo];
  'node-error': [error: Error, node: NodeInfo];
}

type Emit = <E extends keyof NodeEvents>(event: E, ...args: NodeEvents[E]) => void;

const noop = (): void => undefined;

/**
 * A node and the connection the cluster keeps to it, made once and reused across topology refreshes
 * (and role changes). A topology snapshot's slots point at these entries, so routing a command is
 * `slots[slot].master.dispatch(request)`.
 */
export class NodeEntry {
  /** What the latest topology said about the node. */
  node: ClusterNode;
  /** `host:port` the connection goes to: the registry's key. */
  readonly address: string;
  readonly connection: NodeConnection;
  /** Dedicated connections for the commands that wait for data (`blockingPool`); undefined: off. */
  readonly blocking: BlockingPool | undefined;
  readonly #options: RedisClientOptions;
  #client: RedisClientType | undefined;
  /** The first connection attempt in progress (a lazy connection opens on first use). */
  #connecting: Promise<void> | undefined;
  /** node-redis's client identity of this node's connection, for traces (made on first use). */
  #traceId: string | undefined;
  /** Left the topology: its connection is closed for good, and never reopened. */
  #removed = false;

  constructor(node: ClusterNode, options: RedisClientOptions, blocking: ResolvedBlockingPoolOptions | undefined) {
    this.node = node;
    this.address = node.address;
    this.#options = options;
    // Commands sent before its first connection is up wait for it (within their deadlines); once it
    // was up, a dropped connection refuses them at once and the cluster routes them again.
    this.connection = createNodeConnection(options, { queueUntilFirstReady: true });
    this.blocking = blocking === undefined ? undefined : createBlockingPool(options, blocking);
  }

  /** The node's connection is up and not stalled. */
  get isReady(): boolean {
    return this.connection.state === 'ready';
  }

  get removed(): boolean {
    return this.#removed;
  }

  /** Its connection was opened at some point (it may be reconnecting now), and not closed for good. */
  get opened(): boolean {
    return !this.#removed && this.connection.state !== 'idle';
  }

  /** The first connection attempt in progress, if any. */
  get connecting(): Promise<void> | undefined {
    return this.#connecting;
  }

  /**
   * A client on this node's connection (`cluster.nodeClient(node)`): every command method, sent on the
   * connection the cluster routes to this node with.
   */
  get client(): RedisClientType {
    return (this.#client ??= clientOn(this.connection, this.#options, this.blocking));
  }

  /** Open the connection if it is not open (or opening); resolves when it is ready. */
  connect(): Promise<void> {
    if (this.#connecting !== undefined) return this.#connecting;
    if (this.#removed) return Promise.reject(new ClientClosedError(`${this.address} left the cluster; its connection is closed`));
    const state = this.connection.state;
    if (state === 'ready') return Promise.resolve();
    if (state !== 'idle' && state !== 'closed') return Promise.resolve(); // reconnecting by itself
    const open = (): Promise<void> => this.connection.connect();
    // Traced as node-redis traces each node client's connect (`node-redis:connect`).
    const traced = isTraced(connectChannel)
      ? connectChannel.tracePromise(open, { serverAddress: this.node.host, serverPort: this.node.port, clientId: (this.#traceId ??= traceClientId(this.node.host, this.node.port, 0)) })
      : open();
    const connecting = traced.finally(() => {
      this.#connecting = undefined;
    });
    this.#connecting = connecting;
    return connecting;
  }

  /**
   * Send one attempt of a command on this node's connection, opening it first if needed (the
   * command then waits for it, within its deadline). The outcome arrives through the request.
   */
  dispatch(request: CommandRequest): void {
    const state = this.connection.state;
    if ((state === 'idle' || state === 'closed') && !this.#removed) this.connect().catch(noop);
    this.connection.dispatch(request);
  }

  /**
   * Send one attempt of a command that waits for data (BLPOP k 0) on a dedicated connection of this
   * node's blocking pool, so that the shared connection does not wait behind it. While the shared
   * connection is down after it was up (the node may have failed over), it is refused there as any
   * command is, and the cluster routes it again.
   */
  dispatchBlocking(request: CommandRequest): void {
    const blocking = this.blocking;
    const state = this.connection.state;
    if (blocking === undefined || this.#removed || state === 'reconnecting' || state === 'closing') {
      this.dispatch(request);
      return;
    }
    // The node's events (node-ready, node-disconnect) and refreshes follow the shared connection:
    // open it too — and the pool again if it was closed with it (`nodeClient(node).close()`).
    if (state === 'idle' || state === 'closed') {
      this.connect().catch(noop);
      blocking.reopen();
      blocking.dispatch(request);
      return;
    }
    // After what was sent to this node before it, as on one connection (see dispatchAfter).
    blocking.dispatchAfter(this.connection, request);
  }

  /** A request of the cluster's own to this very node, as a promise of the raw reply (topology reads). */
  send(args: readonly RedisArgument[], options?: CommandOptions): Promise<unknown> {
    return new Promise((resolve, reject) => this.dispatch(new CommandRequest(args, options, resolve, reject)));
  }

  /** Gone from the topology: close gracefully (replies in flight still arrive). */
  remove(): void {
    this.#removed = true;
    this.blocking?.destroy(new ClientClosedError(`${this.address} left the cluster`));
    void this.connection.close().catch(noop);
  }

  /** Close gracefully; blocking commands are ended, not waited for (they may wait forever). */
  close(): Promise<void> {
    this.blocking?.close();
    return this.connection.close();
  }

  /** Gone, now: unsent commands are rejected as not sent (the cluster routes them again), written ones as may-have-run. */
  destroy(cause?: Error): void {
    this.#removed = true;
    this.blocking?.destroy(cause);
    this.connection.destroy(cause);
  }
}

/**
 * Every node connection of a cluster, by the address the client connects to. A refresh adds the
 * nodes that joined and closes those that left; a node's connection survives any number of
 * refreshes (and role changes).
 */
export class NodeRegistry {
  readonly #entries = new Map<string, NodeEntry>();
  readonly #clientOptions: (node: ClusterNode) => RedisClientOptions;
  readonly #emit: Emit;
  readonly #blocking: ResolvedBlockingPoolOptions | undefined;
  readonly #onEntry: ((entry: NodeEntry) => void) | undefined;

  /**
   * `blocking`: each node's pool for blocking commands (undefined: none). `onEntry`: called once for
   * each entry made (the client-side cache tracks its connection).
   */
  constructor(clientOptions: (node: ClusterNode) => RedisClientOptions, emit: Emit, blocking?: ResolvedBlockingPoolOptions, onEntry?: (entry: NodeEntry) => void) {
    this.#clientOptions = clientOptions;
    this.#emit = emit;
    this.#blocking = blocking;
    this.#onEntry = onEntry;
  }

  get(address: string): NodeEntry | undefined {
    return this.#entries.get(address);
  }

  get size(): number {
    return this.#entries.size;
  }

  entries(): IterableIterator<NodeEntry> {
    return this.#entries.values();
  }

  /** The entry of `node`, made (not connected) if new; its info is updated to the latest. */
  ensure(node: ClusterNode): NodeEntry {
    let entry = this.#entries.get(node.address);
    if (entry !== undefined) {
      entry.node = node;
      return entry;
    }
    entry = new NodeEntry(node, this.#clientOptions(node), this.#blocking);
    this.#wireEvents(entry);
    this.#onEntry?.(entry);
    this.#entries.set(node.address, entry);
    return entry;
  }

  /** Forget a node and close its connection gracefully (replies in flight still arrive). */
  remove(address: string): void {
    const entry = this.#entries.get(address);
    if (entry === undefined) return;
    this.#entries.delete(address);
    entry.remove();
  }

  /**
   * Forget a node and close its connection now: commands not yet written are rejected as not sent
   * (the cluster re-routes them), written ones as may-have-run.
   */
  destroy(address: string, cause: Error): void {
    const entry = this.#entries.get(address);
    if (entry === undefined) return;
    this.#entries.delete(address);
    entry.destroy(cause);
  }

  async closeAll(): Promise<void> {
    const entries = [...this.#entries.values()];
    this.#entries.clear();
    await Promise.all(entries.map((entry) => entry.close().catch(noop)));
  }

  destroyAll(): void {
    const entries = [...this.#entries.values()];
    this.#entries.clear();
    for (const entry of entries) entry.destroy();
  }

  #wireEvents(entry: NodeEntry): void {
    const info = (): NodeInfo => nodeInfo(entry.node);
    let ready = false;
    const connection = entry.connection;
    connection.on('connect', () => this.#emit('node-connect', info()));
    connection.on('ready', () => {
      ready = true;
      this.#emit('node-ready', info());
    });
    connection.on('reconnecting', () => {
      if (ready) this.#emit('node-disconnect', info());
      ready = false;
      this.#emit('node-reconnecting', info());
    });
    connection.on('end', () => {
      if (ready) this.#emit('node-disconnect', info());
      ready = false;
    });
    connection.on('error', (error) => this.#emit('node-error', error, info()));
  }
}
