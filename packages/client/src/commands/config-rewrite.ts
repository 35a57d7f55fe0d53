import type { Command, CommandParser } from '@x/modules';

/** `CONFIG REWRITE`: writes the running configuration back to the server's config file; `'OK'`. */
export default {
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser) {
    parser.push('CONFIG', 'REWRITE');
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
