import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { optionsArgument, stringArgument } from './helpers/arguments';

/** Options of `FUNCTION RESTORE`. */
export interface FunctionRestoreOptions {
  /** What to do with the libraries there: delete them first, add to them (the default), or replace those of the same name. */
  mode?: 'FLUSH' | 'APPEND' | 'REPLACE';
}

/**
 * `FUNCTION RESTORE serialized-value [FLUSH | APPEND | REPLACE]`: loads `FUNCTION DUMP`'s output;
 * `'OK'`. Takes node-redis's `{ mode }` and x's earlier form, the policy alone (`'REPLACE'`).
 */
export default {
  NOT_KEYED_COMMAND: true,
  REQUEST_POLICY: 'all_shards',
  RESPONSE_POLICY: 'all_succeeded',
  parseCommand(parser: CommandParser, dump: RedisArgument, options?: FunctionRestoreOptions | NonNullable<FunctionRestoreOptions['mode']>) {
    parser.push('FUNCTION', 'RESTORE', dump);
    if (typeof options === 'string') {
      parser.push(options);
      return;
    }
    const o = optionsArgument<FunctionRestoreOptions>(options, 'FUNCTION RESTORE options');
    if (o?.mode) parser.push(stringArgument(o.mode, 'FUNCTION RESTORE mode'));
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
