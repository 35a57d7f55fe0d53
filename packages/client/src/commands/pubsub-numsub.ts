import type { Command, CommandParser, RedisVariadicArgument } from '@x/modules';

/**
 * `PUBSUB NUMSUB [channel …]`: `{ channel: subscribers }` on this node — a plain object with number
 * counts whatever the type mapping (node-redis's shape: its counts are numbers even under
 * `NUMBER: String`).
 */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, channels?: RedisVariadicArgument) {
    parser.push('PUBSUB', 'NUMSUB');
    if (channels !== undefined) parser.pushVariadic(channels);
  },
  transformReply: (reply: Array<unknown>): Record<string, number> => {
    const counts: Record<string, number> = {};
    for (let i = 0; i < reply.length; i += 2) counts[String(reply[i])] = Number(reply[i + 1]);
    return counts;
  },
} as const satisfies Command;
