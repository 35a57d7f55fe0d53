import type { Command, CommandParser } from '@x/modules';

/** `HOTKEYS STOP`: stops tracking (the results stay readable with `HOTKEYS GET`); `'OK'`, or null when not tracking. Redis 8+ (hot-key tracking); not runnable on the 7.0 servers these tests use. */
export default {
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser) {
    parser.push('HOTKEYS', 'STOP');
  },
  transformReply: undefined as unknown as () => 'OK' | null,
} as const satisfies Command;
