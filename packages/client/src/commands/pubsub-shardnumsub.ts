import type { Command, CommandParser, RedisVariadicArgument } from '@x/modules';

/**
 * `PUBSUB SHARDNUMSUB [shardchannel …]`: `{ channel: subscribers }` on this node — a plain object
 * whatever the type mapping (node-redis's shape), counts as decoded.
 */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, channels?: RedisVariadicArgument) {
    parser.push('PUBSUB', 'SHARDNUMSUB');
    if (channels !== undefined) parser.pushVariadic(channels);
  },
  transformReply: (reply: Array<unknown>): Record<string, number> => {
    const counts: Record<string, number> = {};
    for (let i = 0; i < reply.length; i += 2) counts[String(reply[i])] = reply[i + 1] as number;
    return counts;
  },
} as const satisfies Command;
