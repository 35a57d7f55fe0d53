import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `FUNCTION DELETE library`: deletes a function library; `'OK'`. */
export default {
  NOT_KEYED_COMMAND: true,
  REQUEST_POLICY: 'all_shards',
  RESPONSE_POLICY: 'all_succeeded',
  parseCommand(parser: CommandParser, library: RedisArgument) {
    parser.push('FUNCTION', 'DELETE', library);
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
