// The pub/sub part of a facade's methods: what `subscribe` and its siblings take on a client and on
// a cluster alike.

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
