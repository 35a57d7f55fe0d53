import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** How `CLIENT UNBLOCK` ends the blocking command (node-redis's `CLIENT_UNBLOCK_MODES`). */
export const CLIENT_UNBLOCK_MODES = { TIMEOUT: 'TIMEOUT', ERROR: 'ERROR' } as const;

/**
 * `CLIENT UNBLOCK client-id [TIMEOUT | ERROR]`: ends another connection's blocking command (as if
 * it timed out, or with an UNBLOCKED error); 1 if it was blocked, else 0.
 */
export default {
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser, clientId: number | RedisArgument, mode?: 'TIMEOUT' | 'ERROR') {
    parser.push('CLIENT', 'UNBLOCK', typeof clientId === 'number' ? String(clientId) : clientId);
    if (mode !== undefined) parser.push(mode);
  },
  transformReply: undefined as unknown as () => 0 | 1,
} as const satisfies Command;
