import type { Command, CommandParser } from '@x/modules';
import type { FlushMode } from './helpers/flush-mode';

/** `FUNCTION FLUSH [ASYNC | SYNC]`: deletes every function library; `'OK'`. */
export default {
  NOT_KEYED_COMMAND: true,
  REQUEST_POLICY: 'all_shards',
  RESPONSE_POLICY: 'all_succeeded',
  parseCommand(parser: CommandParser, mode?: FlushMode) {
    parser.push('FUNCTION', 'FLUSH');
    if (mode !== undefined) parser.push(mode);
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
