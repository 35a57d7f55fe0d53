import type { Command, CommandParser } from '@x/modules';

/** `HOTKEYS RESET`: discards the tracked hot keys; `'OK'`. Redis 8+ (hot-key tracking); not runnable on the 7.0 servers these tests use. */
export default {
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser) {
    parser.push('HOTKEYS', 'RESET');
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
