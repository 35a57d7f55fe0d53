import type { Command, CommandParser } from '@x/modules';

/** `FUNCTION KILL`: stops the function running now (one that has not written); `'OK'`, or a `NOTBUSY` error. */
export default {
  NOT_KEYED_COMMAND: true,
  REQUEST_POLICY: 'all_shards',
  RESPONSE_POLICY: 'one_succeeded',
  parseCommand(parser: CommandParser) {
    parser.push('FUNCTION', 'KILL');
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
