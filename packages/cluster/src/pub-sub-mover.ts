import { PUBSUB_TYPE, type ChannelListeners, type PubSubTypeListeners, type RedisClientType } from '@x/client';
import { retryDelay, type EngineContext } from './attempt';
import { classify } from './classify';
import { ResubscribeError } from './errors';
import type { PubSubConnection, PubSubConnections } from './pub-sub-connection';
import type { WaitingListeners } from './pub-sub-listeners';
import type { Redirect } from './redirect';
import { keySlot } from './topology/key-slot';
import type { ClusterNode, SlotMap } from './topology/slot-map';

/** What the mover needs from the cluster's pub/sub. */
export interface PubSubMoverHost {
  /** The attempt engine's context: its decision table, backoff and redirect handling. */
  readonly context: EngineContext;
  /** Not connected (closed, closing, never connected): nothing moves any more. */
  isClosed(): boolean;
  /** A move failed: the cluster's `'error'` — never silent. */
  report(error: Error): void;
  /** A sharded channel's move failed: `'sharded-channel-moved-error'` (as in node-redis). */
  reportShardedMoveError(error: Error, channel: string, listeners: ChannelListeners): void;
}

const { CHANNELS, PATTERNS, SHARDED } = PUBSUB_TYPE;

const noop = (): void => undefined;

function isOnline(map: SlotMap, address: string): boolean {
  return map.nodes.get(address)?.health === 'online';
}

/** `SSUBSCRIBE` answered MOVED: the map follows it (and a refresh starts), so the next pass goes to the owner. */
function followMoved(context: EngineContext, redirect: Redirect, connection: PubSubConnection): void {
  try {
    context.topology.redirect(redirect, connection.node.address);
  } catch {
    context.topology.scheduleRefresh(); // a nodeAddressMap that throws for the target: the refresh decides
  }
}

/**
 * Moves subscriptions when the cluster changes under them:
 * - the node of the channel connection leaves the topology or stops being online: its listeners are
 *   taken from its client and subscribed on another node;
 * - a sharded channel's slot moves: Redis 7 unsubscribes it by itself (a `sunsubscribe` push, or
 *   `MOVED` when the client resubscribes after a reconnect), the client hands its listeners over
 *   (`'sharded-channel-moved'`), and they are subscribed on the slot's owner — following `MOVED`
 *   while the map is stale;
 * - a refresh shows a slot owned elsewhere, or a shard master gone (failover): the listeners are
 *   taken (and unsubscribed on the node if it is still up) and subscribed on the new owner.
 *
 * Listeners that must move wait in one place ({@link WaitingListeners}, shared with the cluster's
 * pub/sub, whose `unsubscribe` removes them from there too) until they are subscribed again. A move
 * that fails is reported (a `ResubscribeError`; sharded ones also `'sharded-channel-moved-error'`)
 * and is retried on the next topology change and after a short backoff (which also refreshes):
 * never silently dropped. A slot with no owner yet (mid-failover) waits without an error.
 */
export class PubSubMover {
  readonly #host: PubSubMoverHost;
  readonly #connections: PubSubConnections;
  readonly #waiting: WaitingListeners;
  #moving = false;
  #moveAgain = false;
  #retryTimer: NodeJS.Timeout | undefined;
  #retryAttempt = 0;

  constructor(host: PubSubMoverHost, connections: PubSubConnections, waiting: WaitingListeners) {
    this.#host = host;
    this.#connections = connections;
    this.#waiting = waiting;
  }

  /**
   * A refresh swapped the map in: take the listeners whose node left or whose slot is owned
   * elsewhere now, and subscribe them where they belong.
   */
  onTopologyChange(next: SlotMap): void {
    if (this.#host.isClosed()) return;
    const connections = this.#connections;
    connections.topologyChanged();
    const channels = connections.channels;
    if (channels !== undefined && !isOnline(next, channels.node.address)) {
      this.#waiting.add(CHANNELS, channels.client._takePubSubListeners(CHANNELS));
      this.#waiting.add(PATTERNS, channels.client._takePubSubListeners(PATTERNS));
      connections.drop(channels);
    }
    for (const [address, connection] of [...connections.shards]) {
      const node = next.nodes.get(address);
      const alive = node !== undefined && node.health === 'online' && node.role === 'master';
      const client = connection.client;
      const held = [...client.getPubSubListeners(SHARDED).keys()];
      // A live master keeps the channels of slots that have no owner in this view (mid-failover).
      const stale = alive ? held.filter((channel) => ownedElsewhere(next, channel, address)) : held;
      if (stale.length > 0) {
        const taken = client._takePubSubListeners(SHARDED, stale);
        this.#waiting.add(SHARDED, taken);
        // Still up but no longer the owner: make sure it stops sending (Redis 7 normally dropped them already).
        if (alive && client.isReady && taken.size > 0) client.sUnsubscribe([...taken.keys()]).catch(noop);
      }
      if (alive) connections.closeIfIdle(connection);
      else connections.drop(connection);
    }
    this.#moveWaiting();
  }

  /** A sharded channel's client lost it (its slot moved): subscribe its listeners on the new owner. */
  onShardedChannelMoved(channel: string, listeners: ChannelListeners): void {
    if (this.#host.isClosed()) return;
    this.#waiting.add(SHARDED, new Map([[channel, listeners]]));
    this.#moveWaiting();
  }

  /** The cluster closes: no retry any more (what waits is dropped by the caller). */
  stop(): void {
    if (this.#retryTimer !== undefined) clearTimeout(this.#retryTimer);
    this.#retryTimer = undefined;
    this.#retryAttempt = 0;
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
    for (let pass = 1; pass <= this.#host.context.maxRedirections + 1 && !this.#host.isClosed(); pass++) {
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
      this.#host.context.topology.refresh().then(noop, noop).then(() => {
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
      connection = this.#connections.channel();
      const client = await connection.ready;
      // What waits now (an unsubscribe while the connection opened took its part out).
      const results = await Promise.allSettled(types.map((type) => this.#place(client, type, this.#waiting.snapshot(type))));
      const failure = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
      if (failure !== undefined) throw failure.reason;
    } catch (error) {
      if (connection !== undefined && !this.#connections.isCurrent(connection)) {
        this.#moveAgain = true; // replaced by a topology change meanwhile: the next pass uses the new one
        return;
      }
      if (connection?.failed === true) this.#connections.drop(connection);
      for (const type of types) {
        const waiting = [...this.#waiting.snapshot(type).keys()];
        if (waiting.length > 0) this.#host.report(new ResubscribeError(type, waiting, error as Error));
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
    const map = this.#host.context.topology.slotMap;
    const byOwner = new Map<string, { owner: ClusterNode; channels: string[] }>();
    for (const channel of this.#waiting.snapshot(SHARDED).keys()) {
      const shard = map.shardOf(keySlot(channel));
      if (shard === undefined) continue; // no owner yet: waits for a topology that has one
      const group = byOwner.get(shard.master.address);
      if (group === undefined) byOwner.set(shard.master.address, { owner: shard.info.master, channels: [channel] });
      else group.channels.push(channel);
    }
    await Promise.all([...byOwner.values()].map(({ owner, channels }) => this.#moveShard(owner, channels)));
  }

  async #moveShard(owner: ClusterNode, channels: string[]): Promise<void> {
    if (this.#host.isClosed()) return;
    const connection = this.#connections.shard(owner);
    try {
      const client = await connection.ready;
      await this.#place(client, SHARDED, this.#waiting.snapshot(SHARDED, channels));
    } catch (error) {
      const decision = classify(error, false);
      if (decision.action === 'moved' || !this.#connections.isCurrent(connection)) {
        if (decision.action === 'moved') followMoved(this.#host.context, decision.redirect, connection);
        this.#moveAgain = true;
        return;
      }
      if (connection.failed) this.#connections.drop(connection);
      const waiting = this.#waiting.snapshot(SHARDED, channels);
      if (waiting.size === 0) return;
      this.#host.report(new ResubscribeError(SHARDED, [...waiting.keys()], error as Error));
      for (const [channel, listeners] of waiting) this.#host.reportShardedMoveError(error as Error, channel, listeners);
    }
  }
}

function ownedElsewhere(map: SlotMap, channel: string, address: string): boolean {
  const owner = map.shardOf(keySlot(channel));
  return owner !== undefined && owner.master.address !== address;
}
