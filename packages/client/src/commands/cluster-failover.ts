import type { Command, CommandParser } from '@x/modules';

/** How `CLUSTER FAILOVER` proceeds without the master's agreement. */
export type ClusterFailoverMode = 'FORCE' | 'TAKEOVER';

/**
 * `CLUSTER FAILOVER [FORCE | TAKEOVER]`: this replica takes over from its master; `'OK'`.
 * node-redis's form: `clusterFailover({ mode })`; x's earlier `clusterFailover('FORCE')` works too.
 */
export default {
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser, options?: { mode?: ClusterFailoverMode } | ClusterFailoverMode) {
    parser.push('CLUSTER', 'FAILOVER');
    const mode = typeof options === 'string' ? options : options?.mode;
    if (mode !== undefined) parser.push(mode);
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
