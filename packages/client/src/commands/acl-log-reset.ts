import type { Command, CommandParser } from '@x/modules';

/** `ACL LOG RESET`: clears the ACL log; `'OK'`. node-redis's own method for this form of `ACL LOG`. */
export default {
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser) {
    parser.push('ACL', 'LOG', 'RESET');
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
