import type { Command, CommandParser } from '@x/modules';

/** `BACKUP SEAL`: freezes the running backup so the files `BACKUP LIST` names are complete; `'OK'`. Redis 8+ (server backups); not runnable on the 7.0 servers these tests use. */
export default {
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser) {
    parser.push('BACKUP', 'SEAL');
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
