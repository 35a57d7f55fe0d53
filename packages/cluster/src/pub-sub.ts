import {
  channelKey,
  ClientClosedError,
  PUBSUB_TYPE,
  toArray,
  type AnyPubSubListener,
  type ChannelListeners,
  type PubSubTypeListeners,
  type RedisClientOptions,
  type RedisClientType,
} from '@x/client';
import type { RedisArgument, RedisVariadicArgument } from '@x/modules';
import type { ClusterTopology } from './cluster-topology';
import { retryDelay } from './command-runner';
import { MaxRedirectionsError, ResubscribeError, SlotUncoveredError } from './errors';
import type { NodeInfo } from './node-registry';
import { openPubSubConnection, type PubSubConnection } from './pub-sub-connection';
import { WaitingListeners } from './pub-sub-listeners';
import { classify, type Redirect } from './redirect';
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
  readonly topology: ClusterTopology;
  readonly maxRedirections: number;
  /** The options of a connection to `node`: the same as the node's command connection. */
  clientOptions(node: ClusterNode): RedisClientOptions;
  /** Not connected (closed, closing, never connected): nothing moves any more. */
  isClosed(): boolean;
  /** Emit a cluster event; false when nothing listens to it. */
  emit<E extends keyof PubSubEvents>(event: E, ...args: PubSubEvents[E]): boolean;
}

type ChannelType = typeof PUBSUB_TYPE.CHANNELS | typeof PUBSUB_TYPE.PATTERNS;
const { CHANNELS, PATTERNS, SHARDED } = PUBSUB_TYPE;

const noop = (): void => undefined;

function isOnline(map: SlotMap, address: string): boolean {
  return map.nodes.get(address)?.health === 'online';
}

/**
 * Pub/sub over a cluster, on dedicated connections (never the command connections):
 * - channels and patterns on ONE connection to one node, chosen at random among the online nodes
 *   (the cluster forwards every `PUBLISH` to every node, so any node hears every channel);
 * - sharded channels on one connection per shard master, each channel on the master owning its slot
 *   (`SSUBSCRIBE` elsewhere is answered `MOVED`).
 *
 * Subscriptions move when the cluster changes under them:
 * - the node of the channel connection leaves the topology or stops being online: its listeners are
 *   taken from its client and subscribed on another node;
 * - a sharded channel's slot moves: Redis 7 unsubscribes it by itself (a `sunsubscribe` push, or
 *   `MOVED` when the client resubscribes after a reconnect), the client hands its listeners over
 *   (`'sharded-channel-moved'`), and they are subscribed on the slot's owner — following `MOVED`
 *   while the map is stale;
 * - a refresh shows a slot owned elsewhere, or a shard master gone (failover): the listeners are
 *   taken (and unsubscribed on the node if it is still up) and subscribed on the new owner.
 *
 * Listeners that must move wait in one place ({@link WaitingListeners}) until they are subscribed
 * again, so an `unsubscribe` meanwhile still removes them. A move that fails is an `'error'` event
 * (a `ResubscribeError`; sharded ones also `'sharded-channel-moved-error'`, as in node-redis) and is
 * retried on the next topology change and after a short backoff (which also refreshes): never
 * silently dropped. A slot with no owner yet (mid-failover) waits without an error.
 */
export class ClusterPubSub {
  readonly #host: ClusterPubSubHost;
  #channels: PubSubConnection | undefined;
  /** Sharded connections by master address. */
  readonly #shards = new Map<string, PubSubConnection>();
  readonly #waiting = new WaitingListeners();
  /** Nodes whose channel connection failed to open since the last topology change: tried last. */
  readonly #unreachable = new Set<string>();
  #moving = false;
  #moveAgain = false;
  #retryTimer: NodeJS.Timeout | undefined;
  #retryAttempt = 0;

  constructor(host: ClusterPubSubHost) {
    this.#host = host;
  }

  /** `SUBSCRIBE` / `PSUBSCRIBE` on the channel connection (opened on first use). */
  async subscribe(type: ChannelType, channels: RedisVariadicArgument, listener: AnyPubSubListener, bufferMode: boolean): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      this.#assertOpen();
      const connection = this.#channelConnection();
      try {
        const client = await connection.ready;
        await (type === CHANNELS ? client.subscribe(channels, listener, bufferMode) : client.pSubscribe(channels, listener, bufferMode));
        return;
      } catch (error) {
        // The connection was replaced while this waited (its node left): run it again on the new one.
        // Idempotent — a listener the move already carried over is not added twice.
        if (attempt > this.#host.maxRedirections || this.#host.isClosed()) throw error;
        if (this.#channels === connection) {
          if (!connection.failed) throw error;
          this.#unreachable.add(connection.node.address);
          this.#drop(connection);
          this.#host.topology.scheduleRefresh();
        }
      }
    }
  }

  /**
   * `UNSUBSCRIBE` / `PUNSUBSCRIBE`; the channel connection closes once it holds nothing. The listeners
   * go from where they wait and from the client in one step: with an await in between, a topology
   * change could move them from the client to another node first, and they would stay subscribed.
   */
  async unsubscribe(type: ChannelType, channels: RedisVariadicArgument | undefined, listener: AnyPubSubListener | undefined, bufferMode: boolean): Promise<void> {
    const names = channels === undefined ? undefined : toArray(channels);
    this.#waiting.remove(type, names, listener, bufferMode);
    const connection = this.#channels;
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
    this.#closeIfIdle(connection);
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

  /** Subscribes one sharded channel; resolves with whether this call added the listener to it. */
  async #sSubscribeOne(name: RedisArgument, listener: AnyPubSubListener, bufferMode: boolean): Promise<boolean> {
    const slot = keySlot(name);
    for (let attempt = 1; ; attempt++) {
      this.#assertOpen(); // closed during a backoff: stop here
      const shard = this.#host.topology.slotMap.slots[slot];
      if (shard === undefined) {
        // No owner right now (a failover in progress): wait, look again.
        if (attempt > this.#host.maxRedirections) throw new SlotUncoveredError(slot);
        await this.#backoffAndRefresh(attempt);
        continue;
      }
      const connection = this.#shardConnection(shard.master);
      try {
        const client = await connection.ready;
        const had = this.#hasShardedListener(client, name, listener, bufferMode);
        await client.sSubscribe(name, listener, bufferMode);
        return !had;
      } catch (error) {
        if (this.#host.isClosed()) throw error;
        if (attempt > this.#host.maxRedirections) throw new MaxRedirectionsError(this.#host.maxRedirections, error as Error);
        const decision = classify(error, false);
        if (decision.action === 'moved') await this.#followMoved(decision.redirect, connection);
        else if (this.#shards.get(connection.node.address) !== connection) continue; // replaced meanwhile: again
        else if (connection.failed) {
          this.#drop(connection);
          await this.#backoffAndRefresh(attempt);
        } else if (decision.action === 'retry') await this.#backoffAndRefresh(attempt);
        else throw error;
      }
    }
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
    for (const connection of this.#shards.values()) {
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
    this.#closeIfIdle(connection);
  }

  /**
   * ClusterTopology's `onApplied` hook: a refresh swapped the map in. Takes the listeners whose
   * node left or whose slot is owned elsewhere now, and subscribes them where they belong.
   */
  onTopologyChange(next: SlotMap): void {
    if (this.#host.isClosed()) return;
    this.#unreachable.clear();
    const channels = this.#channels;
    if (channels !== undefined && !isOnline(next, channels.node.address)) {
      this.#channels = undefined;
      this.#waiting.add(CHANNELS, channels.client._takePubSubListeners(CHANNELS));
      this.#waiting.add(PATTERNS, channels.client._takePubSubListeners(PATTERNS));
      channels.client.destroy();
    }
    for (const [address, connection] of [...this.#shards]) {
      const node = next.nodes.get(address);
      const alive = node !== undefined && node.health === 'online' && node.role === 'master';
      const client = connection.client;
      const held = [...client.getPubSubListeners(SHARDED).keys()];
      // A live master keeps the channels of slots that have no owner in this view (mid-failover).
      const stale = alive ? held.filter((channel) => this.#ownedElsewhere(next, channel, address)) : held;
      if (stale.length > 0) {
        const taken = client._takePubSubListeners(SHARDED, stale);
        this.#waiting.add(SHARDED, taken);
        // Still up but no longer the owner: make sure it stops sending (Redis 7 normally dropped them already).
        if (alive && client.isReady && taken.size > 0) client.sUnsubscribe([...taken.keys()]).catch(noop);
      }
      if (alive) {
        this.#closeIfIdle(connection);
      } else {
        this.#shards.delete(address);
        client.destroy();
      }
    }
    this.#moveWaiting();
  }

  #ownedElsewhere(map: SlotMap, channel: string, address: string): boolean {
    const owner = map.slots[keySlot(channel)];
    return owner !== undefined && owner.master.address !== address;
  }

  /** A sharded channel's client lost it (its slot moved): subscribe its listeners on the new owner. */
  #onShardedChannelMoved(channel: string, listeners: ChannelListeners): void {
    if (this.#host.isClosed()) return;
    this.#waiting.add(SHARDED, new Map([[channel, listeners]]));
    this.#moveWaiting();
  }

  /** Subscribe what waits for a node; one run at a time (a request meanwhile runs one more pass). */
  #moveWaiting(): void {
    if (this.#moving) {
      this.#moveAgain = true;
      return;
    }
    if (this.#waiting.size === 0 || this.#host.isClosed()) return;
    this.#moving = true;
    void this.#movePasses().finally(() => {
      this.#moving = false;
      if (this.#host.isClosed()) return;
      if (this.#waiting.size === 0) this.#retryAttempt = 0;
      else this.#scheduleRetry();
    });
  }

  async #movePasses(): Promise<void> {
    // A pass that followed a MOVED (or found a connection replaced) runs again at once, bounded.
    for (let pass = 1; pass <= this.#host.maxRedirections + 1 && !this.#host.isClosed(); pass++) {
      this.#moveAgain = false;
      await Promise.all([this.#moveChannels(), this.#moveSharded()]);
      if (!this.#moveAgain) return;
    }
  }

  #scheduleRetry(): void {
    if (this.#retryTimer !== undefined) return;
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = undefined;
      if (this.#host.isClosed()) return;
      // A refresh that applies moves what waits (onTopologyChange); if it fails, try anyway.
      this.#host.topology.refresh().then(noop, noop).then(() => {
        if (!this.#moving) this.#moveWaiting();
      });
    }, retryDelay(++this.#retryAttempt));
    this.#retryTimer.unref();
  }

  async #moveChannels(): Promise<void> {
    const types = [CHANNELS, PATTERNS].filter((type) => this.#waiting.has(type));
    if (types.length === 0) return;
    let connection: PubSubConnection | undefined;
    try {
      connection = this.#channelConnection();
      const client = await connection.ready;
      // What waits now (an unsubscribe while the connection opened took its part out).
      const results = await Promise.allSettled(types.map((type) => this.#place(client, type, this.#waiting.snapshot(type))));
      const failure = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
      if (failure !== undefined) throw failure.reason;
    } catch (error) {
      if (connection !== undefined && this.#channels !== connection) {
        this.#moveAgain = true; // replaced by a topology change meanwhile: the next pass uses the new one
        return;
      }
      if (connection?.failed === true) {
        this.#unreachable.add(connection.node.address);
        this.#drop(connection);
      }
      for (const type of types) {
        const waiting = [...this.#waiting.snapshot(type).keys()];
        if (waiting.length > 0) this.#report(new ResubscribeError(type, waiting, error as Error));
      }
    }
  }

  async #place(client: RedisClientType, type: typeof CHANNELS | typeof PATTERNS | typeof SHARDED, listeners: PubSubTypeListeners): Promise<void> {
    if (listeners.size === 0) return;
    await client.extendPubSubListeners(type, listeners);
    this.#waiting.settle(type, listeners);
  }

  async #moveSharded(): Promise<void> {
    if (!this.#waiting.has(SHARDED)) return;
    const map = this.#host.topology.slotMap;
    const byOwner = new Map<string, { owner: ClusterNode; channels: string[] }>();
    for (const channel of this.#waiting.snapshot(SHARDED).keys()) {
      const shard = map.slots[keySlot(channel)];
      if (shard === undefined) continue; // no owner yet: waits for a topology that has one
      const group = byOwner.get(shard.master.address);
      if (group === undefined) byOwner.set(shard.master.address, { owner: shard.master, channels: [channel] });
      else group.channels.push(channel);
    }
    await Promise.all([...byOwner.values()].map(({ owner, channels }) => this.#moveShard(owner, channels)));
  }

  async #moveShard(owner: ClusterNode, channels: string[]): Promise<void> {
    if (this.#host.isClosed()) return;
    const connection = this.#shardConnection(owner);
    try {
      const client = await connection.ready;
      await this.#place(client, SHARDED, this.#waiting.snapshot(SHARDED, channels));
    } catch (error) {
      const decision = classify(error, false);
      if (decision.action === 'moved' || this.#shards.get(owner.address) !== connection) {
        if (decision.action === 'moved') await this.#followMoved(decision.redirect, connection);
        this.#moveAgain = true;
        return;
      }
      if (connection.failed) this.#drop(connection);
      const waiting = this.#waiting.snapshot(SHARDED, channels);
      if (waiting.size === 0) return;
      this.#report(new ResubscribeError(SHARDED, [...waiting.keys()], error as Error));
      for (const [channel, listeners] of waiting) this.#host.emit('sharded-channel-moved-error', error as Error, channel, listeners);
    }
  }

  /** A failed move: the cluster's `'error'`, or a process warning when nothing listens — never silent. */
  #report(error: Error): void {
    if (!this.#host.emit('error', error)) process.emitWarning(error);
  }

  /** `SSUBSCRIBE` answered MOVED: patch the slot (and refresh) so the next try goes to the owner. */
  async #followMoved(redirect: Redirect, connection: PubSubConnection): Promise<void> {
    const topology = this.#host.topology;
    const from = topology.registry.get(connection.node.address);
    if (from !== undefined) topology.onMoved(redirect, from);
    else await topology.refresh().catch(noop);
  }

  async #backoffAndRefresh(attempt: number): Promise<void> {
    // Unref'd: a subscribe still backing off when the cluster closes must not hold the process open.
    await new Promise((resolve) => setTimeout(resolve, retryDelay(attempt)).unref());
    await this.#host.topology.refresh().catch(noop);
  }

  #channelConnection(): PubSubConnection {
    if (this.#channels === undefined) this.#channels = this.#open(this.#pickNode());
    return this.#channels;
  }

  #shardConnection(master: ClusterNode): PubSubConnection {
    let connection = this.#shards.get(master.address);
    if (connection === undefined) {
      connection = this.#open(master);
      this.#shards.set(master.address, connection);
    }
    return connection;
  }

  /** A random online node (masters and replicas alike), preferring those that did not just fail. */
  #pickNode(): ClusterNode {
    const online = [...this.#host.topology.slotMap.nodes.values()].filter((node) => node.health === 'online');
    const preferred = online.filter((node) => !this.#unreachable.has(node.address));
    const pool = preferred.length > 0 ? preferred : online;
    if (pool.length === 0) throw new ClientClosedError('The cluster has no online node to subscribe on (call connect())');
    return pool[Math.floor(Math.random() * pool.length)]!;
  }

  /** Every path that opens a connection checks here: one opened after close() would never be closed. */
  #open(node: ClusterNode): PubSubConnection {
    this.#assertOpen();
    return openPubSubConnection(node, this.#host.clientOptions(node), {
      onError: (error) => this.#report(error),
      onNodeError: (error, info) => this.#host.emit('node-error', error, info),
      onReconnecting: () => this.#host.topology.scheduleRefresh(),
      onShardedChannelMoved: (channel, listeners) => this.#onShardedChannelMoved(channel, listeners),
    });
  }

  #assertOpen(): void {
    if (this.#host.isClosed()) throw new ClientClosedError('The cluster is closed');
  }

  /** Close a connection that holds no subscription (nor a subscribe in flight). */
  #closeIfIdle(connection: PubSubConnection): void {
    if (connection.client.isPubSubActive || !this.#forget(connection)) return;
    connection.client.close().catch(noop);
  }

  #drop(connection: PubSubConnection): void {
    this.#forget(connection);
    connection.client.destroy();
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

  #takeAll(): PubSubConnection[] {
    if (this.#retryTimer !== undefined) clearTimeout(this.#retryTimer);
    this.#retryTimer = undefined;
    this.#retryAttempt = 0;
    this.#waiting.clear();
    const connections = [...this.#shards.values()];
    if (this.#channels !== undefined) connections.push(this.#channels);
    this.#channels = undefined;
    this.#shards.clear();
    return connections;
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
