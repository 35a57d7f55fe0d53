import type { Command, CommandParser, RedisArgument } from '@x/modules';

/**
 * `INFO [section]`: the server's report as text (`# Server\r\nredis_version:…`). RESP3 sends a
 * verbatim string; the decoder delivers its text by default, so both protocols give a string.
 */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  REQUEST_POLICY: 'all_shards',
  RESPONSE_POLICY: 'special',
  parseCommand(parser: CommandParser, section?: RedisArgument) {
    parser.push('INFO');
    if (section !== undefined) parser.push(section);
  },
  transformReply: undefined as unknown as () => string,
} as const satisfies Command;
