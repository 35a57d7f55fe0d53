import type { Command, CommandParser } from '@x/modules';

/** `DBSIZE`: the number of keys in the selected database. */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  REQUEST_POLICY: 'all_shards',
  RESPONSE_POLICY: 'agg_sum',
  parseCommand(parser: CommandParser) {
    parser.push('DBSIZE');
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
