import type { Command, CommandParser } from '@x/modules';

/** `MEMORY PURGE`: asks the allocator to release dirty pages; `'OK'`. */
export default {
  NOT_KEYED_COMMAND: true,
  REQUEST_POLICY: 'all_shards',
  RESPONSE_POLICY: 'all_succeeded',
  parseCommand(parser: CommandParser) {
    parser.push('MEMORY', 'PURGE');
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
