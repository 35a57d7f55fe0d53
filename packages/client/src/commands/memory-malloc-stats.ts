import type { Command, CommandParser } from '@x/modules';

/** `MEMORY MALLOC-STATS`: the memory allocator's own statistics, as text. */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  REQUEST_POLICY: 'all_shards',
  RESPONSE_POLICY: 'special',
  parseCommand(parser: CommandParser) {
    parser.push('MEMORY', 'MALLOC-STATS');
  },
  transformReply: undefined as unknown as () => string,
} as const satisfies Command;
