import type { Command, CommandParser } from '@x/modules';

/** `MEMORY DOCTOR`: the server's human-readable analysis of its memory use. */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  REQUEST_POLICY: 'all_shards',
  RESPONSE_POLICY: 'special',
  parseCommand(parser: CommandParser) {
    parser.push('MEMORY', 'DOCTOR');
  },
  transformReply: undefined as unknown as () => string,
} as const satisfies Command;
