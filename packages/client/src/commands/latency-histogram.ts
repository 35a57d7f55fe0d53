import type { Command, CommandParser } from '@x/modules';
import { flatArguments } from './helpers/latency-events';

/** Per command: how often it ran and its latency histogram (bucket upper bound in µs → count). */
export type LatencyHistogram = Record<string, { calls: number; histogram_usec: Record<string, number> }>;

/**
 * `LATENCY HISTOGRAM [command …]`: latency histograms of the named commands (all without names).
 * RESP3 sends nested maps; RESP2's nested flat arrays are read into the same objects (node-redis
 * reads them into plain objects whatever the type mapping). node-redis takes the commands as rest
 * parameters; x's earlier one-array form works too.
 */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  REQUEST_POLICY: 'all_nodes',
  RESPONSE_POLICY: 'special',
  parseCommand(parser: CommandParser, ...commands: Array<string | Array<string>>) {
    parser.push('LATENCY', 'HISTOGRAM', ...flatArguments(commands));
  },
  transformReply: {
    2: (reply: Array<unknown>): LatencyHistogram => {
      const histograms: LatencyHistogram = {};
      for (let i = 0; i + 1 < reply.length; i += 2) {
        const fields = reply[i + 1] as Array<unknown>;
        const buckets = fields[3] as Array<unknown>;
        const usec: Record<string, number> = {};
        for (let j = 0; j < buckets.length; j += 2) usec[String(buckets[j])] = buckets[j + 1] as number;
        histograms[String(reply[i])] = { calls: fields[1] as number, histogram_usec: usec };
      }
      return histograms;
    },
    3: undefined as unknown as () => LatencyHistogram,
  },
} as const satisfies Command;
