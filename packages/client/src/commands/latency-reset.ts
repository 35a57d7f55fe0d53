import type { Command, CommandParser } from '@x/modules';
import { flatArguments, type LatencyEvent } from './helpers/latency-events';

/**
 * `LATENCY RESET [event …]`: forgets the samples of the events (all without names); how many event
 * series were reset. node-redis takes the events as rest parameters (`latencyReset('fork', 'command')`);
 * x's earlier one-array form (`latencyReset(['fork', 'command'])`) works too.
 */
export default {
  NOT_KEYED_COMMAND: true,
  REQUEST_POLICY: 'all_nodes',
  RESPONSE_POLICY: 'all_succeeded',
  parseCommand(parser: CommandParser, ...events: Array<LatencyEvent | Array<LatencyEvent>>) {
    parser.push('LATENCY', 'RESET', ...flatArguments(events));
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
