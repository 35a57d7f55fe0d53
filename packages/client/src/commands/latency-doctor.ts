import type { Command, CommandParser } from '@x/modules';

/** `LATENCY DOCTOR`: the server's human-readable analysis of its latency samples. */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  REQUEST_POLICY: 'all_nodes',
  RESPONSE_POLICY: 'special',
  parseCommand(parser: CommandParser) {
    parser.push('LATENCY', 'DOCTOR');
  },
  transformReply: undefined as unknown as () => string,
} as const satisfies Command;
