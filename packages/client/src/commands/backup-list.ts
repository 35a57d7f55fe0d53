import type { Command, CommandParser } from '@x/modules';

/** `BACKUP LIST`: the files of the current backup. Redis 8+ (server backups); not runnable on the 7.0 servers these tests use. */
export default {
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser) {
    parser.push('BACKUP', 'LIST');
  },
  transformReply: undefined as unknown as () => Array<string>,
} as const satisfies Command;
