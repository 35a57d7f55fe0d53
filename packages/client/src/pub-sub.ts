import { RESP_TYPES, type RedisArgument, type RedisVariadicArgument, type TypeMapping } from '@x/modules';
import { ReplyError } from '@x/resp';
import { pushKindOf } from './command-queue';
import type { ExpectedPushes } from './command-request';
import type { NodeConnection, SetupSend } from './connection';
import { PubSubListenerError, SubscriptionLostError, TimeoutError } from './errors';
import {
  channelKey,
  PUBSUB_COMMANDS,
  PUBSUB_TYPE,
  removeChannelListeners,
  toArray,
  type AnyPubSubListener,
  type ChannelListeners,
  type PubSubListener,
  type PubSubType,
  type PubSubTypeListeners,
} from './pub-sub-types';

type AnyListener = AnyPubSubListener;

/** One channel (or pattern) this client is subscribed to, or subscribing to. */
interface ChannelEntry extends ChannelListeners {
  /** The name as given: a Buffer name is resubscribed byte for byte. */
  readonly name: RedisArgument;
  /**
   * The `SUBSCRIBE` that will confirm it, until it did; later subscribers of the channel wait for it
   * too. While it is in flight the entry may be empty (its listeners were taken back).
   */
  pending: Promise<unknown> | undefined;
}

/** A listener one call added to one channel, so a failed subscribe can take exactly that back. */
interface Added {
  entry: ChannelEntry;
  set: Set<AnyListener>;
  listener: AnyListener;
}

/** What the pub/sub layer needs from its client. */
export interface PubSubHost {
  /** A subscription was lost, or a listener threw (a PubSubListenerError): report it (see RedisClient). */
  reportError(error: Error, fromListener: boolean): void;
  /** Emit `'sharded-channel-moved'`; false when nothing listens to it. */
  emitShardedChannelMoved(channel: string, listeners: ChannelListeners): boolean;
}

// Pub/sub commands and the messages that arrive while one waits are decoded as Buffers, so a binary
// message reaches a bufferMode listener intact; string listeners get a UTF-8 decoded copy.
const BUFFERS: TypeMapping = { [RESP_TYPES.BLOB_STRING]: Buffer };
const PUBSUB_OPTIONS = { typeMapping: BUFFERS };

const noop = (): void => {};

/**
 * The subscriptions of one client: the listeners by type and channel, the (un)subscribe commands, the
 * messages (RESP3 push frames or RESP2 arrays, from the connection's `'push'` event), resubscribing
 * on every new connection, and RESP2 subscriber mode.
 *
 * Listeners are added when `subscribe` is called and removed when `unsubscribe` is called (not when
 * the server confirms): messages already on their way to a removed listener are dropped. A
 * `subscribe` that fails takes back the listeners it added.
 */
export class PubSub {
  readonly #connection: NodeConnection;
  readonly #host: PubSubHost;
  readonly #listeners: Record<PubSubType, Map<string, ChannelEntry>> = {
    CHANNELS: new Map(),
    PATTERNS: new Map(),
    SHARDED: new Map(),
  };
  /** The server's counts from the last confirmations: channels + patterns, and sharded channels. */
  #serverCount = 0;
  #serverShardCount = 0;
  /**
   * Some listener is registered (or a subscribe is in flight). On RESP2 the connection is then in
   * subscriber mode and other commands are refused. A plain field: read by every command.
   */
  active = false;

  constructor(connection: NodeConnection, host: PubSubHost) {
    this.#connection = connection;
    this.#host = host;
    connection.on('push', (push, confirmation) => this.#onPush(push, confirmation));
    connection.addSetup((send) => this.#resubscribe(send));
  }

  /** Subscribe `listener` to `channels`; resolves once the server confirmed every new channel. */
  subscribe(type: PubSubType, channels: RedisVariadicArgument, listener: AnyListener, bufferMode: boolean): Promise<void> {
    if (typeof listener !== 'function') return Promise.reject(new TypeError('The pub/sub listener must be a function'));
    const names = toArray(channels);
    if (names.length === 0) return Promise.reject(new TypeError('Subscribe to at least one channel'));
    return this.#extend(
      type,
      names.map((name) => ({ name, buffers: bufferMode ? [listener as PubSubListener<true>] : [], strings: bufferMode ? [] : [listener as PubSubListener<false>] })),
    );
  }

  /**
   * Remove listeners: every channel of the type (no `channels`); every listener of `channels` (no
   * `listener`); or one listener, unsubscribing only the channels it leaves without listeners. With
   * `channels` and no `listener`, the command is sent even for channels this client does not know.
   */
  unsubscribe(type: PubSubType, channels: RedisVariadicArgument | undefined, listener: AnyListener | undefined, bufferMode: boolean): Promise<void> {
    const map = this.#listeners[type];
    let names: RedisArgument[];
    if (channels === undefined) {
      names = [...map.values()].map((entry) => entry.name);
      map.clear();
    } else {
      names = removeChannelListeners(map, toArray(channels), listener, bufferMode);
    }
    this.#updateActive();
    if (names.length === 0) return Promise.resolve();
    return this.#sendUnsubscribe(type, names);
  }

  /** A copy of the listeners of one type, by channel. */
  listeners(type: PubSubType): PubSubTypeListeners {
    const copy: PubSubTypeListeners = new Map();
    for (const [key, entry] of this.#listeners[type]) {
      if (!isEmpty(entry)) copy.set(key, { buffers: new Set(entry.buffers), strings: new Set(entry.strings) });
    }
    return copy;
  }

  /** Add listeners to channels, subscribing the channels that are new here. */
  extend(type: PubSubType, listeners: ReadonlyMap<string, ChannelListeners>): Promise<void> {
    const additions = [...listeners].map(([name, l]) => ({ name, buffers: [...l.buffers], strings: [...l.strings] }));
    return additions.length === 0 ? Promise.resolve() : this.#extend(type, additions);
  }

  /**
   * Remove listeners from this client without telling the server (the cluster moves them to another
   * node; unsubscribe here separately if the server still has them). Returns what was removed.
   */
  take(type: PubSubType, channels?: ReadonlyArray<RedisArgument>): PubSubTypeListeners {
    const map = this.#listeners[type];
    const taken: PubSubTypeListeners = new Map();
    const keys = channels === undefined ? [...map.keys()] : channels.map(channelKey);
    for (const key of keys) {
      const entry = map.get(key);
      if (entry === undefined) continue;
      map.delete(key);
      // Copies: a subscribe still in flight keeps the entry's own sets and may take its listener back.
      taken.set(key, { buffers: new Set(entry.buffers), strings: new Set(entry.strings) });
    }
    this.#updateActive();
    return taken;
  }

  #extend(type: PubSubType, additions: ReadonlyArray<{ name: RedisArgument; buffers: ReadonlyArray<PubSubListener<true>>; strings: ReadonlyArray<PubSubListener<false>> }>): Promise<void> {
    const map = this.#listeners[type];
    const created: ChannelEntry[] = [];
    const added: Added[] = [];
    const waits = new Set<Promise<unknown>>();
    for (const { name, buffers, strings } of additions) {
      const key = channelKey(name);
      let entry = map.get(key);
      if (entry === undefined) {
        entry = { name, buffers: new Set(), strings: new Set(), pending: undefined };
        map.set(key, entry);
        created.push(entry);
      } else if (entry.pending !== undefined) {
        waits.add(entry.pending);
      }
      for (const listener of buffers) addListener(added, entry, entry.buffers as Set<AnyListener>, listener);
      for (const listener of strings) addListener(added, entry, entry.strings as Set<AnyListener>, listener);
    }
    this.#updateActive();
    // Sharded channels one per command: in a cluster, channels of different slots can't share one.
    const groups = type === PUBSUB_TYPE.SHARDED ? created.map((entry) => [entry]) : created.length > 0 ? [created] : [];
    for (const group of groups) {
      const sent = this.#send(PUBSUB_COMMANDS[type].subscribe, group.map((e) => e.name), PUBSUB_COMMANDS[type].subscribed);
      for (const entry of group) entry.pending = sent;
      // Attached first, so it runs before any caller's take-back: what the server keeps is decided
      // here, once per SUBSCRIBE, however many callers joined it.
      sent.then(
        () => this.#confirmed(type, group, sent),
        (error: unknown) => this.#refused(type, group, error),
      );
      waits.add(sent);
    }
    if (waits.size === 0) return Promise.resolve();
    return Promise.all(waits).then(noop, (error: unknown) => {
      this.#takeBack(type, added);
      throw error;
    });
  }

  /** A SUBSCRIBE confirmed: its channels are on the server. One left without listeners meanwhile goes. */
  #confirmed(type: PubSubType, group: ReadonlyArray<ChannelEntry>, sent: Promise<unknown>): void {
    const map = this.#listeners[type];
    const stale: RedisArgument[] = [];
    for (const entry of group) {
      if (entry.pending === sent) entry.pending = undefined;
      if (isEmpty(entry) && this.#forget(map, entry)) stale.push(entry.name);
    }
    this.#updateActive();
    if (stale.length > 0) this.#sendUnsubscribe(type, stale).catch(noop);
  }

  /**
   * A SUBSCRIBE failed. Every listener of its channels was added by a call that waited for it, and
   * every such call fails with it: the channels go. One that timed out after it was written may yet
   * run: queue one UNSUBSCRIBE behind it, so the server does not keep what every caller gave up on.
   */
  #refused(type: PubSubType, group: ReadonlyArray<ChannelEntry>, error: unknown): void {
    const map = this.#listeners[type];
    const gone = group.filter((entry) => this.#forget(map, entry));
    this.#updateActive();
    if (gone.length > 0 && error instanceof TimeoutError && error.sent && this.#connection.state === 'ready') {
      this.#sendUnsubscribe(type, gone.map((entry) => entry.name)).catch(noop);
    }
  }

  /**
   * A subscribe failed: remove the listeners it added. A channel that is left without listeners and
   * is on the server is unsubscribed; one whose SUBSCRIBE is still in flight stays (empty) until that
   * settles ({@link #confirmed}), so a new subscriber joins it instead of subscribing twice.
   */
  #takeBack(type: PubSubType, added: ReadonlyArray<Added>): void {
    const map = this.#listeners[type];
    const stale: RedisArgument[] = [];
    for (const { entry, set, listener } of added) {
      set.delete(listener);
      if (isEmpty(entry) && entry.pending === undefined && this.#forget(map, entry)) stale.push(entry.name);
    }
    this.#updateActive();
    if (stale.length > 0) this.#sendUnsubscribe(type, stale).catch(noop);
  }

  /** Remove `entry` if it is still the map's entry of its channel; false when it was already replaced or removed. */
  #forget(map: Map<string, ChannelEntry>, entry: ChannelEntry): boolean {
    const key = channelKey(entry.name);
    if (map.get(key) !== entry) return false;
    map.delete(key);
    return true;
  }

  #sendUnsubscribe(type: PubSubType, names: ReadonlyArray<RedisArgument>): Promise<void> {
    const commands = PUBSUB_COMMANDS[type];
    if (type !== PUBSUB_TYPE.SHARDED) return this.#send(commands.unsubscribe, names, commands.unsubscribed).then(noop);
    // One per channel, as for SSUBSCRIBE; and the server also sends `sunsubscribe` unasked (a moved
    // slot), so each counts only its own channel's answer.
    const sent = names.map((name) => this.#send(commands.unsubscribe, [name], commands.unsubscribed, channelFilter([name])));
    return Promise.all(sent).then(noop);
  }

  #send(command: string, names: ReadonlyArray<RedisArgument>, kind: string, filter?: ExpectedPushes['filter']): Promise<unknown> {
    return this.#connection.send([command, ...names], PUBSUB_OPTIONS, { count: names.length, kind, filter });
  }

  #updateActive(): void {
    const { CHANNELS, PATTERNS, SHARDED } = this.#listeners;
    const active = CHANNELS.size > 0 || PATTERNS.size > 0 || SHARDED.size > 0;
    if (active === this.active) return;
    this.active = active;
    this.#connection.setIdleTypeMapping(active ? BUFFERS : undefined);
    this.#connection.setPushBuffers(active ? true : undefined);
  }

  #onPush(push: unknown[], confirmation: boolean): void {
    switch (pushKindOf(push)) {
      case 'message':
        this.#deliver(PUBSUB_TYPE.CHANNELS, push[1], push[1], push[2]);
        return;
      case 'pmessage':
        this.#deliver(PUBSUB_TYPE.PATTERNS, push[1], push[2], push[3]);
        return;
      case 'smessage':
        this.#deliver(PUBSUB_TYPE.SHARDED, push[1], push[1], push[2]);
        return;
      case 'subscribe':
      case 'unsubscribe':
      case 'psubscribe':
      case 'punsubscribe':
        this.#serverCount = Number(push[2]);
        this.#syncSubscriberMode();
        return;
      case 'ssubscribe':
        this.#serverShardCount = Number(push[2]);
        this.#syncSubscriberMode();
        return;
      case 'sunsubscribe':
        this.#serverShardCount = Number(push[2]);
        this.#syncSubscriberMode();
        if (!confirmation) this.#onShardedChannelDropped(push[1]);
        return;
      default:
        return; // other pushes (client tracking invalidations, …) are not pub/sub
    }
  }

  /** RESP2: the server runs only pub/sub commands while any subscription remains (in its count). */
  #syncSubscriberMode(): void {
    if (this.#connection.resp === 2) this.#connection.resp2Subscribed = this.#serverCount + this.#serverShardCount > 0;
  }

  #deliver(type: PubSubType, name: unknown, channel: unknown, message: unknown): void {
    const key = channelKey(name);
    const entry = this.#listeners[type].get(key);
    if (entry === undefined) return;
    if (entry.buffers.size > 0) {
      const m = toBuffer(message);
      const c = toBuffer(channel);
      for (const listener of entry.buffers) this.#call(type, key, listener as AnyListener, m, c);
    }
    if (entry.strings.size > 0) {
      const m = toText(message);
      const c = channelKey(channel);
      for (const listener of entry.strings) this.#call(type, key, listener as AnyListener, m, c);
    }
  }

  #call(type: PubSubType, key: string, listener: AnyListener, message: unknown, channel: unknown): void {
    try {
      (listener as (message: unknown, channel: unknown) => unknown)(message, channel);
    } catch (error) {
      // Never let it out into the decoder: the replies behind this message would wait for the next read.
      // Wrapped, so whoever handles the client's 'error' knows it is the listener's, not the connection's.
      this.#host.reportError(new PubSubListenerError(type, key, error), true);
    }
  }

  /** Redis 7 unsubscribes a sharded channel by itself when its slot moves to another node. */
  #onShardedChannelDropped(channel: unknown): void {
    const key = channelKey(channel);
    const map = this.#listeners.SHARDED;
    const entry = map.get(key);
    if (entry === undefined) return;
    map.delete(key);
    this.#updateActive();
    const listeners: ChannelListeners = { buffers: new Set(entry.buffers), strings: new Set(entry.strings) };
    if (!this.#host.emitShardedChannelMoved(key, listeners)) {
      this.#host.reportError(new SubscriptionLostError(PUBSUB_TYPE.SHARDED, new Map([[key, listeners]])), false);
    }
  }

  /**
   * On every new connection, before queued commands: subscribe again to every confirmed channel
   * (those still waiting for their own `SUBSCRIBE` get it from the queue). A channel the server
   * refuses (an ACL change, `MOVED`) is dropped and reported; a connection failure is thrown, so the
   * connection retries with every channel.
   */
  async #resubscribe(send: SetupSend): Promise<void> {
    this.#serverCount = 0;
    this.#serverShardCount = 0;
    const jobs: Array<{ type: PubSubType; keys: string[]; done: Promise<unknown> }> = [];
    for (const type of [PUBSUB_TYPE.CHANNELS, PUBSUB_TYPE.PATTERNS, PUBSUB_TYPE.SHARDED]) {
      const confirmed = [...this.#listeners[type]].filter(([, entry]) => entry.pending === undefined);
      const groups = type === PUBSUB_TYPE.SHARDED ? confirmed.map((one) => [one]) : confirmed.length > 0 ? [confirmed] : [];
      const commands = PUBSUB_COMMANDS[type];
      for (const group of groups) {
        const done = send([commands.subscribe, ...group.map(([, entry]) => entry.name)], {
          expectedPushes: { count: group.length, kind: commands.subscribed },
          typeMapping: BUFFERS,
        });
        jobs.push({ type, keys: group.map(([key]) => key), done });
      }
    }
    const results = await Promise.allSettled(jobs.map((job) => job.done));
    let connectionError: unknown;
    results.forEach((result, i) => {
      if (result.status === 'fulfilled') return;
      if (result.reason instanceof ReplyError) this.#dropRefused(jobs[i]!.type, jobs[i]!.keys, result.reason);
      else connectionError ??= result.reason;
    });
    if (connectionError !== undefined) throw connectionError;
  }

  #dropRefused(type: PubSubType, keys: ReadonlyArray<string>, error: ReplyError): void {
    const lost = this.take(type, keys);
    if (lost.size === 0) return;
    // The cluster moves a sharded channel whose slot is elsewhere now, as it does when Redis drops one.
    if (type === PUBSUB_TYPE.SHARDED && error.code === 'MOVED') {
      const [[key, listeners]] = lost;
      if (this.#host.emitShardedChannelMoved(key, listeners)) return;
    }
    this.#host.reportError(new SubscriptionLostError(type, lost, error), false);
  }
}

function addListener(added: Added[], entry: ChannelEntry, set: Set<AnyListener>, listener: AnyListener): void {
  if (set.has(listener)) return;
  set.add(listener);
  added.push({ entry, set, listener });
}

function isEmpty(listeners: ChannelListeners): boolean {
  return listeners.buffers.size === 0 && listeners.strings.size === 0;
}

/** Matches the `sunsubscribe` confirmations of these channels, one each. */
function channelFilter(names: ReadonlyArray<RedisArgument>): (push: unknown[]) => boolean {
  const expected = new Map<string, number>();
  for (const name of names) {
    const key = channelKey(name);
    expected.set(key, (expected.get(key) ?? 0) + 1);
  }
  return (push) => {
    const key = channelKey(push[1]);
    const left = expected.get(key);
    if (left === undefined) return false;
    if (left === 1) expected.delete(key);
    else expected.set(key, left - 1);
    return true;
  };
}

function toBuffer(value: unknown): Buffer {
  return Buffer.isBuffer(value) ? value : Buffer.from(String(value));
}

function toText(value: unknown): string {
  return typeof value === 'string' ? value : Buffer.isBuffer(value) ? value.toString() : String(value);
}
