import {
  createClient,
  PubSubListenerError,
  SubscriptionLostError,
  type ChannelListeners,
  type RedisClientOptions,
  type RedisClientType,
} from '@x/client';
import { nodeInfo, type NodeInfo } from './node-registry';
import type { ClusterNode } from './topology/slot-map';

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
  /** It dropped and reconnects: the node may have left the cluster. */
  onReconnecting(): void;
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
  client.on('reconnecting', () => events.onReconnecting());
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
