import {
  ClientClosedError,
  PUBSUB_TYPE,
  type AnyPubSubListener,
  type ChannelListeners,
  type RedisClientOptions,
  type RedisClientType,
} from '@x/client';
import { channelKey, toArray } from '@x/client/node-connection';
import type { RedisArgument, RedisVariadicArgument } from '@x/modules';
import type { EngineContext } from './attempt';
import { classify } from './classify';
import type { NodeInfo } from './node-registry';
import { PubSubConnections, type PubSubConnection } from './pub-sub-connection';
import { WaitingListeners } from './pub-sub-listeners';
import { PubSubMover, type PubSubMoverHost } from './pub-sub-mover';
import { runJob } from './run-job';
import { keySlot } from './topology/key-slot';
import type { ClusterNode, SlotMap } from './topology/slot-map';

/** The cluster events pub/sub emits. */
export interface PubSubEvents {
  error: [error: Error];
  'node-error': [error: Error, node: NodeInfo];
  'sharded-channel-moved-error': [error: Error, channel: string, listeners: ChannelListeners];
}

/** What the cluster's pub/sub needs from the cluster. */
export interface ClusterPubSubHost {
  /** The attempt engine's context: (re)subscriptions go through it, as commands do. */
  readonly context: EngineContext;
  /** The options of a connection to `node`: the same as the node's command connection. */
  clientOptions(node: ClusterNode): RedisClientOptions;
  /** Not connected (closed, closing, never connected): nothing moves any more. */
  isClosed(): boolean;
  /** `useReplicas`: channels and patterns may be held by a replica (else by a master). */
  readonly useReplicas: boolean;
  /** Emit a cluster event; false when nothing listens to it. */
  emit<E extends keyof PubSubEvents>(event: E, ...args: PubSubEvents[E]): boolean;
}

type ChannelType = typeof PUBSUB_TYPE.CHANNELS | typeof PUBSUB_TYPE.PATTERNS;
const { CHANNELS, SHARDED } = PUBSUB_TYPE;

const noop = (): void => undefined;

/**
 * Pub/sub over a cluster, on dedicated connections (never the command connections):
 * - channels and patterns on ONE connection to one node, chosen at random among the online masters
 *   (any online node with `useReplicas`, as node-redis): the cluster forwards every `PUBLISH` to
 *   every node, so any node hears every channel — but `PUBSUB NUMSUB` counts only the node's own
 *   subscribers, and libraries sum it over the masters;
 * - sharded channels on one connection per shard master, each channel on the master owning its slot
 *   (`SSUBSCRIBE` elsewhere is answered `MOVED`).
 *
 * Subscriptions move when the cluster changes under them ({@link PubSubMover}): their listeners wait
 * in one place ({@link WaitingListeners}) until they are subscribed again, so an `unsubscribe`
 * meanwhile still removes them. A move that fails is an `'error'` event (a `ResubscribeError`;
 * sharded ones also `'sharded-channel-moved-error'`, as in node-redis) and is retried: never
 * silently dropped.
 */
export class ClusterPubSub {
  readonly #host: ClusterPubSubHost;
  readonly #connections: PubSubConnections;
  readonly #waiting = new WaitingListeners();
  readonly #mover: PubSubMover;

  constructor(host: ClusterPubSubHost) {
    this.#host = host;
    this.#connections = new PubSubConnections({ topology: host.context.topology, clientOptions: (node) => host.clientOptions(node), isClosed: () => host.isClosed(), useReplicas: host.useReplicas }, {
      onError: (error) => this.#report(error),
      onNodeError: (error, info) => host.emit('node-error', error, info),
      onReconnecting: (connection) => {
        host.context.topology.scheduleRefresh();
        this.#mover.onConnectionDown(connection);
      },
      onShardedChannelMoved: (channel, listeners) => this.#mover.onShardedChannelMoved(channel, listeners),
    });
    const moverHost: PubSubMoverHost = {
      context: host.context,
      isClosed: () => host.isClosed(),
      report: (error) => this.#report(error),
      reportShardedMoveError: (error, channel, listeners) => void host.emit('sharded-channel-moved-error', error, channel, listeners),
    };
    this.#mover = new PubSubMover(moverHost, this.#connections, this.#waiting);
  }

  /**
   * `SUBSCRIBE` / `PSUBSCRIBE` on the channel connection (opened on first use), through the attempt
   * engine: a connection that is replaced meanwhile (its node left) is tried again on the new one —
   * idempotent, a listener the move already carried over is not added twice; one that could not be
   * opened is dropped (its node tried last) and the engine waits and tries another node.
   */
  subscribe(type: ChannelType, channels: RedisVariadicArgument, listener: AnyPubSubListener, bufferMode: boolean): Promise<void> {
    this.#assertOpen();
    return runJob(this.#host.context, {
      slot: undefined,
      pick: () => this.#connections.channel(),
      send: async (connection: PubSubConnection) => {
        const client = await connection.ready;
        await (type === CHANNELS ? client.subscribe(channels, listener, bufferMode) : client.pSubscribe(channels, listener, bufferMode));
      },
      examine: (connection) => this.#connections.examine(connection),
    });
  }

  /**
   * `UNSUBSCRIBE` / `PUNSUBSCRIBE`; the channel connection closes once it holds nothing. The listeners
   * go from where they wait and from the client in one step: with an await in between, a topology
   * change could move them from the client to another node first, and they would stay subscribed.
   */
  async unsubscribe(type: ChannelType, channels: RedisVariadicArgument | undefined, listener: AnyPubSubListener | undefined, bufferMode: boolean): Promise<void> {
    const names = channels === undefined ? undefined : toArray(channels);
    this.#waiting.remove(type, names, listener, bufferMode);
    const connection = this.#connections.channels;
    if (connection === undefined) return;
    if (!connection.connected) {
      // Its first connection is still opening: the client holds nothing yet, but a subscribe waiting
      // for it adds its listeners then. Unsubscribe after those, and take out again what a topology
      // change moved to the waiting room meanwhile.
      const client = await connection.ready.catch(() => undefined);
      this.#waiting.remove(type, names, listener, bufferMode);
      if (client === undefined) return; // never connected: it holds nothing
    }
    const client = connection.client;
    await (type === CHANNELS ? client.unsubscribe(channels, listener, bufferMode) : client.pUnsubscribe(channels, listener, bufferMode));
    this.#connections.closeIfIdle(connection);
  }

  /**
   * `SSUBSCRIBE`, each channel on the master owning its slot. All or nothing: when one channel
   * fails, the listener is taken back from the others this call added it to (not from those it
   * was on before).
   */
  async sSubscribe(channels: RedisVariadicArgument, listener: AnyPubSubListener, bufferMode: boolean): Promise<void> {
    if (typeof listener !== 'function') throw new TypeError('The pub/sub listener must be a function');
    const names = toArray(channels);
    if (names.length === 0) throw new TypeError('Subscribe to at least one channel');
    const results = await Promise.allSettled(names.map((name) => this.#sSubscribeOne(name, listener, bufferMode)));
    const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (failed === undefined) return;
    const added = names.filter((_, i) => {
      const result = results[i]!;
      return result.status === 'fulfilled' && result.value;
    });
    if (added.length > 0) await this.sUnsubscribe(added, listener, bufferMode).catch(noop);
    throw failed.reason;
  }

  /**
   * Subscribes one sharded channel on the master owning its slot, through the attempt engine (MOVED
   * is followed, a slot without a master waited for); resolves with whether this call added the
   * listener to it.
   */
  #sSubscribeOne(name: RedisArgument, listener: AnyPubSubListener, bufferMode: boolean): Promise<boolean> {
    const slot = keySlot(name);
    return runJob(this.#host.context, {
      slot,
      pick: () => {
        this.#assertOpen(); // closed during a wait: stop here
        const shard = this.#host.context.topology.slotMap.shardOf(slot);
        return shard === undefined ? undefined : this.#connections.shard(shard.info.master);
      },
      send: async (connection: PubSubConnection) => {
        const client = await connection.ready;
        const had = this.#hasShardedListener(client, name, listener, bufferMode);
        await client.sSubscribe(name, listener, bufferMode);
        return !had;
      },
      examine: (connection) => this.#connections.examine(connection),
    });
  }

  /** The listener is on the channel already: in the client of its owner, or waiting to move there. */
  #hasShardedListener(client: RedisClientType, name: RedisArgument, listener: AnyPubSubListener, bufferMode: boolean): boolean {
    const key = channelKey(name);
    const has = (listeners: ChannelListeners | undefined): boolean =>
      listeners !== undefined && (bufferMode ? listeners.buffers : listeners.strings).has(listener as never);
    return has(client.getPubSubListeners(SHARDED).get(key)) || has(this.#waiting.snapshot(SHARDED, [key]).get(key));
  }

  /**
   * `SUNSUBSCRIBE` on the connections that hold the channels (every one, without `channels`). As in
   * {@link unsubscribe}, the listeners leave the waiting room and the clients in one step.
   */
  async sUnsubscribe(channels: RedisVariadicArgument | undefined, listener: AnyPubSubListener | undefined, bufferMode: boolean): Promise<void> {
    const names = channels === undefined ? undefined : toArray(channels);
    this.#waiting.remove(SHARDED, names, listener, bufferMode);
    const jobs: Array<Promise<void>> = [];
    for (const connection of this.#connections.shards.values()) {
      // A client holds listeners only once it connected: no need to wait for it.
      const held = connection.client.getPubSubListeners(SHARDED);
      const here = names === undefined ? undefined : names.filter((name) => held.has(channelKey(name)));
      if (here === undefined ? held.size === 0 : here.length === 0) continue;
      jobs.push(this.#sUnsubscribeOn(connection, here, listener, bufferMode));
    }
    await Promise.all(jobs);
  }

  /** Runs the client's `sUnsubscribe` synchronously (it removes the listeners at once); waits for the reply. */
  async #sUnsubscribeOn(connection: PubSubConnection, channels: RedisArgument[] | undefined, listener: AnyPubSubListener | undefined, bufferMode: boolean): Promise<void> {
    try {
      await connection.client.sUnsubscribe(channels, listener, bufferMode);
    } catch (error) {
      // The slot left the node meanwhile: Redis dropped the subscription itself and answers MOVED.
      if (classify(error, false).action !== 'moved') throw error;
    }
    this.#connections.closeIfIdle(connection);
  }

  /**
   * ClusterTopology's `onApplied` hook: a refresh swapped the map in. Moves the listeners whose node
   * left or whose slot is owned elsewhere now.
   */
  onTopologyChange(next: SlotMap): void {
    this.#mover.onTopologyChange(next);
  }

  /** The connection holding the channels and patterns, if there is one (node-redis's `pubSubNode`). */
  get channelConnection(): PubSubConnection | undefined {
    return this.#connections.channels;
  }

  /** The connection holding the sharded channels of the master at `address`, if there is one. */
  shardConnection(address: string): PubSubConnection | undefined {
    return this.#connections.shards.get(address);
  }

  /** A failed move, a lost subscription, a listener that threw: the cluster's `'error'`, or a process warning when nothing listens — never silent. */
  #report(error: Error): void {
    if (this.#host.emit('error', error)) return;
    try {
      process.emitWarning(error);
    } catch {
      // An Error of another realm (a vm context, jest) is refused by emitWarning: its message then.
      process.emitWarning(error.message, error.name);
    }
  }

  #assertOpen(): void {
    if (this.#host.isClosed()) throw new ClientClosedError('The cluster is closed');
  }

  #takeAll(): PubSubConnection[] {
    this.#mover.stop();
    this.#waiting.clear();
    return this.#connections.takeAll();
  }

  /** Close every pub/sub connection gracefully; their subscriptions end. */
  async close(): Promise<void> {
    await Promise.all(this.#takeAll().map((connection) => connection.client.close().catch(noop)));
  }

  /** Close every pub/sub connection now. */
  destroy(): void {
    for (const connection of this.#takeAll()) connection.client.destroy();
  }
}
