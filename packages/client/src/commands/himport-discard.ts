import type { Command, CommandParser, RedisArgument } from '@x/modules';

/**
 * `HIMPORT DISCARD fieldset`: forgets a fieldset of this connection; the number discarded (0 or 1).
 * Redis 8.10+; not runnable on the 7.0 servers these tests use.
 */
export default {
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser, fieldset: RedisArgument) {
    parser.push('HIMPORT', 'DISCARD', fieldset);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
