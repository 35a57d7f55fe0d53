import type { Command, CommandParser } from '@x/modules';

/** `LATENCY LATEST`: per event, `[name, unixTime, latestMs, allTimeMaxMs]`. */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  REQUEST_POLICY: 'all_nodes',
  RESPONSE_POLICY: 'special',
  parseCommand(parser: CommandParser) {
    parser.push('LATENCY', 'LATEST');
  },
  transformReply: undefined as unknown as () => Array<[name: string, timestamp: number, latestLatency: number, allTimeLatency: number]>,
} as const satisfies Command;
