import type { AnyPubSubListener, PubSubListener, PubSubType, RedisArgument } from '@x/modules';

export { PUBSUB_TYPE, type AnyPubSubListener, type PubSubListener, type PubSubType } from '@x/modules';

/** The listeners of one channel (or pattern), by the form they receive messages in. */
export interface ChannelListeners {
  readonly buffers: Set<PubSubListener<true>>;
  readonly strings: Set<PubSubListener<false>>;
}

/** Listeners by channel (or pattern) name. */
export type PubSubTypeListeners = Map<string, ChannelListeners>;

/** The commands and push kinds of one subscription type. */
export interface PubSubCommands {
  readonly subscribe: string;
  readonly unsubscribe: string;
  /** The push kinds of the confirmations (lower case, as the server sends them). */
  readonly subscribed: string;
  readonly unsubscribed: string;
}

export const PUBSUB_COMMANDS: Readonly<Record<PubSubType, PubSubCommands>> = {
  CHANNELS: { subscribe: 'SUBSCRIBE', unsubscribe: 'UNSUBSCRIBE', subscribed: 'subscribe', unsubscribed: 'unsubscribe' },
  PATTERNS: { subscribe: 'PSUBSCRIBE', unsubscribe: 'PUNSUBSCRIBE', subscribed: 'psubscribe', unsubscribed: 'punsubscribe' },
  SHARDED: { subscribe: 'SSUBSCRIBE', unsubscribe: 'SUNSUBSCRIBE', subscribed: 'ssubscribe', unsubscribed: 'sunsubscribe' },
};

/**
 * The map key of a channel: its text (a Buffer name decoded as UTF-8, as the server's pushes are).
 * @internal Also for @x/cluster, which keys the listeners it moves the same way.
 */
export function channelKey(name: unknown): string {
  return typeof name === 'string' ? name : Buffer.isBuffer(name) ? name.toString() : String(name);
}

/** One channel or several, as a list. @internal Also for @x/cluster. */
export function toArray(channels: RedisArgument | ReadonlyArray<RedisArgument>): ReadonlyArray<RedisArgument> {
  return Array.isArray(channels) ? channels : [channels as RedisArgument];
}

/**
 * `unsubscribe` of some channels over a listener map: every listener of `channels` (no `listener`),
 * or one listener in one form. Returns the names left without listeners (gone from the map); with
 * no `listener`, every name given, known here or not.
 * @internal Also for @x/cluster, whose listeners waiting for a node follow the same rules.
 */
export function removeChannelListeners(
  map: Map<string, ChannelListeners>,
  channels: ReadonlyArray<RedisArgument>,
  listener: AnyPubSubListener | undefined,
  bufferMode: boolean,
): RedisArgument[] {
  const gone: RedisArgument[] = [];
  for (const name of channels) {
    const key = channelKey(name);
    if (listener === undefined) {
      map.delete(key);
      gone.push(name);
      continue;
    }
    const entry = map.get(key);
    if (entry === undefined) continue;
    (bufferMode ? entry.buffers : entry.strings).delete(listener as never);
    if (entry.buffers.size === 0 && entry.strings.size === 0) {
      map.delete(key);
      gone.push(name);
    }
  }
  return gone;
}
