import type { Command, CommandParser } from '@x/modules';

/**
 * `CONFIG RESETSTAT`: resets the statistics `INFO` reports; `'OK'`. node-redis spells the upper-case
 * method `CONFIG_RESETASTAT`; x has both spellings.
 */
export default {
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser) {
    parser.push('CONFIG', 'RESETSTAT');
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
