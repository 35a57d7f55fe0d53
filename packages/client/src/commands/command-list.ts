import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** Options of `COMMAND LIST`. */
export interface CommandListOptions {
  /** Only the commands of a module, of an ACL category, or whose name matches a glob. */
  FILTERBY?: { type: 'MODULE' | 'ACLCAT' | 'PATTERN'; value: RedisArgument };
}

/** `COMMAND LIST [FILTERBY <MODULE name | ACLCAT category | PATTERN pattern>]`: command names. */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, options?: CommandListOptions) {
    parser.push('COMMAND', 'LIST');
    if (options?.FILTERBY !== undefined) parser.push('FILTERBY', options.FILTERBY.type, options.FILTERBY.value);
  },
  transformReply: undefined as unknown as () => Array<string>,
} as const satisfies Command;
