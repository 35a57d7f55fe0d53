import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { numberArgument, optionsArgument } from './helpers/arguments';

/** Options of `COPY`. */
export interface CopyOptions {
  /** The database to copy into (standalone only: a cluster has one). */
  DB?: number;
  /** Overwrite the destination if it exists. */
  REPLACE?: boolean;
}

/** `COPY source destination [DB db] [REPLACE]`: 1 if copied, 0 if the destination exists. */
export default {
  parseCommand(parser: CommandParser, source: RedisArgument, destination: RedisArgument, options?: CopyOptions) {
    parser.push('COPY');
    parser.pushKeys([source, destination]);
    const o = optionsArgument<CopyOptions>(options, 'COPY options');
    if (o?.DB !== undefined) parser.push('DB', numberArgument(o.DB, 'COPY DB'));
    if (o?.REPLACE) parser.push('REPLACE');
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
