import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `KEYS pattern`: every key matching the glob pattern (blocks the server: prefer `SCAN`). */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  REQUEST_POLICY: 'all_shards',
  parseCommand(parser: CommandParser, pattern: RedisArgument) {
    parser.push('KEYS', pattern);
  },
  transformReply: undefined as unknown as () => Array<string>,
} as const satisfies Command;
