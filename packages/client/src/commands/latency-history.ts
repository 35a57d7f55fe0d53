import type { Command, CommandParser } from '@x/modules';
import type { LatencyEvent } from './helpers/latency-events';

/** `LATENCY HISTORY event`: the event's samples, each `[unixTime, latencyMs]`. */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  REQUEST_POLICY: 'all_nodes',
  RESPONSE_POLICY: 'special',
  parseCommand(parser: CommandParser, event: LatencyEvent) {
    parser.push('LATENCY', 'HISTORY', event);
  },
  transformReply: undefined as unknown as () => Array<[timestamp: number, latency: number]>,
} as const satisfies Command;
