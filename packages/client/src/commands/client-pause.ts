import type { Command, CommandParser } from '@x/modules';

/**
 * `CLIENT PAUSE timeout [WRITE | ALL]`: suspends the clients' commands (all, or writes only) for
 * `timeout` ms; `'OK'`. Undo early with `CLIENT UNPAUSE`.
 */
export default {
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser, timeout: number, mode?: 'WRITE' | 'ALL') {
    parser.push('CLIENT', 'PAUSE', String(timeout));
    if (mode !== undefined) parser.push(mode);
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
