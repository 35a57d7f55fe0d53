import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `SCRIPT LOAD script`: caches a Lua script; its SHA1. */
export default {
  NOT_KEYED_COMMAND: true,
  REQUEST_POLICY: 'all_nodes',
  RESPONSE_POLICY: 'all_succeeded',
  parseCommand(parser: CommandParser, script: RedisArgument) {
    parser.push('SCRIPT', 'LOAD', script);
  },
  transformReply: undefined as unknown as () => string,
} as const satisfies Command;
