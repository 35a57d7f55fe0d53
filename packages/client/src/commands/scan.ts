import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { pushScanArguments, type ScanCommonOptions } from './helpers/scan';

/** Options of `SCAN`. */
export interface ScanOptions extends ScanCommonOptions {
  /** Only keys of this type (`string`, `hash`, …). */
  TYPE?: RedisArgument;
}

/** One `SCAN` step: the next cursor (`'0'` when done) and the keys. */
export interface ScanReply {
  cursor: string;
  keys: Array<string>;
}

/** `SCAN cursor [MATCH pattern] [COUNT count] [TYPE type]`. */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  REQUEST_POLICY: 'special',
  parseCommand(parser: CommandParser, cursor: RedisArgument | number, options?: ScanOptions) {
    parser.push('SCAN');
    pushScanArguments(parser, cursor, options);
    if (options?.TYPE !== undefined) parser.push('TYPE', options.TYPE);
  },
  transformReply([cursor, keys]: [string, Array<string>]): ScanReply {
    return { cursor, keys };
  },
} as const satisfies Command;
