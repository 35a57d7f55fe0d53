import type { Command, CommandParser } from '@x/modules';

/**
 * `SELECT index`: switches the connection's database; `'OK'`. (A client that reconnects should
 * re-select: call it through the client's own `select`, which remembers the database.)
 */
export default {
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser, db: number) {
    parser.push('SELECT', String(db));
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
