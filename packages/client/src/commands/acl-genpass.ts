import type { Command, CommandParser } from '@x/modules';

/** `ACL GENPASS [bits]`: a random password (256 bits of entropy, as hex, unless `bits` says otherwise). */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, bits?: number) {
    parser.push('ACL', 'GENPASS');
    if (bits !== undefined) parser.push(String(bits));
  },
  transformReply: undefined as unknown as () => string,
} as const satisfies Command;
