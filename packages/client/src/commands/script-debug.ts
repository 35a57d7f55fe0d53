import type { Command, CommandParser } from '@x/modules';
import { stringArgument } from './helpers/arguments';

/**
 * `SCRIPT DEBUG YES | SYNC | NO`: the debug mode of the next `EVAL` on this connection; `'OK'`.
 * Read-only as node-redis marks it (it changes no data).
 */
export default {
  IS_READ_ONLY: true,
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser, mode: 'YES' | 'SYNC' | 'NO') {
    parser.push('SCRIPT', 'DEBUG', stringArgument(mode, 'SCRIPT DEBUG mode'));
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
