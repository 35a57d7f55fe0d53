import type { Command, CommandParser } from '@x/modules';
import type { LatencyEvent } from './helpers/latency-events';

/** `LATENCY GRAPH event`: an ASCII-art graph of the event's latency samples. */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  REQUEST_POLICY: 'all_nodes',
  RESPONSE_POLICY: 'special',
  parseCommand(parser: CommandParser, event: LatencyEvent) {
    parser.push('LATENCY', 'GRAPH', event);
  },
  transformReply: undefined as unknown as () => string,
} as const satisfies Command;
