import type { Command, CommandParser } from '@x/modules';

/**
 * `FUNCTION DUMP`: every function library serialized (what `FUNCTION RESTORE` takes) — binary, so
 * read it with the `{ [RESP_TYPES.BLOB_STRING]: Buffer }` type mapping to keep its bytes.
 */
export default {
  IS_READ_ONLY: true,
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser) {
    parser.push('FUNCTION', 'DUMP');
  },
  transformReply: undefined as unknown as () => string,
} as const satisfies Command;
