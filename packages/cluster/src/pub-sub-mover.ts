import { PUBSUB_TYPE, type ChannelListeners, type PubSubTypeListeners, type RedisClientType } from '@x/client';
import { retryDelay, type EngineContext } from './attempt';
import { ResubscribeError, ShardUnavailableError } from './errors';
import type { PubSubConnection, PubSubConnections } from './pub-sub-connection';
import type { WaitingListeners } from './pub-sub-listeners';
import { runJob } from './run-job';
import { keySlot } from './topology/key-slot';
import type { SlotMap } from './topology/slot-map';

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

/**
 * Moves subscriptions when the cluster changes under them:
 * - the node of the channel connection leaves the topology, stops being online, or (without
 *   `useReplicas`) becomes a replica: its listeners are taken from its client and subscribed on
 *   another node;
 * - a sharded channel's slot moves: Redis 7 unsubscribes it by itself (a `sunsubscribe` push, or
 *   `MOVED` when the client resubscribes after a reconnect), the client hands its listeners over
 *   (`'sharded-channel-moved'`), and they are subscribed on the slot's owner — following `MOVED`
 *   while the map is stale;
 * - a refresh shows a slot owned elsewhere, or a shard master gone (failover): the listeners are
 *   taken (and unsubscribed on the node if it is still up) and subscribed on the new owner.
 *
 * Listeners that must move wait in one place ({@link WaitingListeners}, shared with the cluster's
 * pub/sub, whose `unsubscribe` removes them from there too) until they are subscribed again. Each
 * move runs through the attempt engine, as a command does (MOVED followed, an unreachable node
 * waited out, within the default command timeout); one the engine gave up on is reported (a
 * `ResubscribeError`; sharded ones also `'sharded-channel-moved-error'`) and retried on the next
 * topology change and after a short backoff (which also refreshes): never silently dropped. A slot
 * with no owner yet (mid-failover) waits without an error.
 */
export class PubSubMover {
  readonly #host: PubSubMoverHost;
  readonly #connections: PubSubConnections;
  readonly #waiting: WaitingListeners;
  #moving = false;
  #moveAgain = false;
  #retryTimer: NodeJS.Timeout | undefined;
  #retryAttempt = 0;
  /** Connections down (reconnecting), each with the timer that gives up on it at the deadline. */
  readonly #outages = new Map<PubSubConnection, NodeJS.Timeout>();
  /** Sharded connections whose outage was reported: said once, until they are ready again. */
  readonly #reported = new WeakSet<PubSubConnection>();

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
    // Its node left, went down, or — without useReplicas — was demoted to a replica by a failover.
    if (channels !== undefined && !connections.canHoldChannels(next, channels.node.address)) {
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

  /**
   * A pub/sub connection dropped and reconnects. Usually its node comes back, or the cluster fails it
   * over and a refresh moves what it held. But a node can stay down with nobody to take over (its
   * replicas down too, or no quorum of masters to mark it failed): the topology still lists it as
   * online and nothing would ever move. So once it has been down for the default command timeout:
   * - the channel connection is abandoned and its channels and patterns move to another node (any
   *   node hears every PUBLISH), its node tried last for a while;
   * - a sharded connection can't move (only the slot's master serves its channels): an `'error'`
   *   (a ResubscribeError naming them) says they receive nothing; the connection keeps reconnecting
   *   and restores them when the node is back.
   */
  onConnectionDown(connection: PubSubConnection): void {
    if (this.#host.isClosed() || this.#outages.has(connection)) return;
    const timer = setTimeout(() => this.#outageDeadline(connection), outageMs(this.#host.context));
    timer.unref();
    this.#outages.set(connection, timer);
  }

  #outageDeadline(connection: PubSubConnection): void {
    this.#outages.delete(connection);
    const connections = this.#connections;
    if (this.#host.isClosed() || !connections.isCurrent(connection) || connection.client.isReady) return;
    const ms = outageMs(this.#host.context);
    if (connections.channels === connection) {
      this.#waiting.add(CHANNELS, connection.client._takePubSubListeners(CHANNELS));
      this.#waiting.add(PATTERNS, connection.client._takePubSubListeners(PATTERNS));
      connections.abandon(connection, 6 * ms);
      this.#moveWaiting();
      return;
    }
    const channels = [...connection.client.getPubSubListeners(SHARDED).keys()];
    if (channels.length > 0 && !this.#reported.has(connection)) {
      this.#reported.add(connection);
      connection.client.once('ready', () => this.#reported.delete(connection));
      const address = connection.node.address;
      const cause = new ShardUnavailableError(keySlot(channels[0]!), address, undefined, `The master ${address} has been unreachable for ${ms} ms and the cluster has not failed it over`);
      this.#host.report(new ResubscribeError(SHARDED, channels, cause));
    }
  }

  /** The cluster closes: no retry any more (what waits is dropped by the caller). */
  stop(): void {
    for (const timer of this.#outages.values()) clearTimeout(timer);
    this.#outages.clear();
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

  /** A pass moves what waits now; what came to wait during it (another topology change) gets one more. */
  async #movePasses(): Promise<void> {
    do {
      this.#moveAgain = false;
      await Promise.all([this.#moveChannels(), this.#moveSharded()]);
    } while (this.#moveAgain && !this.#host.isClosed());
  }

  /** What the engine gave up on waits for the next topology change, or this retry (which refreshes first). */
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

  /**
   * Channels and patterns onto the channel connection, through the attempt engine: a connection
   * replaced meanwhile is tried again at once, one that never came up is dropped and another node
   * tried after a wait. What it still could not place within its deadline is reported.
   */
  async #moveChannels(): Promise<void> {
    const types = [CHANNELS, PATTERNS].filter((type) => this.#waiting.has(type));
    if (types.length === 0) return;
    try {
      await runJob(this.#host.context, {
        slot: undefined,
        pick: () => this.#connections.channel(),
        send: async (connection: PubSubConnection) => {
          const client = await connection.ready;
          // What waits now (an unsubscribe while the connection opened took its part out).
          const results = await Promise.allSettled(types.map((type) => this.#place(client, type, this.#waiting.snapshot(type))));
          const failure = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
          if (failure !== undefined) throw failure.reason;
        },
        examine: (connection) => this.#connections.examine(connection),
      });
    } catch (error) {
      for (const type of types) {
        const waiting = [...this.#waiting.snapshot(type).keys()];
        if (waiting.length > 0) this.#host.report(new ResubscribeError(type, waiting, error as Error));
      }
    }
  }

  async #place(client: RedisClientType, type: typeof CHANNELS | typeof PATTERNS | typeof SHARDED, listeners: PubSubTypeListeners): Promise<void> {
    if (listeners.size === 0) return;
    await client.extendPubSubListeners(type, listeners);
    // Settle only what the client still holds: a refresh that ran while the subscribe was in flight
    // (a stale view naming another owner) may have taken them off this client into the waiting room
    // again, and settling those would drop them for good — subscribed nowhere, with no error.
    this.#waiting.settle(type, stillHeld(client.getPubSubListeners(type), listeners));
  }

  /** Each sharded channel that waits onto the master owning its slot (one without an owner yet waits for a topology that has one). */
  async #moveSharded(): Promise<void> {
    if (!this.#waiting.has(SHARDED)) return;
    const map = this.#host.context.topology.slotMap;
    const channels = [...this.#waiting.snapshot(SHARDED).keys()].filter((channel) => map.shardOf(keySlot(channel)) !== undefined);
    // One job per channel: each follows its own slot's MOVED; issued in one tick, a node's still go out in one write.
    await Promise.all(channels.map((channel) => this.#moveShardedChannel(channel)));
  }

  async #moveShardedChannel(channel: string): Promise<void> {
    const slot = keySlot(channel);
    const topology = this.#host.context.topology;
    try {
      await runJob(this.#host.context, {
        slot,
        pick: () => {
          const shard = topology.slotMap.shardOf(slot);
          return shard === undefined ? undefined : this.#connections.shard(shard.info.master);
        },
        send: async (connection: PubSubConnection) => {
          const client = await connection.ready;
          await this.#place(client, SHARDED, this.#waiting.snapshot(SHARDED, [channel]));
        },
        examine: (connection) => this.#connections.examine(connection),
      });
    } catch (error) {
      const waiting = this.#waiting.snapshot(SHARDED, [channel]);
      if (waiting.size === 0) return;
      this.#host.report(new ResubscribeError(SHARDED, [channel], error as Error));
      for (const [name, listeners] of waiting) this.#host.reportShardedMoveError(error as Error, name, listeners);
    }
  }
}

/** How long a pub/sub connection may be down before its subscriptions move or are reported: the default command timeout (5 s when none). */
function outageMs(context: EngineContext): number {
  return context.defaultTimeout > 0 ? context.defaultTimeout : 5_000;
}

/** The part of `placed` that `held` (a client's listeners now) still has. */
function stillHeld(held: PubSubTypeListeners, placed: PubSubTypeListeners): PubSubTypeListeners {
  const kept: PubSubTypeListeners = new Map();
  for (const [channel, { buffers, strings }] of placed) {
    const now = held.get(channel);
    if (now === undefined) continue;
    kept.set(channel, {
      buffers: new Set([...buffers].filter((listener) => now.buffers.has(listener))),
      strings: new Set([...strings].filter((listener) => now.strings.has(listener))),
    });
  }
  return kept;
}

function ownedElsewhere(map: SlotMap, channel: string, address: string): boolean {
  const owner = map.shardOf(keySlot(channel));
  return owner !== undefined && owner.master.address !== address;
}
