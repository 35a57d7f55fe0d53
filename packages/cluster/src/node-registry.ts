import { createClient, type RedisClientOptions, type RedisClientType } from '@x/client';
import type { RedisArgument } from '@x/modules';
import type { ClusterNode } from './topology/slot-map';
import type { CommandOptions } from '@x/client';

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

/** A node and its connection. The client is made once and reused across topology refreshes. */
export class NodeEntry {
  node: ClusterNode;
  readonly client: RedisClientType;
  /** The first connection attempt in progress (lazy connections open on first use). */
  #connecting: Promise<void> | undefined;

  constructor(node: ClusterNode, client: RedisClientType) {
    this.node = node;
    this.client = client;
  }

  get address(): string {
    return this.node.address;
  }

  /** Open the connection if it is not open (or opening); resolves when it is ready. */
  connect(): Promise<void> {
    if (this.#connecting !== undefined) return this.#connecting;
    if (this.client.isOpen) return Promise.resolve();
    const connecting = this.client.connect().then(
      () => {
        this.#connecting = undefined;
      },
      (error: unknown) => {
        this.#connecting = undefined;
        throw error;
      },
    );
    this.#connecting = connecting;
    return connecting;
  }

  /**
   * Send a command on this node's connection. While the connection first opens, the command waits
   * for it; while it is reconnecting, the command is refused as not sent (the cluster re-routes it).
   */
  dispatch(
    args: readonly RedisArgument[],
    options: CommandOptions | undefined,
    transform: ((reply: never, preserve?: unknown) => unknown) | undefined,
    preserve: unknown,
    resolve: (reply: unknown) => void,
    reject: (error: Error) => void,
  ): void {
    const connection = this.client._connection;
    const state = connection.state;
    if (state === 'ready') {
      connection.dispatch(args, options, transform, preserve, resolve, reject);
      return;
    }
    if (state === 'idle' || state === 'closed' || this.#connecting !== undefined) {
      this.connect().then(() => connection.dispatch(args, options, transform, preserve, resolve, reject), reject);
      return;
    }
    connection.dispatch(args, options, transform, preserve, resolve, reject);
  }

  /**
   * {@link dispatch} as a promise of the raw reply, for the cluster's own requests to one node (SCAN
   * steps, fan-outs, FUNCTION LOAD) — not the command path, which hands its callbacks on as they are.
   */
  send(args: readonly RedisArgument[], options?: CommandOptions): Promise<unknown> {
    return new Promise((resolve, reject) => this.dispatch(args, options, undefined, undefined, resolve, reject));
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

  constructor(clientOptions: (node: ClusterNode) => RedisClientOptions, emit: Emit) {
    this.#clientOptions = clientOptions;
    this.#emit = emit;
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
    const client = createClient(this.#clientOptions(node)) as RedisClientType;
    entry = new NodeEntry(node, client);
    this.#wireEvents(entry);
    this.#entries.set(node.address, entry);
    return entry;
  }

  /** Forget a node and close its connection gracefully (replies in flight still arrive). */
  remove(address: string): void {
    const entry = this.#entries.get(address);
    if (entry === undefined) return;
    this.#entries.delete(address);
    void entry.client.close().catch(() => undefined);
  }

  /**
   * Forget a node and close its connection now: commands not yet written are rejected as not sent
   * (the cluster re-routes them), written ones as may-have-run.
   */
  destroy(address: string, cause: Error): void {
    const entry = this.#entries.get(address);
    if (entry === undefined) return;
    this.#entries.delete(address);
    entry.client.destroy(cause);
  }

  async closeAll(): Promise<void> {
    const entries = [...this.#entries.values()];
    this.#entries.clear();
    await Promise.all(entries.map((entry) => entry.client.close().catch(() => undefined)));
  }

  destroyAll(): void {
    const entries = [...this.#entries.values()];
    this.#entries.clear();
    for (const entry of entries) entry.client.destroy();
  }

  #wireEvents(entry: NodeEntry): void {
    const info = (): NodeInfo => nodeInfo(entry.node);
    let ready = false;
    const client = entry.client;
    client.on('connect', () => this.#emit('node-connect', info()));
    client.on('ready', () => {
      ready = true;
      this.#emit('node-ready', info());
    });
    client.on('reconnecting', () => {
      if (ready) this.#emit('node-disconnect', info());
      ready = false;
      this.#emit('node-reconnecting', info());
    });
    client.on('end', () => {
      if (ready) this.#emit('node-disconnect', info());
      ready = false;
    });
    client.on('error', (error) => this.#emit('node-error', error, info()));
  }
}
