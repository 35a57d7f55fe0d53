import type { Command, CommandParser } from '@x/modules';

/**
 * `CLIENT NO-TOUCH ON | OFF`: whether this connection's commands leave keys' LRU/LFU untouched;
 * `'OK'`. Redis 7.2+; not runnable on the 7.0 servers these tests use.
 */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, value: boolean | 'ON' | 'OFF') {
    parser.push('CLIENT', 'NO-TOUCH', typeof value === 'string' ? value : value ? 'ON' : 'OFF');
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
