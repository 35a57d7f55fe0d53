import type { Command, CommandParser } from '@x/modules';
import { numberArgument } from './helpers/arguments';

/**
 * `WAIT numreplicas timeout`: blocks until the writes of this connection reach `numreplicas`
 * replicas or `timeout` ms pass; how many replicas acknowledged. On a cluster: sent to every master,
 * the smallest count.
 */
export default {
  NOT_KEYED_COMMAND: true,
  REQUEST_POLICY: 'all_shards',
  RESPONSE_POLICY: 'agg_min',
  parseCommand(parser: CommandParser, numberOfReplicas: number, timeout: number) {
    parser.push('WAIT', numberArgument(numberOfReplicas, 'WAIT numberOfReplicas'), numberArgument(timeout, 'WAIT timeout'));
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
