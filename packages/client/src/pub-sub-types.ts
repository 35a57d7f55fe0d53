import type { RedisArgument } from '@x/modules';

/** The three kinds of subscription: channels, patterns, and sharded channels (Redis 7). */
export const PUBSUB_TYPE = {
  CHANNELS: 'CHANNELS',
  PATTERNS: 'PATTERNS',
  SHARDED: 'SHARDED',
} as const;

export type PubSubType = (typeof PUBSUB_TYPE)[keyof typeof PUBSUB_TYPE];

/**
 * Receives the messages of a channel: `(message, channel)`, as strings, or as Buffers when it was
 * subscribed with `bufferMode` true. A pattern listener gets the channel that matched, not the pattern.
 */
export type PubSubListener<BUFFER_MODE extends boolean = false> = (
  message: BUFFER_MODE extends true ? Buffer : string,
  channel: BUFFER_MODE extends true ? Buffer : string,
) => unknown;

/** A listener of either form. */
export type AnyPubSubListener = PubSubListener<true> | PubSubListener<false>;

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

/** The map key of a channel: its text (a Buffer name decoded as UTF-8, as the server's pushes are). */
export function channelKey(name: unknown): string {
  return typeof name === 'string' ? name : Buffer.isBuffer(name) ? name.toString() : String(name);
}

export function toArray(channels: RedisArgument | ReadonlyArray<RedisArgument>): ReadonlyArray<RedisArgument> {
  return Array.isArray(channels) ? channels : [channels as RedisArgument];
}
