import type { Command, CommandParser } from '@x/modules';

/**
 * `HIMPORT DISCARDALL`: forgets every fieldset of this connection; the number discarded.
 * Redis 8.10+; not runnable on the 7.0 servers these tests use.
 */
export default {
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser) {
    parser.push('HIMPORT', 'DISCARDALL');
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
