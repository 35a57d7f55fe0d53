import type { Command, CommandParser, RedisVariadicArgument } from '@x/modules';

/**
 * `SCRIPT EXISTS sha1 [sha1 …]`: for each, 1 if the script is cached, else 0. On a cluster: asked of
 * every master, 1 only where all have it. Read-only as node-redis marks it.
 */
export default {
  IS_READ_ONLY: true,
  NOT_KEYED_COMMAND: true,
  REQUEST_POLICY: 'all_shards',
  RESPONSE_POLICY: 'agg_logical_and',
  parseCommand(parser: CommandParser, sha1: RedisVariadicArgument) {
    parser.push('SCRIPT', 'EXISTS');
    parser.pushVariadic(sha1);
  },
  transformReply: undefined as unknown as () => Array<0 | 1>,
} as const satisfies Command;
