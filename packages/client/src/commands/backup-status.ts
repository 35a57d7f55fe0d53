import type { Command, CommandParser } from '@x/modules';

/** The state of a backup. */
export type BackupState = 'idle' | 'pending' | 'snapshotting' | 'incrementing' | 'sealed' | 'failed';

/** What `BACKUP STATUS` says. */
export interface BackupStatusReply {
  state: BackupState;
  error: string;
  start_time: number;
  end_time: number;
}

/**
 * `BACKUP STATUS`: `{ state, error, start_time, end_time }`. RESP2's flat array is read into the
 * object; RESP3 sends a map, which arrives as the type mapping shapes maps. Redis 8+ (server backups); not runnable on the 7.0 servers these tests use.
 */
export default {
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser) {
    parser.push('BACKUP', 'STATUS');
  },
  transformReply: {
    2: (reply: Array<unknown>): BackupStatusReply => ({
      state: reply[1] as BackupState,
      error: reply[3] as string,
      start_time: reply[5] as number,
      end_time: reply[7] as number,
    }),
    3: undefined as unknown as () => BackupStatusReply,
  },
} as const satisfies Command;
