import type { Command, CommandParser } from '@x/modules';
import type { FlushMode } from './helpers/flush-mode';

/** `SCRIPT FLUSH [ASYNC | SYNC]`: empties the script cache; `'OK'`. */
export default {
  NOT_KEYED_COMMAND: true,
  REQUEST_POLICY: 'all_nodes',
  RESPONSE_POLICY: 'all_succeeded',
  parseCommand(parser: CommandParser, mode?: FlushMode) {
    parser.push('SCRIPT', 'FLUSH');
    if (mode !== undefined) parser.push(mode);
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
