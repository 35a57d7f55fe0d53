import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** Options of `FUNCTION LOAD`. */
export interface FunctionLoadOptions {
  /** Replace a library of the same name instead of failing. */
  REPLACE?: boolean;
}

/** `FUNCTION LOAD [REPLACE] code`: loads a function library; its name. */
export default {
  NOT_KEYED_COMMAND: true,
  REQUEST_POLICY: 'all_shards',
  RESPONSE_POLICY: 'all_succeeded',
  parseCommand(parser: CommandParser, code: RedisArgument, options?: FunctionLoadOptions) {
    parser.push('FUNCTION', 'LOAD');
    if (options?.REPLACE) parser.push('REPLACE');
    parser.push(code);
  },
  transformReply: undefined as unknown as () => string,
} as const satisfies Command;
