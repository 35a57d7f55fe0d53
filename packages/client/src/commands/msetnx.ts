import type { Command, CommandParser } from '@x/modules';
import { pushMSetPairs, type MSetArguments } from './mset';

/**
 * `MSETNX key value [key value …]`: sets every key only if none exists; 1 if it did, 0 if not. Takes
 * node-redis's three forms (`[[k, v], …]`, `[k, v, …]`, `{ k: v }`). All-or-nothing, so a cluster
 * never splits it: keys in several slots are refused.
 */
export default {
  REQUEST_POLICY: 'multi_shard',
  RESPONSE_POLICY: 'agg_min',
  parseCommand(parser: CommandParser, toSet: MSetArguments) {
    parser.push('MSETNX');
    pushMSetPairs('MSETNX', parser, toSet);
  },
  transformReply: undefined as unknown as () => 0 | 1,
} as const satisfies Command;
