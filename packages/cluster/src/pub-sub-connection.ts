import {
  ClientClosedError,
  createClient,
  PubSubListenerError,
  SubscriptionLostError,
  type ChannelListeners,
  type RedisClientOptions,
  type RedisClientType,
} from '@x/client';
import { NoOnlineNodeError } from './errors';
import { nodeInfo, type NodeInfo } from './node-registry';
import type { ClusterNode, SlotMap } from './topology/slot-map';

/** A pub/sub connection to one node: the subscriptions of the cluster that live there. */
export interface PubSubConnection {
  readonly node: ClusterNode;
  readonly client: RedisClientType;
  /** Resolves with the client once its first connection is up. */
  readonly ready: Promise<RedisClientType>;
  /** The first connection came up: from now on the client may hold listeners. */
  connected: boolean;
  /** The first connection failed: the connection is useless, another must be opened. */
  failed: boolean;
}

/** What a pub/sub connection reports to the cluster. */
export interface PubSubConnectionEvents {
  /** A listener threw, or the server refused to restore a subscription after a reconnect. */
  onError(error: Error): void;
  /** The connection's own trouble (refused, dropped, timed out): the node's, as for command connections. */
  onNodeError(error: Error, node: NodeInfo): void;
  /** It dropped and reconnects: the node may have left the cluster (or be down for a while). */
  onReconnecting(connection: PubSubConnection): void;
  /** Redis 7 dropped a sharded channel (its slot moved): its listeners, to subscribe elsewhere. */
  onShardedChannelMoved(channel: string, listeners: ChannelListeners): void;
}

/**
 * What the client's pub/sub layer reports through its `'error'` event, as opposed to the
 * connection's own trouble: a lost subscription, or a listener that threw (wrapped by the client, so
 * whatever the listener threw — a ReplyError included — is never taken for the node's).
 */
function isPubSubError(error: Error): boolean {
  return error instanceof PubSubListenerError || error instanceof SubscriptionLostError;
}

const noop = (): void => undefined;

/**
 * Opens a dedicated pub/sub connection to `node`, separate from the node's command connection: on
 * RESP2 a subscribed connection runs nothing but pub/sub commands, and messages never queue behind
 * commands. Unlike a command connection it keeps an offline queue, so a subscribe issued while it
 * reconnects waits for it (or for the cluster to move its subscriptions) instead of failing; the
 * client restores its subscriptions on every reconnect by itself.
 */
export function openPubSubConnection(node: ClusterNode, options: RedisClientOptions, events: PubSubConnectionEvents): PubSubConnection {
  const client = createClient({ ...options, readonly: false, disableOfflineQueue: false }) as RedisClientType;
  const info = nodeInfo(node);
  client.on('error', (error) => (isPubSubError(error) ? events.onError(error) : events.onNodeError(error, info)));
  client.on('reconnecting', () => events.onReconnecting(connection));
  client.on('sharded-channel-moved', (channel, listeners) => events.onShardedChannelMoved(channel, listeners));
  const connection: { -readonly [K in keyof PubSubConnection]: PubSubConnection[K] } = {
    node,
    client,
    ready: undefined as unknown as Promise<RedisClientType>,
    connected: false,
    failed: false,
  };
  connection.ready = client.connect().then(
    () => {
      connection.connected = true;
      return client;
    },
    (error: unknown) => {
      connection.failed = true;
      throw error;
    },
  );
  // Callers await it when they use the connection; an unused failure must not be an unhandled rejection.
  connection.ready.catch(noop);
  return connection;
}

/** What the cluster's pub/sub connections need from the cluster. */
export interface PubSubConnectionsHost {
  readonly topology: { readonly slotMap: SlotMap };
  /** The options of a connection to `node`: the same as the node's command connection. */
  clientOptions(node: ClusterNode): RedisClientOptions;
  /** Not connected (closed, closing, never connected): no connection opens any more. */
  isClosed(): boolean;
  /** `useReplicas`: channels and patterns may be held by a replica too (else by a master only). */
  readonly useReplicas: boolean;
}

/**
 * The pub/sub connections of a cluster: the channel connection (channels and patterns, on one master
 * chosen at random — any node with `useReplicas`) and one sharded connection per shard master. Each opens on first use — and
 * never after the cluster closed: every path that opens one goes through here, and a connection
 * opened then would never be closed.
 */
export class PubSubConnections {
  readonly #host: PubSubConnectionsHost;
  readonly #events: PubSubConnectionEvents;
  #channels: PubSubConnection | undefined;
  readonly #shards = new Map<string, PubSubConnection>();
  /** Nodes whose channel connection failed to open since the last topology change: tried last. */
  readonly #unreachable = new Set<string>();
  /**
   * Nodes whose channel connection was abandoned after an outage (the node down, the cluster not
   * failing it over): tried last until the time given (`performance.now()`), whatever refreshes say.
   */
  readonly #abandoned = new Map<string, number>();

  constructor(host: PubSubConnectionsHost, events: PubSubConnectionEvents) {
    this.#host = host;
    this.#events = events;
  }

  /** The channel connection, if there is one (none is opened). */
  get channels(): PubSubConnection | undefined {
    return this.#channels;
  }

  /** The sharded connections by master address. */
  get shards(): ReadonlyMap<string, PubSubConnection> {
    return this.#shards;
  }

  /** The channel connection; opened on a random online node when there is none. */
  channel(): PubSubConnection {
    this.#channels ??= this.#open(this.#pickNode());
    return this.#channels;
  }

  /** The sharded connection to `master`; opened when there is none. */
  shard(master: ClusterNode): PubSubConnection {
    let connection = this.#shards.get(master.address);
    if (connection === undefined) {
      connection = this.#open(master);
      this.#shards.set(master.address, connection);
    }
    return connection;
  }

  /** `connection` is still in use: not dropped, closed or replaced since it was handed out. */
  isCurrent(connection: PubSubConnection): boolean {
    return this.#channels === connection || this.#shards.get(connection.node.address) === connection;
  }

  /**
   * What a failed attempt on `connection` means for the attempt engine: it was replaced meanwhile
   * (`'again'`: try the new one at once), or its first connection failed (`'unreachable'`: it is
   * dropped — a channel connection's node is tried last — and another is tried after a wait, whatever
   * the error was: a refused connection, a handshake that timed out); else undefined.
   */
  examine(connection: PubSubConnection): 'again' | 'unreachable' | undefined {
    if (!this.isCurrent(connection)) return 'again';
    if (!connection.failed) return undefined;
    this.drop(connection);
    return 'unreachable';
  }

  /**
   * Whether the node at `address` may hold the channels and patterns in `map`: an online master — or,
   * with `useReplicas`, any online node (as node-redis picks its pubSubNode). A subscription on a
   * replica is invisible to `PUBSUB NUMSUB` summed over the masters, which is how the socket.io
   * adapter counts its servers.
   */
  canHoldChannels(map: SlotMap, address: string): boolean {
    const node = map.nodes.get(address);
    return node !== undefined && node.health === 'online' && (this.#host.useReplicas || node.role === 'master');
  }

  /** The topology changed: every online node may be tried again. */
  topologyChanged(): void {
    this.#unreachable.clear();
  }

  /**
   * Forget a connection and close it now (its first connection failed, or its node left). The node
   * of a failed channel connection is tried last until the next topology change.
   */
  drop(connection: PubSubConnection): void {
    if (connection.failed && this.#channels === connection) this.#unreachable.add(connection.node.address);
    this.#forget(connection);
    connection.client.destroy();
  }

  /**
   * Give up on a connection whose node has been down too long (the cluster did not fail it over):
   * forget and close it; for the channel connection, its node is tried last for `avoidMs`.
   */
  abandon(connection: PubSubConnection, avoidMs: number): void {
    if (this.#channels === connection) this.#abandoned.set(connection.node.address, performance.now() + avoidMs);
    this.#forget(connection);
    connection.client.destroy();
  }

  /** Close a connection that holds no subscription (nor a subscribe in flight). */
  closeIfIdle(connection: PubSubConnection): void {
    if (connection.client.isPubSubActive || !this.#forget(connection)) return;
    connection.client.close().catch(noop);
  }

  /** Forget every connection and hand them over (to be closed). */
  takeAll(): PubSubConnection[] {
    const connections = [...this.#shards.values()];
    if (this.#channels !== undefined) connections.push(this.#channels);
    this.#channels = undefined;
    this.#shards.clear();
    return connections;
  }

  #forget(connection: PubSubConnection): boolean {
    if (this.#channels === connection) {
      this.#channels = undefined;
      return true;
    }
    if (this.#shards.get(connection.node.address) === connection) {
      this.#shards.delete(connection.node.address);
      return true;
    }
    return false;
  }

  /** A random node that may hold channels (see canHoldChannels), preferring those that did not just fail. */
  #pickNode(): ClusterNode {
    const map = this.#host.topology.slotMap;
    const online = [...map.nodes.values()].filter((node) => this.canHoldChannels(map, node.address));
    const now = performance.now();
    for (const [address, until] of this.#abandoned) if (until <= now) this.#abandoned.delete(address);
    const preferred = online.filter((node) => !this.#unreachable.has(node.address) && !this.#abandoned.has(node.address));
    const pool = preferred.length > 0 ? preferred : online;
    if (pool.length === 0) throw new NoOnlineNodeError('to subscribe on');
    return pool[Math.floor(Math.random() * pool.length)]!;
  }

  #open(node: ClusterNode): PubSubConnection {
    if (this.#host.isClosed()) throw new ClientClosedError('The cluster is closed');
    return openPubSubConnection(node, this.#host.clientOptions(node), this.#events);
  }
}
