import type { Command, CommandParser, RedisArgument } from '@x/modules';

/**
 * `SPUBLISH shardchannel message`: publishes to a shard channel; the number of receivers. The
 * channel is recorded as a key: a cluster sends it to the shard owning the channel's slot. A channel
 * is not a key of the keyspace: the `keyPrefix` is not put before it (as node-redis, and as
 * SSUBSCRIBE, which never prefixes either).
 */
export default {
  // A read as node-redis routes it: the channel's slot owner or, with `useReplicas`, one of its replicas.
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, channel: RedisArgument, message: RedisArgument) {
    parser.push('SPUBLISH');
    parser.pushKey(channel, false);
    parser.push(message);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
