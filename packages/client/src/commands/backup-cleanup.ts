import type { Command, CommandParser } from '@x/modules';

/** `BACKUP CLEANUP`: removes the files of a finished or failed backup; `'OK'`. Redis 8+ (server backups); not runnable on the 7.0 servers these tests use. */
export default {
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser) {
    parser.push('BACKUP', 'CLEANUP');
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
