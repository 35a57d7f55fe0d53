import type { Command, CommandParser } from '@x/modules';
import type { FlushMode } from './helpers/flush-mode';

/** `FLUSHDB [ASYNC | SYNC]`: deletes every key of the selected database; `'OK'`. */
export default {
  NOT_KEYED_COMMAND: true,
  REQUEST_POLICY: 'all_shards',
  RESPONSE_POLICY: 'all_succeeded',
  parseCommand(parser: CommandParser, mode?: FlushMode) {
    parser.push('FLUSHDB');
    if (mode !== undefined) parser.push(mode);
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
