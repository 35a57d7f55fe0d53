import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `PING [message]`: `'PONG'`, or the message. */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  REQUEST_POLICY: 'all_shards',
  RESPONSE_POLICY: 'all_succeeded',
  parseCommand(parser: CommandParser, message?: RedisArgument) {
    parser.push('PING');
    if (message !== undefined) parser.push(message);
  },
  transformReply: undefined as unknown as () => string,
} as const satisfies Command;
