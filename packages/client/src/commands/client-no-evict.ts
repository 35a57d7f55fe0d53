import type { Command, CommandParser } from '@x/modules';

/**
 * `CLIENT NO-EVICT ON | OFF`: whether this connection is exempt from client eviction; `'OK'`.
 * node-redis's form: a boolean; x's earlier `'ON'`/`'OFF'` works too.
 */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, value: boolean | 'ON' | 'OFF') {
    parser.push('CLIENT', 'NO-EVICT', typeof value === 'string' ? value : value ? 'ON' : 'OFF');
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
