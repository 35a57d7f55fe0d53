import type { Command, CommandParser } from '@x/modules';

/**
 * `RANDOMKEY`: a random key, or null when the database is empty. On a cluster x asks random masters
 * until one has a key (node-redis asks one node, which may be empty while another is not).
 */
export default {
  IS_READ_ONLY: true,
  NOT_KEYED_COMMAND: true,
  REQUEST_POLICY: 'all_shards',
  parseCommand(parser: CommandParser) {
    parser.push('RANDOMKEY');
  },
  transformReply: undefined as unknown as () => string | null,
} as const satisfies Command;
