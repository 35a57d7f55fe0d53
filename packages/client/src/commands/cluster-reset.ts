import type { Command, CommandParser } from '@x/modules';

/** How thoroughly `CLUSTER RESET` forgets. */
export type ClusterResetMode = 'HARD' | 'SOFT';

/**
 * `CLUSTER RESET [HARD | SOFT]`: the node leaves its cluster; `'OK'`. node-redis's form:
 * `clusterReset({ mode })`; x's earlier `clusterReset('HARD')` works too.
 */
export default {
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser, options?: { mode?: ClusterResetMode } | ClusterResetMode) {
    parser.push('CLUSTER', 'RESET');
    const mode = typeof options === 'string' ? options : options?.mode;
    if (mode !== undefined) parser.push(mode);
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
