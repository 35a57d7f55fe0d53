import type { Command, CommandParser } from '@x/modules';

/**
 * `CLIENT CACHING YES | NO`: whether the next command's keys are tracked (tracking in OPTIN/OPTOUT
 * mode); `'OK'`. node-redis's form: a boolean; x's earlier `'YES'`/`'NO'` works too.
 */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, value: boolean | 'YES' | 'NO') {
    parser.push('CLIENT', 'CACHING', typeof value === 'string' ? value : value ? 'YES' : 'NO');
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
